"""The article's country for a currency word shared by several countries (درهم, دينار, ليرة; pound, lira).

Needs: the article text and the ISO codes a currency word can stand for (its nationality adjectives in
``lexicons/ar/units.json``). Adds: ``article_currency(text, codes)``, the one code whose country the
article names (places in ``lexicons/<lang>/quantity_places.json`` of both languages: country, capital,
main cities and nationality adjectives), or None when it names none or several. Places are searched in a folded copy of
the text (no offsets are taken from it), once per article.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from ..lexicons import load_json
from ..text.normalize import fold

_CLITIC = "(?:[وف]?[بلك]?)"


@cache
def _patterns() -> tuple[tuple[str, re.Pattern], ...]:
    """(code, pattern over folded text) per country; a place may carry a و/ف/ب/ل/ك clitic or لل."""
    places: dict[str, list[str]] = {}
    for language in ("ar", "en"):
        for code, names in load_json(language, "quantity_places").get("places", {}).items():
            places.setdefault(code, []).extend(names)
    out = []
    for code, names in places.items():
        forms = {fold(n) for n in names} | {"لل" + fold(n)[2:] for n in names if fold(n).startswith("ال")}
        body = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
        out.append((code, re.compile(f"(?<![^\\W\\d_]){_CLITIC}(?:{body})(?![^\\W\\d_])")))
    return tuple(out)


@lru_cache(maxsize=8)
def _named(text: str) -> frozenset[str]:
    """Codes of the countries the article names."""
    folded = fold(text)
    return frozenset(code for code, pattern in _patterns() if pattern.search(folded))


def article_currency(text: str, codes) -> str | None:
    """The one code among ``codes`` whose country ``text`` names, else None."""
    if not text:
        return None
    named = _named(text).intersection(codes)
    return next(iter(named)) if len(named) == 1 else None
