"""Claims: one atomic, checkable proposition per unit, with its span and extracted values.

Needs: the article text, its sentences (furniture already flagged), the attribution frames per
sentence, the language and the publication date. Adds: ``Claim`` objects in text order. A sentence
is divided into regions (each frame's reported content; the rest is the article's own voice), each
region into clauses (``clauses.py``); reporting clauses (a frame's source and cue) and clauses with
nothing a fact-checker could verify (``checkworthiness`` below ``MIN_CHECKWORTHINESS``) are dropped.
"""
from __future__ import annotations

import heapq
import re
from bisect import bisect_left
from collections.abc import Sequence
from datetime import date

from ..attribution.classify import Frame
from ..models import UNATTRIBUTED, Attribution, Claim, DateRef, Quantity, Segment
from . import claim_edges as edges
from .claim_edges import speaker_background, strip_complementizer
from .claim_filters import (
    anonymity_reason,
    characterisation,
    concession_only,
    definite_title,
    not_a_claim,
    silence,
    vague_count,
)
from .claim_insertions import rejoin_insertions
from .claim_negation import negated as _negated
from .clauses import cut, has_predicate, lexicon, marks, piece_span, strip_leadin
from .dates import find_dates
from .events import detect_event, name_runs
from .quantities import find_quantities
from .tokens import Tok, Tokens, tokens_and_starts
from .verb_shape import future_like

MIN_CHECKWORTHINESS = 0.3
EVALUATIVE_MAX_WORDS = 12
_QUOTED = re.compile('[«“"]')


def _regions(seg: Segment, frames: Sequence[Frame]) -> list[tuple[int, int, Frame | None]]:
    """Maximal stretches of ``seg`` with the same innermost frame (None: the article's own voice).

    A sweep over the frames' boundaries with a heap of the open frames keyed by length, so a
    sentence carrying thousands of frames costs O(F log F), not O(F²)."""
    fs = [f for f in frames if f.content_end > seg.start and f.content_start < seg.end]
    if not fs:
        return [(seg.start, seg.end, None)]
    cuts = sorted({seg.start, seg.end} | {max(seg.start, min(seg.end, x))
                                          for f in fs for x in (f.content_start, f.content_end)})
    order = sorted(range(len(fs)), key=lambda i: fs[i].content_start)
    open_: list[tuple[int, int]] = []  # (length, index in fs): the first listed wins a tie
    nxt = 0
    out: list[tuple[int, int, Frame | None]] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        while nxt < len(order) and fs[order[nxt]].content_start <= a:
            f = fs[order[nxt]]
            heapq.heappush(open_, (f.content_end - f.content_start, order[nxt]))
            nxt += 1
        while open_ and fs[open_[0][1]].content_end < b:
            heapq.heappop(open_)
        owner = fs[open_[0][1]] if open_ else None
        if out and out[-1][2] is owner:
            out[-1] = (out[-1][0], b, owner)
        else:
            out.append((a, b, owner))
    return out


def _near(sorted_xs: list[int], lo: int, hi: int) -> bool:
    """Whether any of ``sorted_xs`` lies in [lo, hi]."""
    i = bisect_left(sorted_xs, lo)
    return i < len(sorted_xs) and sorted_xs[i] <= hi


def _reporting(frames: Sequence[Frame]) -> list[tuple[int, int]]:
    """Spans of the frames' sources, cues and trailing reporting clauses: not the claim. A frame whose
    source is the main clause's subject ("X resigned on Friday, saying that Y") leaves that subject to
    the main clause, which is the outlet's own claim: only its cue reports."""
    spans = []
    for f in frames:
        if f.subject_only:
            if f.attribution.cue is not None:
                spans.append((f.attribution.cue.start, f.attribution.cue.end))
            continue
        for sp in (f.attribution.source, f.attribution.cue, f.attribution.cited, f.apposition, f.clause):
            if sp is not None:
                spans.append((sp.start, sp.end))
    return spans


def _covered(toks: list[Tok], starts: list[int], spans: list[tuple[int, int]]) -> set[int]:
    """Indices of the tokens lying inside any of ``spans``."""
    out: set[int] = set()
    merged: list[list[int]] = []
    for s, e in sorted(spans):  # 'وفقاً لمصادر': a cue ending inside the token its source starts in
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    for s, e in merged:
        i = bisect_left(starts, s)
        while i < len(toks) and toks[i].end <= e:
            out.add(i)
            i += 1
    return out


def _within(indexed: tuple[list, list[int]], s: int, e: int) -> list:
    """Items (sorted by start, with their starts) starting inside [s, e)."""
    items, starts = indexed
    return items[bisect_left(starts, s):bisect_left(starts, e)]


def _indexed(items) -> tuple[list, list[int]]:
    items = sorted(items, key=lambda x: x.start)
    return items, [x.start for x in items]


def _is_reporting_clause(toks: list[Tok], mk, a: int, b: int, reporting: set[int], adjacent: bool,
                         dates: Sequence[DateRef] = (), language: str = "en") -> bool:
    """True when the own-voice piece is the reporting clause (source and cue) of a frame; the
    digits of a date ("said on July 9 that") do not make it content. An Arabic verb-first reporting
    clause keeps its adjuncts of any length between the source and the content ('قال X أمام لجنة Y
    بمجلس Z يوم الخميس إن')."""
    inside = sum(i in reporting for i in range(a, b)) if reporting else 0
    if inside == 0 and not (adjacent and "attribution_leads" in mk[a]):
        return False
    rest = (b - a) - inside
    if rest < 3:
        return True
    numbers = any(t.norm[:1].isdigit() and not any(d.start <= t.start and t.end <= d.end for d in dates)
                  for t in toks[a:b])
    return adjacent and not numbers and (rest < 8 or "attribution_leads" in mk[a]
                                         or language == "ar" and _leads_with_frame(a, b, reporting))


def _leads_with_frame(a: int, b: int, reporting: set[int]) -> bool:
    """The piece opens with the frame's cue and source and holds no reporting token after them."""
    k = a
    while k < b and k in reporting:
        k += 1
    return k > a + 1 and not any(i in reporting for i in range(k, b))


def _announcer_only(toks: list[Tok], a: int, b: int, reporting: set[int], dates: list[DateRef]) -> bool:
    """'أعلنت الوزارة، الثلاثاء،' cut off from its announced object: the cue, source and a date only."""
    if not any(i in reporting for i in range(a, b)):
        return False
    return all(i in reporting or not toks[i].norm[:1].isalnum()
               or any(d.start <= toks[i].start and toks[i].end <= d.end for d in dates) for i in range(a, b))


def _past_reporting(toks: list[Tok], a: int, b: int, reporting: set[int]) -> int:
    """Start of an own-voice piece past the cue and source of an inserted frame it opens with ('according to
    Y, down from 44%': the comparison is the outlet's, the frame is not part of it) and the punctuation after."""
    i = a
    while i < b and (i in reporting or not toks[i].norm[:1].isalnum()):
        i += 1
    return i if i < b else a


def _count_in(sorted_xs: list[int], lo: int, hi: int) -> int:
    """How many of ``sorted_xs`` lie in [lo, hi)."""
    return bisect_left(sorted_xs, hi) - bisect_left(sorted_xs, lo)


def _mostly_evaluative(mk, a: int, b: int, evaluative: list[int] | None = None) -> bool:
    """Evaluative words carry a short clause (or one in six words): it describes, it does not state;
    ``evaluative`` lists the sentence's tokens marked evaluative, when the caller has it."""
    if evaluative is None:
        n = sum("evaluative" in mk[i] for i in range(a, b))
    else:
        n = _count_in(evaluative, a, b)
    return n > 0 and (b - a <= EVALUATIVE_MAX_WORDS or n * 6 >= b - a)


def _lone_relative(toks: list[Tok], mk, a: int, b: int, quantities, dates) -> bool:
    """A relative clause cut off alone ("who asked not to be named") with no amount or date."""
    return "relatives" in mk[a] and not quantities and not dates


def checkworthiness(has_quantity: bool, has_date: bool, has_event: bool, n_words: int, *,
                    entity: bool = False, quote: bool = False, attributed: bool = False,
                    predicate: bool = False, evaluative: bool = False, question: bool = False) -> float:
    """0..1: how much a fact-checker could verify in the unit."""
    if question:
        return 0.0
    score = 0.15 + 0.3 * has_quantity + 0.2 * has_date + 0.25 * has_event
    score += 0.15 * entity + 0.1 * quote + 0.2 * attributed + 0.15 * (predicate and n_words >= 6)
    if evaluative and not (has_quantity or has_date or has_event):
        score -= 0.3
    if n_words < 3 and not (attributed and predicate and n_words == 2):
        score -= 0.2  # a two-word statement with its verb (العجز سينخفض) is whole when someone is quoted saying it
    return round(max(0.0, min(1.0, score)), 3)


def _clean_quantities(quantities: list[Quantity], dates: list[DateRef]) -> tuple[Quantity, ...]:
    """Quantities that do not overlap a date (a year or a day number is not an amount)."""
    return tuple(q for q in quantities if not any(q.start < d.end and d.start < q.end for d in dates))


def _sentence_indices(toks: list[Tok], mk, language: str) -> dict[str, list[int]]:
    """Token indices of the sentence's event triggers, title cues, Arabic given names, evaluative
    words, insertion leads (which, according to) and negation candidates (negations, their
    exceptions, "n't"), found in one pass."""
    trig = lexicon(language).triggers
    triggers, cues, evaluative, negations, leads, given = [], [], [], [], [], []
    for i, m in enumerate(mk):
        if m:
            if not trig.isdisjoint(m):
                triggers.append(i)
            if "cue:person" in m or "cue:org" in m:
                cues.append(i)
            if "given_name" in m:
                given.append(i)
            if "evaluative" in m:
                evaluative.append(i)
            if "insertion_leads" in m or "attribution_leads" in m:
                leads.append(i)
            if "negation" in m or "negation_exceptions" in m:
                negations.append(i)
                continue
        if toks[i].norm.endswith("n't"):
            negations.append(i)
    return {"triggers": triggers, "cues": cues, "evaluative": evaluative, "negations": negations, "leads": leads,
            "given": given}


def _make_claim(text: str, s: int, e: int, toks: list[Tok], mk, a: int, b: int, ctx: dict,
                attribution: Attribution) -> Claim | None:
    language = ctx["language"]
    dates = _within(ctx["dates"], s, e)
    quantities = _clean_quantities(_within(ctx["quantities"], s, e), dates)
    if _lone_relative(toks, mk, a, b, quantities, dates):
        return None
    idx = ctx["indices"]
    triggers, cues, given = idx["triggers"], idx["cues"], idx["given"]
    named = cues[bisect_left(cues, a):bisect_left(cues, b)]  # title cues and (Arabic) given names
    if given:
        named = sorted(named + given[bisect_left(given, a):bisect_left(given, b)])
    event, subject, subject_key = detect_event(
        text, s, e, language, toks=toks[a:b], quantities=quantities, mk=mk[a:b],
        triggers=[i - a for i in triggers[bisect_left(triggers, a):bisect_left(triggers, b)]],
        runs=[(max(i, a) - a, min(j, b) - a) for i, j in ctx["runs"] if i < b and j > a],
        cues=[i - a for i in named])
    predicate = has_predicate(toks, mk, a, b, language)
    counted = bool(quantities) or (predicate or bool(event)) and vague_count(mk, a, b)
    if not_a_claim(mk, a, b, counted or bool(dates), bool(event) or edges.label_predicate(toks, mk, a, b, language, predicate)
                   ) or dates and not counted and silence(toks, mk, a, b, language) or concession_only(
                text, toks, mk, a, b, counted or bool(dates), predicate):
        return None
    if not (counted or dates or subject) and characterisation(toks, mk, a, b, language):
        return None  # 'The strike was a shameful betrayal of patients': an evaluation, not a fact
    if not (quantities or dates) and anonymity_reason(text, toks, a, b, language):
        return None  # '… who asked not to be named because he was not authorised to speak'
    score = checkworthiness(
        counted, bool(dates), bool(event), b - a,
        entity=bool(subject) or bool(event) and definite_title(toks, mk, a, b),
        quote=b - a >= 3 and _QUOTED.search(text, s, e) is not None,
        attributed=attribution.type != "unattributed",
        predicate=predicate or b - a == 2 and future_like(toks, b - 1, lexicon(language).non_verbs),
        evaluative=_mostly_evaluative(mk, a, b, idx["evaluative"]),
        question=ctx["question"],
    )
    if score < MIN_CHECKWORTHINESS:
        return None
    negated = _negated(toks, mk, a, b, language, idx["negations"])
    return Claim(start=s, end=e, text=text[s:e], language=language, event=event, subject=subject,
                 subject_key=subject_key, quantities=quantities, dates=tuple(dates),
                 attribution=attribution, checkworthiness=score, negated=negated,
                 sentence=ctx["sentence"])


def _speaker_fact(text: str, toks: list[Tok], mk, a: int, b: int, reporting: set[int], frames: Sequence[Frame],
                  starts: list[int], ctx: dict) -> tuple[int, int] | None:
    """Bounds of a relative clause on a frame's source, with the source, when it holds a date or an amount
    (the source, cue and apposition bound it; a trailing reporting clause may span it: 'X, which ..., said in')."""
    if not any("insertion_leads" in mk[k] or "relatives" in mk[k] for k in range(a + 1, b)):
        return None
    spoken = _covered(toks, starts, [(sp.start, sp.end) for f in frames for sp in (
        f.attribution.source, f.attribution.cue, f.attribution.cited, f.apposition) if sp is not None])
    rel = edges.speaker_relative(text, toks, mk, a, b, spoken, set())
    if rel is None:
        return None
    s, e = toks[rel[0]].start, toks[rel[1] - 1].end
    if not (_within(ctx["dates"], s, e) or _within(ctx["quantities"], s, e)):
        return None
    return edges.speaker_relative(text, toks, mk, a, b, spoken, edges.cue_tokens(toks, starts, frames))


def _announcement(frame: Frame | None) -> bool:
    """A performative frame: its content opens at (or before) its cue ('أعلنت الوزارة حظر X')."""
    if frame is None:
        return False
    cue = frame.attribution.cue
    return cue is not None and frame.content_start <= cue.start


def _sentence_claims(text: str, seg: Segment, frames: Sequence[Frame], ctx: dict) -> list[Claim]:
    toks, starts = tokens_and_starts(text, ctx["tokens"], seg.start, seg.end)
    mk = marks(toks, ctx["language"])
    ctx["indices"] = _sentence_indices(toks, mk, ctx["language"])
    ctx["runs"] = name_runs(text, toks, ctx["language"])
    reporting = _covered(toks, starts, _reporting(frames))
    content_starts = sorted(f.content_start for f in frames)
    content_ends = sorted(f.content_end for f in frames)
    subject_cues = sorted(f.attribution.cue.start for f in frames if f.subject_only and f.attribution.cue is not None)
    ctx["question"] = seg.text.rstrip(" \"'”»)").endswith(("?", "؟"))
    ctx["dates"] = _indexed(find_dates(text, seg.start, seg.end, ctx["language"], ctx["published"]))
    ctx["quantities"] = _indexed(find_quantities(text, seg.start, seg.end, ctx["language"]))
    out = []
    leads = ctx["indices"]["leads"]
    for rs, re_, frame in _regions(seg, frames):
        lo = bisect_left(starts, rs)
        hi = bisect_left(starts, re_)
        while hi > lo and toks[hi - 1].end > re_:
            hi -= 1
        before = frame is None and _near(content_starts, re_, re_ + 12)
        after = frame is None and _near(content_ends, rs - 12, rs)
        if frame is None and subject_cues:
            hi = edges.before_subject_cue(starts, subject_cues, lo, hi)
        if before:
            hi = edges.own_voice_end(mk, lo, hi, reporting)
        pieces = cut(text, toks, mk, lo, hi, ctx["language"])
        if ctx["language"] == "ar" and _announcement(frame):
            pieces = edges.announced_objects(text, toks, pieces)
        background: set[int] = set()
        if len(pieces) > 1:
            pieces = rejoin_insertions(text, toks, mk, pieces, ctx["language"], leads)
            if before and reporting:
                pieces, background = speaker_background(mk, pieces, reporting)
        for a, b in pieces:
            adjacent = (before and b == hi) or (after and a == lo)
            rel, joined = None, a in background
            if joined:  # 'قالت الجمعية، التي تضم 900 مزارع': without the cue
                a = edges.past_cue(toks, a, b, edges.cue_tokens(toks, starts, frames))
            elif frame is None and reporting:  # 'Roche, who joined in 2019, said': background on the speaker
                rel = _speaker_fact(text, toks, mk, a, b, reporting, frames, starts, ctx)
            if rel is not None:
                a, b = rel
            elif frame is None and not joined and _is_reporting_clause(
                    toks, mk, a, b, reporting, adjacent, ctx["dates"][0], ctx["language"]):
                continue
            if frame is not None and _announcer_only(toks, a, b, reporting, ctx["dates"][0]):
                continue
            if frame is None and a in reporting and rel is None and not joined:  # 'according to Y, down from
                a = _past_reporting(toks, a, b, reporting)  # 44%'; ', the company said, as it tries to ...': the outlet's
            b = edges.drop_trailing_connector(mk, a, b, toks, text)
            a = strip_leadin(toks, mk, a, b)
            c = a if frame is None else strip_complementizer(toks, a, b, ctx["language"])
            s, e = piece_span(text, toks, c, b, rs, re_)  # scored with the complementizer's word
            attribution = frame.attribution if frame is not None else UNATTRIBUTED
            claim = _make_claim(text, s, e, toks, mk, a, b, ctx, attribution) if e > s else None
            if claim is not None:
                out.append(claim)
    return out


def extract_claims(text: str, segments: Sequence[Segment], frames: Sequence[Sequence[Frame]],
                   language: str, published: date | None, tokens: Tokens | None = None) -> tuple[Claim, ...]:
    """Claims of the article in text order; ``tokens`` is ``tokens.text_tokens(text)`` when the caller
    already has it."""
    out: list[Claim] = []
    for i, seg in enumerate(segments):
        if seg.furniture:
            continue
        ctx = {"language": language, "published": published, "sentence": i, "tokens": tokens}
        out.extend(_sentence_claims(text, seg, frames[i], ctx))
    return tuple(sorted(out, key=lambda c: (c.start, c.end)))
