"""Headline labels: a source named before a colon, as headlines and social cards write it ('UN: 2.1 million
people face famine', «وزير المالية: العجز سيتراجع إلى 6%»).

Needs: one sentence's tokens and the language lexicon. Adds: ``label_attribution`` (the attribution and the
content's start) when the sentence opens with at most ``LABEL_MAX_WORDS`` words and a colon, with at least
``CONTENT_MIN_WORDS`` words after it, and the words before it name an institution or an unnamed official
source (typed ``official`` for a government body, ``anonymous`` for unnamed sources). Other labels ('Breaking:',
'Analysis:', «عاجل:», «بالأرقام:») name no source and are left alone; so are people's names, which a
one-word label cannot be told apart from.
"""
from __future__ import annotations

from ..models import Attribution, Span
from .cues import Lexicon, Tok
from .kinds import source_type, span_of

LABEL_MAX_WORDS = 5
CONTENT_MIN_WORDS = 3
_KINDS = {("official", "government"), ("anonymous", "anonymous-group"), ("anonymous", "anonymous")}


def label_attribution(text: str, toks: list[Tok], lex: Lexicon) -> tuple[Attribution, int] | None:
    """(attribution, content start) of a sentence opened by a source label and a colon, else None."""
    colon = next((k for k, t in enumerate(toks[:LABEL_MAX_WORDS + 1]) if t.f == ":"), None)
    if not colon or not all(t.word for t in toks[:colon]):
        return None
    if sum(t.word for t in toks[colon + 1:]) < CONTENT_MIN_WORDS:
        return None
    label = toks[:colon]
    kind_type, kind = source_type(lex, label, text)
    if (kind_type, kind) not in _KINDS:
        return None
    cue = Span.of(text, toks[colon].start, toks[colon].end)
    return Attribution(type=kind_type, source=span_of(text, label), cue=cue, source_kind=kind), toks[colon + 1].start
