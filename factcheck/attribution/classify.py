"""Attribution: who stands behind each part of each sentence.

Needs: the article text, its sentences and language. Adds, per sentence, the frames found in it:
each frame says which part of the sentence is reported content and the ``Attribution`` behind it.
Cue finding is per language (``frames_ar``, ``frames_en``); this module bounds each frame's content
(up to the next frame, or the end of an announced clause), types the source (``kinds``; analysts at a named
institution speak for it, ``institutions``) and carries
a source over to continuation cues with no subject of their own (وأضاف، "he added", مشيراً), and
gives a later short mention of a person the type of the full one (``mentions``), a later 'the report'
the type of the document named before (``documents``) and a later «الوزارة» / 'the agency' the body named before
(``anaphors``); a pronoun speaker takes the nearest source it agrees with (``agreement``), or the source-like subject of
the sentence before when nobody spoke there. A relative clause saying who confirmed, denied or disputed the report
(``relatives``) is a frame of its own; a possessor's own channel ('according to its website') is the possessor
(``possessives``); an interview's answers are the interviewee's (``interviews``).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from ..extract.dates import find_dates
from ..extract.quantities import find_quantities
from ..lexicons import folded_sets
from ..models import UNATTRIBUTED, Attribution, Segment, Span
from ..text.normalize import fold
from . import frames_ar, frames_en
from .adjuncts_ar import noun_phrase
from .agreement import agrees, person_speaker
from .anaphors import Anaphors
from .cues import QUOTES_CLOSE, QUOTES_OPEN, Lexicon, Tok, lexicon, tokenize
from .documents import Documents
from .draft import COMMAS, Draft, next_comma, trim
from .institutions import institution
from .interviews import Interview
from .kinds import names_source, source_type, span_of
from .labels import label_attribution
from .mentions import Mentions
from .possessives import own_channel, possessor
from .relatives import may_hold, relative_reports
from .speakers_en import time_may_follow
from .subjects import main_subject, pronoun_subject
from .time_adjuncts import without_time


@dataclass(frozen=True, slots=True)
class Frame:
    """Reported content ``[content_start, content_end)`` and who reports it."""

    attribution: Attribution
    content_start: int
    content_end: int
    apposition: Span | None = None  # the source's title, part of the reporting clause
    clause: Span | None = None  # the whole trailing reporting clause, when the frame has one
    subject_only: bool = False  # the source is the subject of the main clause before a participle or coordinated
    # cue ("Musk founded X, arguing that Y"): that clause is the outlet's own claim, not a reporting clause


_RECENT = 3  # earlier sources of the paragraph a pronoun speaker may go back to, past the nearest
_HISTORY = 12  # earlier sources of the article an English 'he'/'she' may go back to when none of those is a person
LABEL_SCAN = 80  # a source label and its colon open the sentence within this many characters


def attribute(text: str, sentences: Sequence[Segment], language: str) -> list[list[Frame]]:
    """Frames for each sentence, in order; an empty list means the article's own voice."""
    lex = lexicon(language)
    find = frames_ar.find if lex.language == "ar" else frames_en.find
    out: list[list[Frame]] = []
    prev: Attribution | None = None
    speaker: Attribution | None = None  # the last source that is not a document
    paragraph = -1
    mentions = Mentions(text, lex)
    documents = Documents(lex)
    anaphors = Anaphors(text, lex)
    interview = Interview(text, lex)
    before: list[Attribution] = []  # the latest sources of the paragraph, in text order
    history: list[Attribution] = []  # every source so far, in text order
    topic: tuple[Attribution, int] | None = None  # the source-like subject of the last sentence, if it had no frame
    for seg in sentences:
        frames: list[Frame] = []
        sentence = text[seg.start:seg.end]
        candidate, relative = lex.candidate(sentence), may_hold(lex, sentence)
        toks = tokenize(text, seg.start, seg.end)  # once per sentence: the frames, a label and the topic read them
        if candidate or relative:
            drafts = _with_relatives(find(text, toks, lex) if candidate else [],
                                     relative_reports(text, toks, lex) if relative else [])
            outer = prev if prev is not None or topic is None or topic[1] != seg.paragraph or not _fits(
                text, drafts, topic[0], lex) else topic[0]
            frames = _resolve(text, seg, toks, drafts, outer, lex, speaker, before, history)
            frames = [_recalled(text, f, mentions, documents, anaphors) for f in frames]
        if not frames and ":" in text[seg.start:seg.start + LABEL_SCAN]:
            frames = _labelled(text, seg, toks, lex)
            interview.labelled([f.attribution for f in frames])
        if not frames and (answer := interview.answer(seg.start, seg.end, seg.paragraph)) is not None:
            s, e = trim(text, answer[1], seg.end)  # 'A: We expect ...': the interviewee's answer
            frames = [Frame(answer[0], s, e)] if e > s else []
        if not frames and prev is not None and seg.paragraph == paragraph and _whole_quote(text, seg):
            s, e = trim(text, seg.start, seg.end)
            frames = [Frame(replace(prev, cue=None, carried=True), s, e)]
        out.append(frames)
        topic = None if frames else _topic(text, seg, toks, lex)
        history += [f.attribution for f in frames if f.attribution.type != "unattributed"]
        before = (before if seg.paragraph == paragraph else [])[-_RECENT:] + [
            f.attribution for f in frames if f.attribution.type != "unattributed"]
        prev = frames[-1].attribution if frames and frames[-1].attribution.type != "unattributed" else None
        if prev is None or not _document(prev, lex):
            speaker = prev
        paragraph = seg.paragraph
    return out


def _topic(text: str, seg: Segment, toks: list[Tok], lex: Lexicon) -> tuple[Attribution, int] | None:
    """(source, paragraph) of a sentence in the outlet's voice whose subject names a source ('The central bank held
    rates at 4%.'): a pronoun speaker right after it ('It said ...', «وأضاف أن») takes it when nobody spoke before."""
    subject = main_subject(text, toks, lex, seg.end)
    if not subject:
        return None
    kind_type, kind = source_type(lex, subject, text)
    if kind_type not in ("official", "named"):
        return None
    return Attribution(type=kind_type, source=span_of(text, subject), source_kind=kind), seg.paragraph


def _fits(text: str, drafts: list[Draft], topic: Attribution, lex: Lexicon) -> bool:
    """Every pronoun speaker of the sentence ('It said', «وأضافت») agrees with ``topic`` ('He' is no bank)."""
    for d in drafts:
        words = [t for t in d.source_toks if t.word]
        if d.cue is None or d.participle or words and not (len(words) == 1 and words[0].f in lex["pronoun_subjects"]):
            continue
        said = words[0].f if words else tokenize(text, d.cue.start, d.cue.end)[0].f
        if not agrees(lex, text, said, topic):
            return False
    return True


def _with_relatives(drafts: list[Draft], relatives: list[Draft]) -> list[Draft]:
    """The sentence's drafts with its confirming or denying relative clauses (', which the ministry denied'), which
    replace any frame read at the same verb (a trailing 'which the ministry denied' reporting the whole clause) or
    reporting the same words (the source of a trailing '..., X said,' going on after it); a participle going on after
    the clause ('..., which the spokesman denied, adding that X') is the denying source's."""
    cues = {d.cue.start: d for d in relatives if d.cue is not None}
    starts = {d.content_start for d in relatives}  # '..., authorities said, a toll the opposition rejected'
    kept = []
    for d in drafts:
        r = cues.get(d.cue.start) if d.cue is not None else None
        if r is not None and d.content_start >= r.content_end:  # '..., which the spokesman denied, adding that X'
            d.source_toks, d.source = r.source_toks, None
        elif r is not None or d.content_start in starts:
            continue
        kept.append(d)
    return kept + relatives


def _labelled(text: str, seg: Segment, toks: list[Tok], lex: Lexicon) -> list[Frame]:
    """The frame of a source label before a colon ('UN: 2.1 million people face famine'), if the sentence has one."""
    found = label_attribution(text, toks, lex)
    if found is None:
        return []
    s, e = trim(text, found[1], seg.end)
    return [Frame(found[0], s, e)] if e > s else []


def _recalled(text: str, f: Frame, mentions: Mentions, documents: Documents, anaphors: Anaphors) -> Frame:
    """``f`` with the type of the earlier full mention of its source ('Badawi added': the spokesman; 'the
    report said': the report named before; «وذكرت الوزارة»: the ministry named before, with its full name)."""
    a = mentions.recall(f.attribution)
    if a.source is not None and not a.carried:
        a = documents.recall(a, tokenize(text, a.source.start, a.source.end))
        a = anaphors.recall(a)
    return f if a is f.attribution else replace(f, attribution=a)


def _whole_quote(text: str, seg: Segment) -> bool:
    s, e = trim(text, seg.start, seg.end)
    return e - s > 2 and text[s] in QUOTES_OPEN and text[e - 1] in QUOTES_CLOSE


def _document(a: Attribution, lex: Lexicon) -> bool:
    """The source is a document ("the report", التقرير), not someone who can go on speaking."""
    words = fold(a.source.text).split() if a.source is not None else []
    return bool(words) and words[-1] in lex["documents"]


def _resolve(text: str, seg: Segment, toks: list[Tok], drafts: list[Draft], prev: Attribution | None,
             lex: Lexicon, speaker: Attribution | None = None, before: Sequence[Attribution] = (),
             history: Sequence[Attribution] = ()) -> list[Frame]:
    frames: list[Frame] = []
    drafts = sorted(drafts, key=lambda d: d.lead)
    leads = [d.lead for d in drafts]
    starts = [t.start for t in toks]
    for n, d in enumerate(drafts):
        end = d.content_end or seg.end
        if not d.content_end:
            k = bisect_right(leads, d.content_start, n + 1)  # the next frame starting inside the content
            if k < len(leads):
                end = min(end, leads[k])
        if d.performative:
            end = _performative_end(toks, starts, d.content_start, end, lex)
        end = _remark_end(toks, starts, d.content_start, end, lex)
        s, e = _trim_content(text, toks, starts, d.content_start, end, lex)
        outer = frames[-1].attribution if frames else prev
        if outer is not None and speaker is not None and _document(outer, lex) and _continues(d, lex):
            outer = speaker  # "The report said X. He added Y": he is the last speaker, not the report
        outer = _agreeing(text, d, outer, frames, before, lex, history)
        subject_only = False
        if d.participle and all(f.attribution.type == "unattributed" for f in frames) and not d.source_toks:
            d.source_toks = main_subject(text, toks, lex, d.lead) or pronoun_subject(text, toks, lex, d.lead)
            # "Musk founded X, arguing that Y" / "He denied X and said Y"
            subject_only = bool(d.source_toks)
            if not subject_only and not frames and _after_clause(toks, starts, d.lead):
                continue  # 'وارتفعت الأسهم 4%، مشيرة إلى أن Y': the clause's subject, not the last speaker, says it
        attribution = UNATTRIBUTED if d.own else _attribution(text, d, outer, lex)
        if attribution is not None and d.cue is not None and own_channel(lex, d.source_toks):  # 'according to its website'
            earlier = [f.attribution for f in frames]
            attribution = possessor(text, toks, d.cue.start, earlier, outer, d.source_toks, d.cue, lex) or attribution
        if attribution is not None and e > s:
            frames.append(Frame(attribution, s, e, d.apposition or _apposition(text, d, lex), d.clause, subject_only))
    return frames


def _agreeing(text: str, d: Draft, outer: Attribution | None, frames: list[Frame], before: Sequence[Attribution],
              lex: Lexicon, history: Sequence[Attribution] = ()) -> Attribution | None:
    """For a pronoun speaker (وأضافت with no subject, 'He added', 'It said'), the nearest source of this sentence or
    the latest ones of the paragraph it agrees with (``agreement``): ``outer`` when it agrees or none does."""
    words = [t for t in d.source_toks if t.word]
    if outer is None or d.participle or d.cue is None or words and not (
            len(words) == 1 and words[0].f in lex["pronoun_subjects"]):
        return outer
    said = words[0].f if words else tokenize(text, d.cue.start, d.cue.end)[0].f
    if agrees(lex, text, said, outer):
        return outer
    pool = [f.attribution for f in reversed(frames) if f.attribution.type != "unattributed"] + list(reversed(before))
    found = next((a for a in pool if a is not outer and agrees(lex, text, said, a)), None)
    if found is not None or not words:
        return found or outer
    # 'He added' after bodies only: the last person who spoke before, in an earlier paragraph; else, as a writer
    # may let 'he' stand for a body's voice, the nearest source
    found = next((a for a in reversed(history[-_HISTORY:]) if person_speaker(lex, text, said, a)), None)
    return found or outer


def _after_clause(toks: list[Tok], starts: list[int], lead: int) -> bool:
    """A comma and two words at least stand before the participle at ``lead``: it follows a main clause of its
    own ('Prices rose 5%, adding that Y'), not a verb of continuing ('وأردف قائلاً إن': the last speaker)."""
    i = bisect_left(starts, lead)
    return i > 2 and toks[i - 1].f in COMMAS and sum(t.word for t in toks[:i]) >= 2


def _apposition(text: str, d: Draft, lex: Lexicon) -> Span | None:
    """'X، الرئيس التنفيذي لـY، قال': the comma-delimited description after the named source, part of
    the reporting clause (never a claim, whatever its words look like)."""
    if d.source is None or not d.source_toks or d.source_toks[-1].end <= d.source.end:
        return None
    rest = [t for t in d.source_toks if t.start >= d.source.end]
    if len(rest) < 2 or rest[0].f not in COMMAS or _background(text, rest, lex):
        return None
    while rest and rest[-1].f in COMMAS:
        rest = rest[:-1]
    return span_of(text, rest[1:])


def _background(text: str, rest: list[Tok], lex: Lexicon) -> bool:
    """', which operates 214 aircraft,' after the source: a non-restrictive relative clause holding a date or
    an amount states a background fact about the speaker in the outlet's own voice (an unattributed claim), not
    part of the reporting clause; one with nothing to check ('Dr Amina Yusuf, who leads the vaccination
    campaign, said') or describing how the speaker spoke (anonymity: 'who asked not to be named') is."""
    if "relative_pronouns" not in lex.sets or not lex["relative_pronouns"].match(rest, 1):
        return False
    if any(lex["anonymity_markers"].match(rest, k) for k in range(2, len(rest))):
        return False
    s, e = rest[1].start, rest[-1].end
    return bool(find_quantities(text, s, e, lex.language) or find_dates(text, s, e, lex.language, _ANY_DAY))


_ANY_DAY = date(2000, 6, 15)  # a reference day for relative dates: only whether the clause holds a date matters


def _performative_end(toks: list[Tok], starts: list[int], start: int, end: int, lex: Lexicon) -> int:
    """An announced clause ends at a comma before the writer's own continuation (، مما يعني ...)."""
    for k in range(bisect_right(starts, start), len(toks)):
        t = toks[k]
        if t.start >= end:
            break
        if t.f in COMMAS and lex["performative_breaks"].match(toks, k + 1):
            return t.start
    return end


def _remark_end(toks: list[Tok], starts: list[int], start: int, end: int, lex: Lexicon) -> int:
    """Reported content ends at a comma before the writer's remark on the report (، وهو ما لم يؤكده النادي): what
    was or was not confirmed is the outlet's own voice, not the source's."""
    if "writer_remarks" not in lex.sets:
        return end
    for k in range(bisect_right(starts, start), len(toks) - 1):
        if toks[k].start >= end:
            break
        if toks[k].f in COMMAS and lex["writer_remarks"].match(toks, k + 1):
            return toks[k].start
    return end


def _trim_content(text: str, toks: list[Tok], starts: list[int], start: int, end: int,
                  lex: Lexicon) -> tuple[int, int]:
    """Content bounds without edge punctuation and without a trailing joiner (، حيث / , and); an adverb of
    relative time after a period noun ('the year before') closes its phrase and stays, and so does a joiner that is
    the clause's adverb ('reopened once', ``_clause_adverb``)."""
    lo, hi = bisect_left(starts, start), bisect_left(starts, end)
    if hi > lo and toks[hi - 1].end > end:
        hi -= 1
    nouns, adverbs = _period_words(lex.language)
    while hi > lo and (toks[hi - 1].f in COMMAS or toks[hi - 1].f in lex["clause_joiners"]
                       and not (toks[hi - 1].f in adverbs and hi - 1 > lo and toks[hi - 2].f in nouns)
                       and not _clause_adverb(toks, hi - 1, lo, lex)
                       or toks[hi - 1].f in ("(", "-", "–", "—")):
        hi -= 1
        end = toks[hi - 1].end if hi > lo else start
    return trim(text, start, end)


def _clause_adverb(toks: list[Tok], k: int, lo: int, lex: Lexicon) -> bool:
    """The joiner at ``toks[k]``, last of the content, is an adverb ending its clause ('reopened once', 'not paid
    yet'): one of ``adverb_joiners`` right after a word."""
    return ("adverb_joiners" in lex.sets and toks[k].f in lex["adverb_joiners"] and k > lo
            and toks[k - 1].word and toks[k - 1].f not in COMMAS)


@cache
def _period_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """(period nouns, adverbs of relative time) of the clause lexicon (clauses.json), folded."""
    nouns, adverbs = folded_sets(language, "clauses", ("period_nouns", "period_adverbs"))
    return nouns, adverbs


def _attribution(text: str, d: Draft, outer: Attribution | None, lex: Lexicon) -> Attribution | None:
    cue = d.cue
    toks = d.source_toks
    if toks and outer is not None and outer.source is not None and _inherits(toks, lex, outer.source.text):
        return replace(outer, cue=cue, carried=True)
    if not toks:
        if outer is None or outer.type == "unattributed":
            return None
        return replace(outer, cue=cue, carried=True)
    if d.source is None:
        toks = d.source_toks = _timeless(text, toks, lex)  # 'بحسب ما قال مسؤول منتصف أبريل': the date is the saying's
    staff = institution(lex, [t for t in toks if d.source is None or d.source.start <= t.start < d.source.end], text)
    if staff:  # 'Analysts at Bank of America': the bank's research voice
        toks, d.source = staff, span_of(text, staff)
    kind_type, kind = source_type(lex, toks, text)
    if staff and kind == "person":
        kind = None  # 'Analysts at Bernstein': a firm's name, though it reads as a surname
    if d.statement:
        kind_type, kind = "official", kind if kind in ("company", "government") else "company"
    elif kind_type == "named" and (kind is None and (d.formal or _organisation_pronoun(toks, lex))
                                   or d.organisation and kind in ("person", None) and next_comma(toks, 0) <= 3):
        kind_type, kind = "official", "organisation"  # "AFAD said in a statement" / "..., it said"
    source: Span | None = d.source or span_of(text, toks)
    cited_toks = tokenize(text, d.cited.start, d.cited.end) if d.cited is not None else []
    if not cited_toks or not names_source(lex, cited_toks, text):
        return Attribution(type=kind_type, source=source, cue=cue, source_kind=kind)  # 'citing a drop in demand': a cause
    return Attribution(type=kind_type, source=source, cue=cue, cited=d.cited, source_kind=kind,
                       cited_type=source_type(lex, cited_toks, text)[0])


def _timeless(text: str, toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """A source phrase without a time adjunct closing it (``time_adjuncts``), whatever the frame's shape, where the
    words before it may take one: a noun phrase in Arabic (``adjuncts_ar.noun_phrase``), no insertion, relative or
    participle clause in English (``speakers_en.time_may_follow``)."""
    if lex.language == "ar":
        return without_time(text, toks, lex, lambda before: noun_phrase(text, before))
    return without_time(text, toks, lex, lambda before: time_may_follow(before, lex))


def _continues(d: Draft, lex: Lexicon) -> bool:
    """A cue with no subject of its own (وأضاف، "adding") or a personal pronoun subject ("he added")."""
    words = [t for t in d.source_toks if t.word]
    return not words or len(words) == 1 and words[0].f in lex["pronoun_subjects"] and words[0].f != "it"


def _organisation_pronoun(toks: list[Tok], lex: Lexicon) -> bool:
    return "organisation_pronouns" in lex.sets and len(toks) == 1 and toks[0].f in lex["organisation_pronouns"]


def _inherits(toks: list[Tok], lex: Lexicon, outer: str) -> bool:
    """A document (الرسائل، the memo), a pronoun, or an anaphor naming the surrounding report's source
    ("the agency" after "the Food and Drug Administration agency", not after "a spokeswoman") keeps it."""
    words = [t for t in toks if t.word]
    if not words:
        return True
    if lex["pronoun_subjects"].match(words, 0) and len(words) == 1:
        return True
    if lex["documents"].match(words, 0) and len(words) <= 2 and (len(words) == 2 or lex.language != "en"):
        return True  # 'the memo', «الرسائل»; a bare English plural ('Minutes showed', 'Emails seen by X') is new
    if "same_anaphora" in lex.sets and lex["same_anaphora"].match(words, 0) == len(words):
        return True  # 'المصدر ذاته': the same source as before
    if "anaphora" not in lex.sets or lex["anaphora"].match(words, 0) != len(words):
        return False
    head = words[-1].f.removesuffix("s")
    outer = fold(outer)
    return head in outer or head in _ANAPHOR_KIND and _ANAPHOR_KIND[head] in outer


# anaphors whose antecedent is usually named by a kind word rather than the same noun
_ANAPHOR_KIND = {"source": "person", "person": "source", "people": "source", "official": "minister"}
