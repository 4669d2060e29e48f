"""A workforce and a change in it are two facts: "Orbitel employs 300 engineers" («توظف أوربيتل 300 مهندس») and
"Orbitel hired 300 engineers" give one figure, but one counts who works there and the other who was taken on (or
let go), so the figure they share is no agreement. Words of a workforce: ``lexicons/<lang>/match_workforce.txt``.

Needs: the two claims' keys. Gives: the reason they are apart, or None.
"""
from __future__ import annotations

from functools import cache

from ..lexicons import load_list
from ..text.normalize import fold, stem
from .keys import ClaimKeys
from .lexicon import LANGS

_CHANGES = {"hiring": "a hiring", "layoff": "a layoff"}  # events that change a workforce


@cache
def workforce_words() -> frozenset[str]:
    """Folded and stemmed words stating the size of a workforce, both languages."""
    return frozenset(form for lang in LANGS for w in load_list(lang, "match_workforce") for form in (fold(w), stem(fold(w))))


def workforce_apart(ka: ClaimKeys, kb: ClaimKeys) -> str | None:
    """Why a claim of a hiring or layoff and a claim of no event that states a workforce are two facts."""
    words = workforce_words()
    for x, y in ((ka, kb), (kb, ka)):
        if x.event in _CHANGES and y.event is None and "movement" not in y.scales:  # not "cut staff numbers by 300"
            word = next((t for t in y.tokens if t in words), None)
            if word is not None:
                return f"one counts a workforce ('{word}'), the other {_CHANGES[x.event]}"
    return None
