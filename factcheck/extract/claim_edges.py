"""Claim edges inside reported content: the complementizer that links a report to its content.

Needs: the clause tokens of a piece inside a frame's content and the language. Adds: the index of
the piece's first token after a leading complementizer ("ذكرت X أن ارتفعت الأسعار" → "ارتفعت
الأسعار"; "..., and that Y" → "Y"), so offsets stay on the original text. The complementizers are
the attribution lexicon's (``attribution_frames.json``).
"""
from __future__ import annotations

from functools import cache

from ..attribution.cues import lexicon as attribution_lexicon
from .clauses import Tok

_MIN_REST = 2  # words the claim keeps after the complementizer (scored with it)
_COORDINATORS = frozenset({"and", "but"})  # "..., and that Y": Arabic writes وأن as one word


@cache
def _complementizers(language: str) -> frozenset[str]:
    return attribution_lexicon(language)["complementizers"].singles


def strip_complementizer(toks: list[Tok], a: int, b: int, language: str) -> int:
    """The index after a bare complementizer (أن، إن، بأن، فإن، وأن، that, "and that") at ``toks[a]``
    followed by at least two words, else ``a``."""
    k = a + 1 if b - a > 1 and toks[a].norm in _COORDINATORS else a
    if b - k > _MIN_REST and toks[k].norm in _complementizers(language):
        return k + 1
    return a
