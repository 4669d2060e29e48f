"""Page furniture: lines that carry no claim (headings, bylines, datelines, widgets, credits).

Needs: a sentence and the paragraph it is in. Decides from general features: very short lines,
no verb-like token, interface vocabulary (lexicons/<lang>/furniture.txt), date-and-publisher lines.
"""
from __future__ import annotations

import re

from ..lexicons import load_set
from ..models import Segment
from .normalize import tokens

_DIGITS_ONLY = re.compile(r"^[\W\d_]*$")


def is_furniture(seg: Segment, language: str) -> bool:
    """True when ``seg`` looks like page furniture rather than running text."""
    toks = tokens(seg.text)
    if not toks or _DIGITS_ONLY.match(seg.text):
        return True
    ui = load_set(language, "furniture")
    if sum(t in ui for t in toks) * 2 >= len(toks):
        return True
    # very short lines without terminal punctuation are headings or labels
    return len(toks) <= 2 and not seg.headline
