"""Appositives: a phrase set off by commas after an English name, which describes it ('Klarna, the Swedish
payments company, cut 700 jobs').

Needs: a stretch's tokens (``tokens.Tok``). Adds: the spans of each name and of its appositives (``appositives``), so
that ``clauses.cut`` keeps the name, the appositive and the predicate after it in one clause and
``events.detect_event`` takes the name, not a name inside the description, for the subject; and the span of a
participle phrase set off after a clause's opening noun phrase (``subject_participle``: 'More than 420
firefighters, backed by 11 planes, were battling the blaze'), which ``clauses.cut`` keeps inside the clause too.
"""
from __future__ import annotations

from .clause_lexicon import has_predicate
from .cue_names import subject_lex
from .tokens import Tok

_DETERMINERS = frozenset({"the", "a", "an"})


def appositives(text: str, toks: list[Tok]) -> list[tuple[int, int, int]]:
    """(start of the name, start and end of an appositive) for each appositive set off by commas after an English
    capitalised name, or after another appositive of it ('Smith, 45, a former soldier, was jailed'): a noun phrase
    opened by an article ('Klarna, the Swedish payments company, cut') or a possessive name ('Ecopetrol, Colombia's
    state oil company, cut'), a participle phrase ('Meta, advised by Goldman Sachs, bought') or an age ('Bolsonaro,
    70, has denied'); the name is who the clause is about, the names inside
    the appositive only describe it. The name is no stop word (a weekday, a month or a preposition: 'On Monday, the
    ministry said', 'In Kenya, the government cut') and the appositive holds no auxiliary or reporting verb of
    ``verbs_after_name`` and ends at a comma within ``APPOSITIVE_WORDS`` words."""
    sub = subject_lex("en")
    out: list[tuple[int, int, int]] = []
    k = 1
    while k < len(toks) - 1:
        name = _name_before(text, toks, k, out, sub)
        if name is None or not _opens(text, toks, k):
            k += 1
            continue
        j = _closing_comma(text, toks, k, sub)
        if j is None:
            k += 1
            continue
        out.append((name, toks[k].start, toks[j - 1].end))
        k = j
    return out


def _name_before(text: str, toks: list[Tok], k: int, found: list[tuple[int, int, int]], sub) -> int | None:
    """Start of the name an appositive opening at ``toks[k]`` after a comma describes: the capitalised run right before
    the comma, or the name of the appositive that ends there."""
    if "," not in text[toks[k - 1].end:toks[k].start]:
        return None
    if found and found[-1][2] == toks[k - 1].end:
        return found[-1][0]
    if not text[toks[k - 1].start].isupper() or toks[k - 1].norm in sub.stop:
        return None
    m = k - 1
    while m > 0 and text[toks[m - 1].start].isupper() and text[toks[m - 1].end:toks[m].start] == " ":
        m -= 1
    return None if toks[m].norm in sub.stop else toks[m].start


def _closing_comma(text: str, toks: list[Tok], k: int, sub) -> int | None:
    """Index of the token after the comma closing the appositive opened at ``toks[k]``, or None."""
    for j in range(k + 1, min(len(toks), k + 1 + APPOSITIVE_WORDS)):
        if "," in text[toks[j - 1].end:toks[j].start]:
            return j
        if toks[j].norm in sub.verbs_after:
            return None
    return None


def _opens(text: str, toks: list[Tok], k: int) -> bool:
    """``toks[k]`` may open an appositive: an article, a lowercase participle (-ed), a number (an age) or a possessive
    name of up to ``_OWNER_WORDS`` words before a lowercase noun ('Colombia's state oil company')."""
    tok = toks[k]
    w = tok.norm
    if w in _DETERMINERS or w.isdigit() or w.endswith("ed") and text[tok.start].islower():
        return True
    for j in range(k, min(len(toks) - 1, k + _OWNER_WORDS)):
        if not text[toks[j].start].isupper():
            return False
        if text.endswith(("'s", "’s"), toks[j].start, toks[j].end):
            return text[toks[j + 1].start].islower()
    return False


_OWNER_WORDS = 3  # words of a possessive name opening an appositive ('Saudi Arabia's national oil company')


APPOSITIVE_WORDS = 12  # words of an appositive between its commas


SUBJECT_WORDS = 6  # words of an opening noun phrase before a participle insertion


def subject_participle(text: str, toks: list[Tok], mk: list[dict[str, int]], lo: int, hi: int) -> tuple[int, int] | None:
    """(start, end) of a participle phrase set off by commas after the verbless noun phrase opening ``toks[lo:hi]``
    ('More than 420 firefighters, backed by 11 planes, were battling', 'Two people, trapped in a building, were
    rescued'), when the words after its closing comma open with a predicate: the phrase describes the subject.
    The participle is a lower-case -ed word or any word before 'by' ('led by', 'driven by')."""
    k = next((k for k in range(lo + 1, min(hi, lo + SUBJECT_WORDS + 1)) if "," in text[toks[k - 1].end:toks[k].start]),
             None)
    if k is None or k + 1 >= hi or not text[toks[k].start].islower() or has_predicate(toks, mk, lo, k, "en"):
        return None
    w = toks[k].norm
    if not (w.endswith("ed") or toks[k + 1].norm == "by"):
        return None
    for j in range(k + 2, min(hi, k + 1 + APPOSITIVE_WORDS)):
        if "," in text[toks[j - 1].end:toks[j].start]:
            return (toks[k].start, toks[j - 1].end) if has_predicate(toks, mk, j, j + 1, "en") else None
    return None
