"""A relative clause after a report that says who confirmed or denied it: «، وهو ما نفته السلطات», ', which the
ministry denied'.

Needs: one sentence's tokens and the language lexicon (``relative_report_openers``, ``relative_report_kinds``,
``resumptive_preps`` and, in Arabic, ``possessive_suffixes`` of ``attribution_frames.json``). Adds
``relative_reports``: a draft for each such clause after a comma, whose content is the clause itself (its verb kept,
so a denial stays a denial for matching) and whose source is the noun phrase doing the confirming or denying, its
own claim; the report before the comma keeps its own source, as the draft's lead ends that frame's content. Arabic
writes the verb first with a resumptive pronoun on it or on its preposition (نفته، أكدها، أشارت إليه) and the
subject after it; English writes the subject first (which the ministry denied) or a passive with 'by' (which was
denied by the ministry). A negated verb (، وهو ما لم يؤكده النادي) is the writer's remark, left alone.
"""
from __future__ import annotations

from ..models import Span
from ..text.normalize import fold
from .cues import Lexicon, Tok
from .draft import COMMAS, Draft, cut_source, next_comma

_SUBJECT_MAX = 8  # words of the confirming or denying noun phrase
_TIME_MAX = 4  # tokens of 'on Tuesday', 'late on Monday', 'last week'
_TIME_LEADS = frozenset({"on", "in", "at", "last", "late", "early", "earlier", "later", "this", "during", "overnight",
                         "yesterday", "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                         "sunday"})
_ENGLISH_RELATIVES = frozenset({"that", "which"})
_ENGLISH_AUXILIARIES = frozenset({"has", "have", "had", "was", "were", "is", "are", "been", "later", "also", "since",
                                  "quickly", "swiftly", "promptly", "immediately", "officially", "publicly", "strongly"})


def may_hold(lex: Lexicon, sentence: str) -> bool:
    """Cheap test on the raw sentence: can it hold such a clause?"""
    if "relative_report_openers" not in lex.sets:
        return False
    folded = fold(sentence)
    return any(first in folded for first in lex["relative_report_openers"].by_first)


def relative_reports(text: str, toks: list[Tok], lex: Lexicon) -> list[Draft]:
    """Drafts of the confirming or denying relative clauses of one sentence, in text order."""
    if "relative_report_openers" not in lex.sets:
        return []
    out = []
    for k, t in enumerate(toks):
        if t.f not in COMMAS:
            continue
        n = lex["relative_report_openers"].match(toks, k + 1)
        if not n:
            continue
        end = next_comma(toks, k + 1 + n)
        while end > k + 1 + n and not toks[end - 1].word:
            end -= 1  # the full stop
        found = (_verb_first if lex.language == "ar" else _subject_first)(toks, k + 1 + n, end, lex)
        if found is None:
            continue
        v, source = found
        clause_end = toks[end - 1].end
        out.append(Draft(lead=toks[k + 1].start, cue=Span.of(text, toks[v].start, toks[v].end), source_toks=source,
                         content_start=toks[k + 1].start, content_end=clause_end))
    return out


def _kind_ok(lex: Lexicon, f: str) -> bool:
    """``f`` is a finite verb confirming, denying, reporting or disputing."""
    if f in lex["relative_dispute_verbs"]:
        return True
    hit = lex.verb(f)
    return hit is not None and not hit[1] and hit[0] in lex["relative_report_kinds"]


def _verb_first(toks: list[Tok], i: int, end: int, lex: Lexicon) -> tuple[int, list[Tok]] | None:
    """«نفته السلطات الإقليمية» / «أشارت إليه الوزارة»: the verb with its resumptive pronoun, then the subject."""
    if i >= end or not toks[i].word:
        return None
    f = toks[i].f
    if _kind_ok(lex, f) and i + 1 < end and _resumptive(toks[i + 1].f, lex):
        j = i + 2  # 'أشارت إليه'
    elif any(_kind_ok(lex, stem) for stem in _object_stems(f, lex)):
        j = i + 1  # 'نفته'
    else:
        return None
    source = cut_source(toks[j:end], lex)[:_SUBJECT_MAX]
    return (i, source) if source and all(t.word for t in source) else None


def _object_stems(f: str, lex: Lexicon) -> list[str]:
    """The verb forms ``f`` may be with an object pronoun stripped (نفته → نفت، نفاه → نفى)."""
    out = []
    for suffix in lex["possessive_suffixes"].singles:
        stem = f.removesuffix(suffix)
        if stem != f and len(stem) >= 2:
            out.append(stem)
            if stem.endswith("ا"):
                out.append(stem[:-1] + "ي")  # نفاه: the final alif maqsura of نفى before the pronoun
    return out


def _time_after(toks: list[Tok], k: int, end: int) -> bool:
    """'which the ministry denied on Tuesday': a short time adjunct closes the clause after the verb."""
    return end - k <= _TIME_MAX and toks[k].f in _TIME_LEADS


def _resumptive(f: str, lex: Lexicon) -> bool:
    return "resumptive_preps" in lex.sets and f in lex["resumptive_preps"]


def _subject_first(toks: list[Tok], i: int, end: int, lex: Lexicon) -> tuple[int, list[Tok]] | None:
    """'the ministry (later) denied' / 'was denied by the ministry' up to the clause's end, after an optional
    relative pronoun ('a figure that local officials disputed')."""
    if i < end and toks[i].f in _ENGLISH_RELATIVES:
        i += 1
    for v in range(i, min(end, i + _SUBJECT_MAX + 3)):
        if not _kind_ok(lex, toks[v].f):
            continue
        words = toks[i:v]
        if words and all(t.word for t in words) and words[0].f not in _ENGLISH_AUXILIARIES:
            while words and words[-1].f in _ENGLISH_AUXILIARIES:
                words = words[:-1]
            return (v, words) if words and (v + 1 >= end or _time_after(toks, v + 1, end)) else None
        if words and all(t.f in _ENGLISH_AUXILIARIES for t in words) and v + 1 < end and toks[v + 1].f == "by":
            source = [t for t in toks[v + 2:end] if t.word]
            return (v, source) if source and len(source) == end - v - 2 else None
        return None
    return None
