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
    comma or the sentence end; None when the sentence has none."""
    leads, words = lex["expectation_leads"], lex["expectation_words"]
    for k in range(_CLAUSE_MIN, len(toks) - 1):
        if toks[k].f not in COMMAS or toks[k + 1].f not in leads.firsts:
            continue
        n = leads.match(toks, k + 1)
        if not n or not _expects(toks, k + 1 + n, words) or sum(t.word for t in toks[:k]) < _CLAUSE_MIN:
            continue
        end = next((m for m in range(k + 1, len(toks)) if toks[m].f in COMMAS), len(toks))
        s, e = trim(text, toks[k + 1].start, toks[end - 1].end)
        return toks[k].start, Span.of(text, s, e)
    return None


def own_drafts(toks: list[Tok], adjunct: tuple[int, Span]) -> list[Draft]:
    """The writer's own clause before the adjunct, with the adjunct as its (non-claim) clause, and the
    clause after it when a comma closes it ('Exports rose 4%, as expected, and imports fell 2%')."""
    out = [Draft(lead=toks[0].start, cue=None, content_start=toks[0].start, content_end=adjunct[0],
                 clause=adjunct[1], own=True)]
    rest = next((t for t in toks if t.start >= adjunct[1].end and t.word), None)
    if rest is not None:
        out.append(Draft(lead=rest.start, cue=None, content_start=rest.start, own=True))
    return out


def detach(text: str, drafts: list[Draft], adjunct: tuple[int, Span]) -> None:
    """End the content of the frame reporting the clause before the adjunct at its comma ('Turnout reached
    64%, as the commission had forecast, officials said'); the adjunct joins the frame's trailing clause."""
    comma, span = adjunct
    for d in drafts:
        if d.own or d.content_start > comma or d.content_end and d.content_end < span.end:
            continue
        if d.clause is not None and d.clause.start < span.start:
            continue  # a lead-in clause before the content ('In a statement, X said'): left alone
        d.clause = span if d.clause is None else Span.of(text, span.start, d.clause.end)
        d.content_end = comma
        return


def _expects(toks: list[Tok], j: int, words) -> bool:
    """An expectation word within ``_REACH`` words from ``j``, with no comma before it."""
    for t in toks[j:j + _REACH]:
        if t.f in COMMAS:
            return False
        if t.f in words:
            return True
    return False
