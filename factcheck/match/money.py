"""Sums of money in two currencies: a conversion of one sum, not a contradiction.

Needs: two ``ClaimKeys`` (their quantities; a sum's unit is its upper-case ISO 4217 code, as the
extractor writes it). Adds: ``converted()``, whether the two claims give their sums in different
currencies and in different amounts, as one deal told in euros and in pounds is (60 million euros, 51
million pounds): no sum to compare, so their currencies are no swapped entity. The same amount in
another currency (2 billion euros vs 2 billion dollars) is no conversion: the currency is swapped.
``explained()``: converted sums, and every word only one side has is a word of its sums (euros,
pounds, جنيه إسترليني): nothing else in the wording tells them apart.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..text.normalize import key_tokens
from .keys import ClaimKeys
from .qkeys import QKey

_CODE = re.compile(r"[A-Z]{3}")  # a currency's ISO code (rates such as PKR/USD are no sum)


def _sums(k: ClaimKeys) -> list[QKey]:
    return [q for q in k.quantities if q.unit and _CODE.fullmatch(q.unit)]


def converted(ka: ClaimKeys, kb: ClaimKeys) -> bool:
    """Whether each side states sums only in currencies the other does not use, none of the same amount."""
    sa, sb = _sums(ka), _sums(kb)
    if not sa or not sb or {q.unit for q in sa} & {q.unit for q in sb}:
        return False
    return not any(x.low <= y.high and y.low <= x.high for x in sa for y in sb)


def explained(ka: ClaimKeys, kb: ClaimKeys) -> bool:
    """Whether the claims are ``converted`` and the words only one side has are words of its sums."""
    if not converted(ka, kb):
        return False
    own = ka.content ^ kb.content
    return bool(own) and own <= {w for k in (ka, kb) for q in _sums(k) for w in _words(q.text)}


@lru_cache(maxsize=4096)
def _words(text: str) -> frozenset[str]:
    return frozenset(key_tokens(text))
