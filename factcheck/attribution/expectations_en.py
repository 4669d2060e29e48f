"""English expectation adjuncts: '..., as expected by 24 economists polled by Reuters', '..., as economists
had predicted', '..., in line with expectations', '..., beating analysts' forecasts of $1.9 billion'.

Needs: the sentence tokens and the English lexicon (``expectation_leads``, ``expectation_words`` in
attribution_frames.json). Adds: the adjunct's span, an own-voice ``Draft`` whose content is the clause before the
adjunct and whose reporting clause is the adjunct, and ``detach``, which ends a frame's content before it: the
comparison with expectations is neither a claim of its own nor part of the clause it follows (its numbers
count the pollsters or give the forecast, not the fact).
"""
from __future__ import annotations

from ..models import Span
from .cues import Lexicon, Tok
from .draft import COMMAS, Draft, trim

_REACH = 8  # tokens between the lead and the expectation word ('as most economists polled had predicted')
_CLAUSE_MIN = 3  # words of the clause the adjunct follows


def expectation_adjunct(text: str, toks: list[Tok], lex: Lexicon) -> tuple[int, Span] | None:
    """(offset of the comma before it, span) of an expectation adjunct after a comma, closed by the next
    comma, a coordinated clause after the expectation word or the sentence end; None when the sentence has none."""
    leads, words = lex["expectation_leads"], lex["expectation_words"]
    for k in range(_CLAUSE_MIN, len(toks) - 1):
        if toks[k].f not in COMMAS or toks[k + 1].f not in leads.firsts:
            continue
        n = leads.match(toks, k + 1)
        w = _expects(toks, k + 1 + n, words) if n else None
        if w is None or sum(t.word for t in toks[:k]) < _CLAUSE_MIN:
            continue
        end = next((m for m in range(w + 1, len(toks)) if toks[m].f in COMMAS or _clause_opens(toks, m)), len(toks))
        s, e = trim(text, toks[k + 1].start, toks[end - 1].end)
        return toks[k].start, Span.of(text, s, e)
    return None


def _clause_opens(toks: list[Tok], m: int) -> bool:
    """A coordinated clause starts at ``toks[m]`` ('..., beating forecasts while sales fell 2%' / '... and the
    company raised its dividend'): a contrastive conjunction, or 'and' before a determiner or pronoun."""
    f = toks[m].f
    if f in _CONTRASTS:
        return True
    return f == "and" and m + 1 < len(toks) and toks[m + 1].f in _SUBJECT_OPENERS


_CONTRASTS = frozenset({"while", "whereas", "but", "though", "although"})
_SUBJECT_OPENERS = frozenset({"the", "its", "their", "his", "her", "it", "they", "he", "she", "we", "this", "these"})


def own_drafts(toks: list[Tok], adjunct: tuple[int, Span]) -> list[Draft]:
    """The writer's own clause before the adjunct, with the adjunct as its (non-claim) clause, and the
    clause after it when a comma closes it ('Exports rose 4%, as expected, and imports fell 2%')."""
    out = [Draft(lead=toks[0].start, cue=None, content_start=toks[0].start, content_end=adjunct[0],
                 clause=adjunct[1], own=True)]
    rest = next((t for t in toks if t.start >= adjunct[1].end and t.word), None)
    if rest is not None:
        out.append(Draft(lead=rest.start, cue=None, content_start=rest.start, own=True))
    return out


def detach(text: str, toks: list[Tok], drafts: list[Draft], adjunct: tuple[int, Span]) -> None:
    """End the content of the frame reporting the clause before the adjunct at its comma ('Turnout reached
    64%, as the commission had forecast, officials said'); the adjunct joins the frame's trailing clause, or
    replaces a lead-in one ('In a statement, X said Y, in line with expectations'), and a clause after it goes
    on with the same frame ('X said Y, beating forecasts, while Z')."""
    comma, span = adjunct
    for d in drafts:
        if d.own or d.content_start > comma or d.content_end and d.content_end < span.end:
            continue
        trailing = d.clause is not None and d.clause.start > span.start
        clause = Span.of(text, span.start, d.clause.end) if trailing and d.clause is not None else span
        d.clause = clause  # a lead-in clause before the content ('In a statement, X said') gives way to it
        d.content_end = comma
        rest = next((t for t in toks if t.start >= span.end and t.word), None)
        if rest is not None and not d.tail and clause.end == span.end:
            d.tail, d.tail_start = span.end, rest.start  # '..., beating forecasts, while imports fell 2%'
        return


def _expects(toks: list[Tok], j: int, words) -> int | None:
    """Index of an expectation word within ``_REACH`` words from ``j``, with no comma before it, or None."""
    for m in range(j, min(j + _REACH, len(toks))):
        if toks[m].f in COMMAS:
            return None
        if toks[m].f in words:
            return m
    return None
