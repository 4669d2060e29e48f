"""The article's country for a currency word shared by several countries (درهم, دينار, ليرة, جنيه; pound, lira).

Needs: the article text and the ISO codes a currency word can stand for (its nationality adjectives in
``lexicons/ar/units.json``). Adds: ``article_currency(text, codes)``, the one code whose country the
article names (places in ``lexicons/<lang>/quantity_places.json`` of both languages: country, capital,
main cities and nationality adjectives), or None when it names none or several; ``rate_currency(text, other)``, the
one country's currency besides ``other`` (the currency of a bare rate, "the currency fell to 48.5 per dollar"). Places are searched in a folded copy of
the text (no offsets are taken from it), once per article.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from ..lexicons import load_json
from ..text.normalize import fold

_CLITIC = "(?:[وف]?[بلك]?)"


@cache
def _pattern() -> tuple[re.Pattern, dict[str, frozenset[str]]]:
    """One pattern over folded text for every place of every country (a place may carry a
    و/ف/ب/ل/ك clitic, or be written with لل), and the codes each folded place form stands for:
    the text is scanned once, not once per country."""
    codes: dict[str, set[str]] = {}
    for language in ("ar", "en"):
        for code, names in load_json(language, "quantity_places").get("places", {}).items():
            for n in names:
                f = fold(n)
                for form in (f, "لل" + f[2:]) if f.startswith("ال") else (f,):
                    codes.setdefault(form, set()).add(code)
    body = "|".join(sorted(map(re.escape, codes), key=len, reverse=True))
    # the lookahead lets a shorter form (or no clitic) match where the longest one is not a whole word
    pattern = re.compile(f"(?<![^\\W\\d_]){_CLITIC}(?=({body})(?![^\\W\\d_]))")
    return pattern, {f: frozenset(c) for f, c in codes.items()}


@lru_cache(maxsize=8)
def _named(text: str) -> frozenset[str]:
    """Codes of the countries the article names; a name inside a longer one found before it is not read
    (the Sudan of "South Sudan", السودان of جنوب السودان)."""
    pattern, codes = _pattern()
    named: set[str] = set()
    covered = 0
    for m in pattern.finditer(fold(text)):
        if m.start(1) >= covered:
            named |= codes[m.group(1)]
            covered = m.end(1)
    return frozenset(named)


def article_currency(text: str, codes) -> str | None:
    """The one code among ``codes`` whose country ``text`` names, else None."""
    if not text:
        return None
    named = _named(text).intersection(codes)
    return next(iter(named)) if len(named) == 1 else None


def rate_currency(text: str, other: str) -> str | None:
    """The currency a bare exchange rate gives the price in ("the currency fell to 48.5 per dollar"): the one
    country's the article names besides ``other``, the currency it is priced in, else None."""
    named = _named(text) - {other} if text else frozenset()
    return next(iter(named)) if len(named) == 1 else None
