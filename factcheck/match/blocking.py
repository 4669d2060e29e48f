"""Blocking keys: the strings two tellings of one fact are likely to share, for candidate generation.

Needs: a claim's ``ClaimKeys`` (keys.py). Adds: ``blocking_keys()``, the keys a stored claim is
indexed under and a new claim looks up (store/matching.py reads the rarest first):

- single keys: event (``ev:``), subject skeletons (``subj:``), entities (``ent:``), cited sources
  (``src:``), name skeletons (``tr:``), figures with and without their unit and their order of
  magnitude (``q:``), dates at year and at their own precision (``d:``), the longest content words (``w:``);
- compound keys (``x:anchor|facet``): what the claim is about (a subject skeleton, an entity it may
  be about, its event) joined with what it states (a figure's value whatever its unit, the whole of
  a part, a date at its precision). A subject or an event alone is shared by thousands of claims in
  a large store, and its posting list is read only in part; "this company and 500" or "this
  layoff and 14 March" names few claims, so the tellings of an older story stay within reach.
  Every compound part is language-independent (skeletons, entity ids, numbers, ISO dates).
"""
from __future__ import annotations

import math
import re

from ..models import Claim
from .keys import ClaimKeys, claim_keys
from .names import INITIALS
from .qkeys import QKey, is_count

_ISO = re.compile(r"^\d{4}-\d\d(?:-\d\d)?$")  # a date finer than its year
MAX_COMPOUND = 16  # compound keys per claim (anchors × facets, most specific first)


def _bucket(value: float) -> str:
    """Order of magnitude bucket: 480 and 520 both land in "e2"."""
    return f"e{int(math.floor(math.log10(abs(value))))}" if value else "e0"


def _figure_keys(quantities: tuple[QKey, ...]) -> set[str]:
    """Per figure: its value and order of magnitude in its unit (``q:person:11``, ``q:person:e1``),
    the value whatever counts it (``q:#:11``: one telling names the counted noun, another leaves it
    out), and the whole it is part of (``q:of:16``). Money and ratios keep their unit only."""
    out: set[str] = set()
    for q in quantities:
        unit = q.unit or "-"
        out.add(f"q:{unit}:{_bucket(q.value)}")
        out.add(f"q:{unit}:{q.value:g}")
        if is_count(q.unit):
            out.add(f"q:#:{q.value:g}")
        if q.total:
            out.add(f"q:of:{q.total:g}")
    return out


def _date_keys(dates: tuple[str, ...]) -> set[str]:
    """Per date: its year, and the date itself at its precision (``d:2025``, ``d:2025-01-31``)."""
    out: set[str] = set()
    for d in dates:
        out.add(f"d:{d[:4]}")
        if _ISO.match(d):
            out.add(f"d:{d}")
    return out


def _facets(k: ClaimKeys) -> list[str]:
    """What a claim states, language-independent: figure values (``500``; money in base units, so
    4.3 billion and 4,300 million meet), wholes (``of12``) and dates at their precision."""
    out = [f"{q.value:g}" for q in k.quantities]
    out += [f"of{q.total:g}" for q in k.quantities if q.total]
    out += list(k.dates)
    return list(dict.fromkeys(out))


def _anchors(k: ClaimKeys) -> list[str]:
    """What a claim is about: subject skeletons (else those of its source when that may be its
    subject: "Orbitel said it cut …"), entities that may be its actors, then its event."""
    out = [f"s{s}" for s in sorted(k.subjects or k.context) if len(s) >= 3][:2]
    out += [f"e{e}" for e in sorted(k.actors)][:2]
    if k.event:
        out.append(f"v{k.event}")
    return out


def compound_keys(k: ClaimKeys) -> set[str]:
    """``x:anchor|facet`` keys, and ``x:facet|facet`` for two things stated together ("6 of 12",
    "500 on 14 March"); a claim that states no figure or date joins its subjects and entities with
    its event instead (``x:srbtl|vlayoff``)."""
    anchors, facets = _anchors(k), _facets(k)
    if not facets:
        facets = [f"v{k.event}"] if k.event else []
        anchors = [a for a in anchors if a[0] != "v"]
    pairs = [f"x:{a}|{f}" for a in anchors for f in facets]
    pairs += [f"x:{f}|{g}" for i, f in enumerate(facets) for g in facets[i + 1:]]
    return set(pairs[:MAX_COMPOUND])


def blocking_keys(claim: Claim, max_tokens: int = 4, max_names: int = 6) -> set[str]:
    """Keys two matching claims are likely to share (see the module docstring)."""
    k = claim_keys(claim)
    keys = {f"ent:{e}" for e in k.entities} | {f"src:{e}" for e in k.sources}
    if k.event:
        keys.add(f"ev:{k.event}")
    keys |= {f"subj:{s}" for s in k.subjects if len(s) >= 3}
    spelt = sorted((n for n in k.names if n[0] != INITIALS), key=lambda n: (-len(n), n))  # not initialisms
    keys |= {f"tr:{n}" for n in spelt[:max_names] if len(n) >= 3}
    keys |= _figure_keys(k.quantities)
    keys |= _date_keys(k.dates)
    keys |= compound_keys(k)
    for tok in sorted(k.content, key=lambda t: (-len(t), t))[:max_tokens]:
        keys.add(f"w:{tok}")
    return keys
