"""A state as a speaker: a country's name as the whole source ('Egypt said', «قالت مصر», 'France announced') speaks
for its government, as a ministry does: official.

Needs: the source phrase's tokens and ``lexicons/<lang>/attribution_places.json`` (country and territory names;
Arabic with a و/ف/ل clitic allowed). Adds ``state_name``. A place that reports a figure about itself with a plain
object ('Romania reported the most cases') is no speaker at all; that is decided before typing (``places_en``).
"""
from __future__ import annotations

from functools import cache

from ..lexicons import load_json
from ..text.normalize import fold
from .cues import CLITICS, Lexicon, PhraseSet, Tok


@cache
def _places(language: str) -> tuple[PhraseSet, frozenset[str]]:
    names = load_json(language, "attribution_places").get("places", ())
    return PhraseSet(names, CLITICS if language == "ar" else ()), frozenset(_compact(fold(p)) for p in names)


def _compact(s: str) -> str:
    return s.replace(".", "").replace(" ", "")  # 'U.S.', 'U. S.' and 'US' alike


def state_name(lex: Lexicon, toks: list[Tok], text: str) -> bool:
    """The phrase is a country's name and nothing else ('Egypt', 'the United States', 'the U.S.', «مصر»,
    «الولايات المتحدة»)."""
    words = [t for t in toks if t.word]
    if words and words[0].f == "the":
        words = words[1:]
    if not words:
        return False
    names, compact = _places(lex.language)
    return names.match(words, 0) == len(words) or _compact(fold(text[words[0].start:toks[-1].end])) in compact


def place_length(lex: Lexicon, toks: list[Tok], k: int) -> int:
    """Tokens of a country's or territory's name starting at ``toks[k]`` («لبنان», «الولايات المتحدة»), 0 if none."""
    return _places(lex.language)[0].match(toks, k) if k < len(toks) else 0
