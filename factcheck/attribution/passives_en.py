"""English passive reporting shapes: 'It was announced by the ministry that X' (the agent after 'by' is the
source) and a reduced passive relative inside a source phrase ('A United Nations report published in
March found X', 'A memo seen by Reuters said X'): the participle clause describes the document, so it
belongs to the reporting clause and the source ends before it.

Needs: the sentence tokens and the English lexicon (``passive_auxiliaries``, ``source_participles``,
``witness_participles``, ``participle_links``). Adds ``passive`` (a ``Draft`` or None) and ``reduced_relative`` (where a
source phrase ends). Used by ``frames_en`` and ``reporting_en`` for a subject before its verb; the object of 'according to' loses
only a participle clause dating it (``undated``).
"""
from __future__ import annotations

from ..models import Span
from .cues import Lexicon, Tok
from .draft import COMMAS, Draft, cut_source, next_comma, strip_quotes
from .kinds import span_of
from .time_adjuncts import without_time

SUBJECT_MAX = 12


def reduced_relative(toks: list[Tok], lex: Lexicon) -> int:
    """Length of the source phrase ``toks`` before a participle clause describing it ('A report | published
    in March', 'A memo | seen by Reuters', 'Figures | released on Monday'); ``len(toks)`` when there is none,
    or when a 'by' after the participle names the document's author ('a report published by the WHO')."""
    for k in range(1, len(toks) - 1):
        t = toks[k]
        if t.f not in lex["source_participles"] or not toks[k - 1].word or toks[k + 1].f not in lex["participle_links"]:
            continue  # "A leaked memo": a participle before its noun is a modifier
        if t.f not in lex["witness_participles"] and any(m.f == "by" for m in toks[k + 1:]):
            return len(toks)  # "a report published (in March) by the WHO": the author stays
        return k
    return len(toks)


def undated(text: str, toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """The object of a prepositional frame without the participle clause dating it: 'according to Elections Canada
    results | released early Tuesday', 'court documents | filed on Tuesday'; with an author after 'by' the author
    stays and only a time adjunct closing the phrase goes ('data published by the league | on Friday'). When the
    figures came out is no part of whose they are."""
    k = reduced_relative(toks, lex)
    if k < len(toks):
        return toks[:k]
    return without_time(text, toks, lex, lambda before: any(t.f == "by" for t in before[1:]))


def passive(text: str, toks: list[Tok], i: int, lex: Lexicon, cue: Span) -> Draft | None:
    """'It was announced by the ministry (on Tuesday) that X' / 'Staff were told by managers that X': the
    agent after 'by' is the source of the that-clause, the frame starts at the passive clause; 'X, it was
    announced by the ministry.' reports the clause before the comma."""
    if i + 2 >= len(toks) or toks[i + 1].f != "by":
        return None
    k = next((m for m in range(i + 2, min(len(toks), i + 2 + SUBJECT_MAX)) if toks[m].f == "that"
              or toks[m].f in COMMAS), len(toks))
    source = strip_quotes(cut_source(toks[i + 2:k], lex))
    m = i - 1
    while m > 0 and (toks[m - 1].f in lex["passive_auxiliaries"] or toks[m - 1].f in lex["perfect_auxiliaries"]
                     or toks[m - 1].f in lex["organisation_pronouns"]):
        m -= 1  # "it has been announced by"
    if not source:
        return None
    if k + 1 < len(toks) and toks[k].f == "that":
        return Draft(lead=toks[m].start, cue=cue, source_toks=source, content_start=toks[k + 1].start)
    if k < len(toks) - 1 or m < 2 or toks[m - 1].f not in COMMAS or toks[m].f not in lex["organisation_pronouns"]:
        return None  # "X, it was announced by the ministry.": the clause before the comma is the content
    last = k - 1 if k == len(toks) and not toks[-1].word else k
    return Draft(lead=toks[m - 1].start, cue=cue, source_toks=source, content_start=toks[0].start,
                 content_end=toks[m - 1].start, clause=span_of(text, toks[m:last]))




def by_participle(text: str, toks: list[Tok], i: int, lex: Lexicon, cue: Span) -> Draft | None:
    """'..., higher than the 85 deaths reported by the WHO.': a participle of saying after a figure's noun, its agent
    closing the clause, reports only that noun phrase (from the comma before it), the agent its source; the
    comparison before the noun is no source. A participle with no figure before it ('the plan announced by the
    government') describes its noun and frames nothing."""
    if i < 2 or i + 2 >= len(toks) or toks[i + 1].f != "by" or toks[i - 1].f in COMMAS:
        return None
    c = i - 1
    while c > 0 and toks[c - 1].f not in COMMAS and toks[c - 1].f not in (":", ";"):
        c -= 1
    if c == 0 or not any(t.f[:1].isdigit() for t in toks[c:i]):
        return None  # the subject of the sentence ('The 85 deaths reported by the WHO were ...'), or no figure
    k = next_comma(toks, i + 2)
    agent = cut_source(toks[i + 2:k], lex)
    while len(agent) < k - i - 2 and text[toks[i + 2 + len(agent)].start:toks[i + 2 + len(agent)].end].isupper():
        agent = toks[i + 2:i + 3 + len(agent)]  # 'by the WHO': an acronym, not the relative pronoun 'who'
    while agent and not agent[-1].word:
        agent = agent[:-1]
    if not agent or len(agent) > SUBJECT_MAX or any(t.word for t in toks[i + 2 + len(agent):k]):
        return None  # 'reported by the WHO in its weekly bulletin': not the agent alone, no frame
    return Draft(lead=toks[c].start, cue=cue, source_toks=agent, content_start=toks[c].start,
                 content_end=toks[i - 1].end, clause=span_of(text, toks[i:i + 2 + len(agent)]))
