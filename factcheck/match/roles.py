"""What a figure measures: its role (killed, injured, salary …) and whether it is per period.

Needs: a ``Claim`` and one of its quantities, and ``lexicons/<lang>/match_roles.json``. Adds: a role
string such as ``"killed"`` or ``"salary/period"`` (``None`` when nothing marks it), read from the
words right after the figure (its counted noun: "120 قتيلاً", "2,400 people were injured"), else the
nearest marked word right before it ("killed more than 300"); and ``counted_people()``: the place
whose people a figure without a unit counts ("3 million Syrians", "40 من الأفارقة": persons). Folded
copies only; no offsets out.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from ..lexicons import load_json
from ..models import Claim, Quantity
from ..text.normalize import fold, stem
from .lexicon import LANGS, find_entities

_WORD = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+", re.UNICODE)
WINDOW = 4  # words looked at on each side of a figure
_CLITICS = ("وال", "بال", "فال", "لل", "ال", "و", "ف", "ب", "ل")


@cache
def _lexicon() -> tuple[dict[str, str], frozenset[tuple[str, ...]]]:
    """(folded/stemmed role word → role, folded periodic word sequences) over both languages."""
    roles: dict[str, str] = {}
    periodic: set[tuple[str, ...]] = set()
    for lang in LANGS:
        data = load_json(lang, "match_roles")
        for role, words in data.get("roles", {}).items():
            for w in words:
                roles.setdefault(fold(w), role)
                roles.setdefault(stem(fold(w)), role)
        periodic |= {tuple(fold(w).split()) for w in data.get("periodic", [])}
    return roles, frozenset(periodic)


def role_word(word: str) -> str | None:
    """The role a word names on its own ("wounded", «جريحا»: injured), or None."""
    return _role_of(fold(word))


@lru_cache(maxsize=16384)
def _role_of(tok: str) -> str | None:
    roles = _lexicon()[0]
    for cand in (tok, stem(tok), *(tok[len(p):] for p in _CLITICS if tok.startswith(p) and len(tok) - len(p) >= 3)):
        if cand in roles:
            return roles[cand]
    return None


def _periodic(after: list[str]) -> bool:
    seqs = _lexicon()[1]
    return any(tuple(after[i:i + n]) in seqs for i in range(len(after)) for n in (1, 2))


def _locate(claim: Claim, q: Quantity) -> tuple[int, int] | None:
    local = q.start - claim.start
    if 0 <= local and claim.text[local:local + len(q.text)] == q.text:
        return local, local + len(q.text)
    found = claim.text.find(q.text) if q.text else -1
    return (found, found + len(q.text)) if found >= 0 else None


@cache
def _partitives() -> frozenset[str]:
    """Folded words between a figure and the people it counts ("40 of the", "40 من")."""
    return frozenset(fold(w) for lang in LANGS for w in load_json(lang, "match_roles").get("partitive", ()))


def counted_people(claim: Claim, q: Quantity) -> str | None:
    """The place whose people a figure without a unit counts: the word after it (past a partitive)
    names a place's people ("3 million Syrians", "40 من الأفارقة", "12 فلسطينيا"): persons."""
    span = _locate(claim, q)
    if span is None or q.unit not in (None, "person"):
        return None
    inside = _WORD.findall(fold(q.text))  # "12 Israelis", «12 فلسطينيا»: the counted noun names the people
    if q.unit == "person" and len(inside) > 1 and not inside[-1][0].isdigit():
        return next((e for e, c in find_entities([stem(inside[-1])]).items() if c == "place"), None)
    if q.unit is not None:
        return None
    after = _WORD.findall(fold(claim.text[span[1]:span[1] + 40]))[:3]
    parts = _partitives()
    while after and after[0] in parts:
        after = after[1:]
    if not after or after[0][0].isdigit():
        return None
    return next((e for e, c in find_entities([stem(after[0])]).items() if c == "place"), None)


def role(claim: Claim, q: Quantity) -> str | None:
    """The role of ``q`` in ``claim`` ("killed", "injured", "salary/period", "/period" …) or None."""
    span = _locate(claim, q)
    if span is None:
        return None
    inside = _WORD.findall(fold(q.text))
    after = _WORD.findall(fold(claim.text[span[1]:span[1] + 60]))
    after = after[:next((i for i, t in enumerate(after) if t[0].isdigit()), len(after))][:WINDOW]
    before = _WORD.findall(fold(claim.text[max(0, span[0] - 60):span[0]]))[-WINDOW:]
    name = next((r for r in map(_role_of, inside + after) if r), None)
    if name is None:
        name = next((r for r in map(_role_of, reversed(before)) if r), None)
    if _periodic(after[:3]):
        return (name or "") + "/period"
    return name
