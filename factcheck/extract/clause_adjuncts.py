"""Clause adjuncts: pieces set off by commas that belong to the clause around them, not claims of their own.

Needs: the clause tokens of a stretch, their clause marks (``clause_lexicon.marks``) and the language. Adds the tests
``clauses.cut`` asks before opening a piece at a comma: a noun list's last items ("by war, violence and persecution"),
a date or day set off by commas (، الأحد،), a temporal relative on a year ('since 2019, when 22 people died') and a time
clause with no figure of its own ('…, when it overturned in rough seas'، '…، حين سقطت في واد'), which dates the clause
before it; and ``figured``: a stretch holds a figure.
"""
from __future__ import annotations

from datetime import date

from .clause_lexicon import has_predicate
from .tokens import Tok


def figured(toks: list[Tok], mk: list[dict[str, int]], a: int, b: int) -> bool:
    """True when ``toks[a:b]`` holds a figure: digits or a vague count word (عشرات، مئات الآلاف), which
    is a count of its own though it has no value ('قتل عشرات الآلاف ونزح مئات الآلاف')."""
    return any(t.norm[:1].isdigit() or "count_words" in m for t, m in zip(toks[a:b], mk[a:b], strict=True))


def list_item(text: str, toks: list[Tok], mk: list[dict[str, int]], j: int, hi: int, language: str) -> bool:
    """True when the comma before ``toks[j]`` separates items of a noun list ("by war, violence and
    persecution"): one or two predicate-free words, then "and"/"or", like the item before the comma,
    which follows a preposition; both items are written alike (lower case or capitalised)."""
    k = j
    while k < hi and k - j < 2 and "list_coordinators" not in mk[k]:
        k += 1
    if k == j or k + 1 >= hi or "list_coordinators" not in mk[k] or has_predicate(toks, mk, j, k, language):
        return False
    p = j - 1
    while p > 0 and j - p <= 2 and "openers" not in mk[p - 1]:
        p -= 1
    if p < 1 or "openers" not in mk[p - 1] or has_predicate(toks, mk, p, j, language):
        return False
    return text[toks[p].start].isupper() == text[toks[j].start].isupper() and not toks[j - 1].norm[:1].isdigit()


_TIME_LEADS = frozenset({"يوم", "on", "في", "last", "this"})
_ANY_DAY = date(2000, 1, 1)  # a reference day only to recognise relative dates; values are not used


def time_insertion(text: str, toks: list[Tok], i: int, j: int, language: str) -> bool:
    """True when ``toks[i:j]``, set off by commas, is only a date or day ("، الأحد،", ", on Monday,")."""
    if not 0 < j - i <= 3:
        return False
    from .dates import find_dates  # dates needs no clauses; imported here to keep the module graph flat
    spans = [(d.start, d.end) for d in find_dates(text, toks[i].start, toks[j - 1].end, language, _ANY_DAY)]
    return bool(spans) and all(t.norm in _TIME_LEADS or any(s <= t.start and t.end <= e for s, e in spans)
                               for t in toks[i:j])


def reported(toks: list[Tok], a: int, b: int, language: str) -> bool:
    """True when ``toks[a:b]`` holds a reporting verb: after «أعلنت الوزارة، الثلاثاء،» the
    attribution stage takes what follows as the announcement's content, so the cut stays."""
    from ..attribution.cues import lexicon as cue_lexicon  # needs no extract module
    verb = cue_lexicon(language).verb
    return any(verb(t.norm) for t in toks[a:b])


_WHEN = frozenset({"when", "عندما", "حين", "حينما", "يوم"})


def when_of_year(toks: list[Tok], j: int) -> bool:
    """A comma piece opened by a temporal relative ("when", عندما، حين) right after a year: it says what
    happened in that year, and cut off it would lose its date."""
    if toks[j].norm not in _WHEN:
        return False
    k = j - 1
    while k >= 0 and not toks[k].norm[:1].isalnum():
        k -= 1
    return k >= 0 and len(toks[k].norm) == 4 and toks[k].norm.isdigit()


def time_clause(toks: list[Tok], mk: list[dict[str, int]], j: int, nxt: int, language: str) -> bool:
    """A comma piece ``toks[j:nxt]`` opened by a time conjunction (``time_subordinators``: when, as, once; عندما، حين)
    with no figure and no subject of its own: a subject pronoun (``subject_pronouns``: '…, when it overturned in rough
    seas') or, in Arabic, its verb right after the conjunction (…، حين سقطت في واد). It only dates the clause before
    it, which it belongs to; one with its own subject or figure states a fact of its own ('Sales rose 5%, when the
    company cut prices')."""
    if "time_subordinators" not in mk[j] or figured(toks, mk, j, nxt):
        return False
    k = j + mk[j]["time_subordinators"]
    return k < nxt and ("subject_pronouns" in mk[k] or language == "ar" and (
        has_predicate(toks, mk, k, k + 1, language) or any(key.startswith(("ev:", "weak:")) for key in mk[k])))


def phrase_verb(toks: list[Tok], mk: list[dict[str, int]], a: int, b: int, language: str, text: str = "") -> bool:
    """``has_predicate`` of ``toks[a:b]``, where an English -ed form between a figure, a determiner, a possessive or a
    degree adverb (``prenominal_leads``) and the noun it describes is an adjective ('3,000 suspected cholera cases',
    'About 200 injured people', "the world's most visited museum"), not a verb ('12 killed in', '5 increased'); and,
    given the ``text``, a verb cue written with a capital after the phrase's first word is a name ('In early May',
    'By the end of May'), not the modal it spells."""
    return any(not (language == "en" and (_prenominal(toks, mk, k, a, b) or text and k > a and text[
        toks[k].start].isupper())) and has_predicate(toks, mk, k, k + 1, language) for k in range(a, b))


def _prenominal(toks: list[Tok], mk: list[dict[str, int]], k: int, a: int, b: int) -> bool:
    """The English -ed form at ``toks[k]`` (inside ``[a, b)``) stands before the word it modifies: after a figure, a
    ``prenominal_leads`` word or a possessive 's, and before a word that is no preposition."""
    if not (a < k < b - 1 and toks[k].norm.endswith("ed") and toks[k + 1].norm[:1].isalpha()) or "openers" in mk[k + 1]:
        return False
    before = toks[k - 1].norm
    return before[:1].isdigit() or "prenominal_leads" in mk[k - 1] or before.endswith(("'s", "’s"))
