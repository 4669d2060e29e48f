"""Interview pages: the answers are the interviewee's claims.

Needs: the article text, one sentence's tokens and the language lexicon (``interview_labels``, ``answer_labels``
of ``attribution_frames.json``). Adds ``interviewee`` (the person a line near the top names after an interview
label: 'Interview with the finance minister', «حوار مع وزير المالية») and ``answer_start`` (where the answer
starts after its label: 'A: We expect ...', «ج: نتوقع ...»). The page's speaker may also be the source of its
headline label («حوار | وزير المالية الأردني: ...»), which ``classify`` keeps.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..models import Attribution, Span
from .cues import Lexicon, Tok, tokenize
from .kinds import source_type, span_of

_HEAD_LINES = 6  # lines of the page's head an interview label may stand in
_SOURCE_MAX = 10  # words of the interviewee
_LABEL_SPAN = 10  # characters of an answer label the segmenter leaves before the sentence ('A: ', «الجواب: »)
_LINE = re.compile(r"[^\n]+")
_LABEL_MARKS = frozenset({":", "-", "–", "—"})
_SOURCE_ENDS = frozenset({":", "|", "-", "–", "—", ".", "،", ","})


def interviewee(text: str, lex: Lexicon) -> Attribution | None:
    """The person an interview label names in one of the first lines, typed as a source, or None."""
    if "interview_labels" not in lex.sets:
        return None
    for n, m in enumerate(_LINE.finditer(text)):
        if n >= _HEAD_LINES:
            break
        toks = tokenize(text, m.start(), m.end())
        k = lex["interview_labels"].match(toks, 0)
        if not k:
            continue
        source = _source(toks[k:])
        if source:
            kind_type, kind = source_type(lex, source, text)
            cue = Span.of(text, toks[0].start, toks[k - 1].end)
            return Attribution(type=kind_type, source=span_of(text, source), cue=cue, source_kind=kind)
    return None


def _source(toks: list[Tok]) -> list[Tok]:
    out: list[Tok] = []
    for t in toks:
        if t.f in _SOURCE_ENDS:
            break
        out.append(t)
    return out if 0 < len(out) <= _SOURCE_MAX and all(t.word for t in out) else []


def answer_start(toks: list[Tok], lex: Lexicon) -> int | None:
    """Index of the first token of an answer opened by its label and a colon or dash ('A:', «ج:»), else None."""
    if "answer_labels" not in lex.sets:
        return None
    n = lex["answer_labels"].match(toks, 0)
    if not n or n + 1 >= len(toks) or toks[n].f not in _LABEL_MARKS:
        return None
    return n + 1


class Interview:
    """The page's interviewee and the answer being read, sentence after sentence."""

    def __init__(self, text: str, lex: Lexicon):
        self.text, self.lex = text, lex
        self.speaker = interviewee(text, lex)
        self.answering = -1  # the paragraph of the answer being read

    def labelled(self, found: list[Attribution]) -> None:
        """The first headline label of the page («حوار | وزير المالية: ...») names the speaker, if none is yet."""
        if self.speaker is None and found:
            self.speaker = found[0]

    def answer(self, start: int, end: int, paragraph: int) -> tuple[Attribution, int] | None:
        """(attribution, content start) of the sentence ``[start, end)`` when it is (part of) an answer, else None."""
        if self.speaker is None:
            return None
        line = self.text.rfind("\n", 0, start) + 1  # the label may stand before the sentence, on its line
        toks = tokenize(self.text, line if start - line <= _LABEL_SPAN else start, end)
        k = answer_start(toks, self.lex)
        if k is not None:
            self.answering = paragraph
            cue = Span.of(self.text, toks[0].start, toks[k - 1].end)
            return replace(self.speaker, cue=cue, carried=True), max(toks[k].start, start)
        if paragraph == self.answering and toks:
            return replace(self.speaker, cue=None, carried=True), toks[0].start
        return None
