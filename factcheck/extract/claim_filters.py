"""Units that are no claims whatever their score, and counts with no value that still make one checkable.

Needs: the clause-lexicon marks of a claim's tokens (``clause_lexicon.marks``) and what the claim stage found
in the unit (a figure or date, an event or predicate). Adds ``vague_count``, ``not_a_claim`` and ``silence``, for
``claims``; the word classes are ``count_words``, ``document_labels`` and ``no_comment`` of
``lexicons/<lang>/clauses.json``. ``definite_title`` finds a person the article fixes by a title alone; ``concession_only`` a concessive phrase
alone; ``characterisation`` an evaluation of an event already reported.
"""
from __future__ import annotations

from functools import cache

from ..lexicons import load_json
from ..text.normalize import fold
from .clause_lexicon import has_predicate
from .cue_names import definite
from .tokens import Tok

Marks = list[dict[str, int]]


def vague_count(mk: Marks, a: int, b: int) -> bool:
    """A count with no value ('نزح مئات الآلاف'، 'أصيب العشرات'): with a predicate or an event, a magnitude a
    fact-checker can verify (a verbless headline, 'نزوح آلاف الأسر', is not made a claim by it)."""
    return any("count_words" in m for m in mk[a:b])


def not_a_claim(mk: Marks, a: int, b: int, figured: bool, predicated: bool) -> bool:
    """A verbless label of a document and its issuer ('بيان صادر عن وزارة الداخلية') or a request for comment
    declined or unanswered ('ولم تستجب الوزارة لطلب التعليق'), with no figure or date: the reporting, not a fact."""
    if figured:
        return False
    return not predicated and "document_labels" in mk[a] or any("no_comment" in m for m in mk[a:b])


def silence(toks: list[Tok], mk: Marks, a: int, b: int, language: str) -> bool:
    """A declined or unanswered request for comment with nothing said outside it but who and when ('Representatives
    for the club did not reply to messages on Sunday', «ولم ترد الوزارة على طلب للتعليق يوم الأحد»: a negated verb
    before the phrase is the silence's own): the day of a silence is no fact. A predicate outside the
    phrase ('The bank, which declined to comment, will next meet on October 23') makes the unit a fact of its own."""
    for i in range(a, b):
        n = mk[i].get("no_comment", 0)
        if n:
            before = any(has_predicate(toks, mk, k, k + 1, language) for k in range(a, i) if not _negated_word(mk, k))
            return not (before or has_predicate(toks, mk, i + n, b, language))
    return False


def _negated_word(mk: Marks, k: int) -> bool:
    """A negation or the word right after one: the verb of the silence («ولم ترد الوزارة على طلب للتعليق»)."""
    return "negation" in mk[k] or k > 0 and "negation" in mk[k - 1]


def definite_title(toks: list[Tok], mk: Marks, a: int, b: int) -> bool:
    """A title cue in its definite form (الوزير، الوزيرة، 'the minister'): it names the one person the article is
    about, so an event of that person (استقال الوزير) is checkable though no name is given."""
    return any("cue:person" in mk[i] and (definite(toks[i]) or i and toks[i - 1].norm == "the") for i in range(a, b))


def concession_only(text: str, toks: list[Tok], mk: Marks, a: int, b: int, figured: bool, predicate: bool) -> bool:
    """A verbless phrase opened by a concessive ('Despite rising prices', رغم ارتفاع التضخم) cut off from its clause,
    with no figure or date: it grants a circumstance, it states no fact of its own; a unit going on past a comma
    holds its main clause too."""
    return "concessive" in mk[a] and not figured and not predicate and not any(
        c in text[toks[k - 1].end:toks[k].start] for k in range(a + 1, b) for c in ",،")


def characterisation(toks: list[Tok], mk: Marks, a: int, b: int, language: str) -> bool:
    """A definite event noun or noun of an act (``act_nouns``: decision, result), a copula (``copulas``) and an
    indefinite predicate noun: the unit characterises an event or act already reported ('The strike was a shameful
    betrayal of patients', 'The decision was a betrayal', وكان الإضراب خيانة للمرضى، وكانت الانتخابات مهزلة); the
    caller applies it to units with no figure, date or name."""
    if language == "ar":
        n = mk[a].get("copulas", 0) if a < b else 0
        k = a + n
        return bool(n) and k + 1 < b and definite(toks[k]) and _event_word(mk[k]) and _indefinite_ar(toks[k + 1], mk[k + 1])
    if b - a < 4 or toks[a].norm != "the":
        return False
    for k in (a + 1, a + 2):  # 'The strike', 'The general strike', 'The election result'
        if k + 2 < b and "copulas" in mk[k + 1] and any(_event_word(m) for m in mk[a + 1:k + 1]):
            n = k + 1 + mk[k + 1]["copulas"]
            return n < b and toks[n].norm in _INDEFINITE_ARTICLES
    return False


_INDEFINITE_ARTICLES = frozenset({"a", "an"})


def _event_word(m: dict[str, int]) -> bool:
    """An event trigger or a noun of an act or outcome already reported (``act_nouns``: decision, result, القرار)."""
    return "act_nouns" in m or any(key.startswith(("ev:", "weak:")) for key in m)


def _indefinite_ar(tok: Tok, m: dict[str, int]) -> bool:
    """An Arabic word with no article, clitic preposition, digit or clause mark: an indefinite predicate noun."""
    w = tok.norm
    return "\u0621" <= w[:1] <= "\u064a" and not definite(tok) and not m and not w.startswith(("ب", "ل", "ك"))


_REASON_WINDOW = 200  # characters before a causal clause searched for the anonymity marker it explains
_SENTENCE_END = ".!?؟\n"


@cache
def _reason_lexicon(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """(folded causal connectors: ``reason_leads`` of clauses.json, folded anonymity markers:
    ``anonymity_markers`` of attribution_types.json)."""
    leads = frozenset(fold(w) for w in load_json(language, "clauses").get("reason_leads", ()))
    markers = tuple(fold(w) for w in load_json(language, "attribution_types").get("anonymity_markers", ()))
    return leads, markers


def anonymity_reason(text: str, toks: list[Tok], a: int, b: int, language: str) -> bool:
    """'…, who asked not to be named because he was not authorised to speak publicly': a clause opened by a
    causal connector (``reason_leads``) right after an anonymity marker of its sentence, or itself holding
    one ('because they were not authorised to discuss it'), gives the reason a source is not named. The
    caller keeps any such clause that holds a figure or a date."""
    leads, markers = _reason_lexicon(language)
    if b <= a or toks[a].norm not in leads or not markers:
        return False
    s = toks[a].start
    lo = max(0, s - _REASON_WINDOW)
    cut = max(text.rfind(c, lo, s) for c in _SENTENCE_END)
    before = fold(text[max(lo, cut + 1):s])
    own = fold(text[s:toks[b - 1].end])
    return any(m in before or m in own for m in markers)
