"""Furniture classes of a paragraph's tokens: the entries of lexicons/<lang>/furniture.json covering each token
(interface, dateline, credits, byline, captions, ...), read by every furniture test (``furniture``, ``datelines``,
``credits``, ``releases``)."""
from __future__ import annotations

from collections.abc import Set as AbstractSet
from functools import cache
from typing import cast

from ..extract.clauses import Matcher
from ..extract.tokens import Tok
from ..lexicons import load_json
from ..models import LANGUAGES

WIDGET_MAX_WORDS = 14
_NONE: frozenset[str] = frozenset()


@cache
def _lexicon(language: str) -> Matcher:
    """The page's language first, plus the other one (pages mix interface languages)."""
    entries: dict[str, list[str]] = {}
    for lang in dict.fromkeys((language, *LANGUAGES)):
        for k, v in load_json(lang, "furniture").items():
            if not k.startswith("_"):
                entries.setdefault(k, []).extend(v)
    return Matcher(entries)


def token_classes(toks: list[Tok], language: str) -> list[AbstractSet[str]]:
    """Per token: the furniture classes of the lexicon entries covering it."""
    out: list[AbstractSet[str]] = [_NONE] * len(toks)
    for i, d in enumerate(_lexicon(language).marks(toks)):
        for label, n in d.items():
            for k in range(i, i + n):
                if out[k] is _NONE:
                    out[k] = set()
                cast(set, out[k]).add(label)
    return out


def is_digit(tok: Tok) -> bool:
    return tok.norm[:1].isdigit()
