"""Candidate ranking weights: how much a shared blocking key says that two claims tell one fact.

Needs: blocking keys (strings from ``keys.blocking_keys``: ``q:unit:value``, ``q:unit:eN``, ``ev:``,
``q:#:value``, ``q:of:total``, ``subj:``, ``ent:``, ``tr:``, ``src:``, ``d:``, ``w:``, ``x:``) and two claims' key texts. Adds: a weight per
key class (``lexicons/relate_rank.json``): the frame (an exact figure, the event, the subject or entity,
the figure's order of magnitude) outweighs shared words, which claims of two languages never share;
and ``similarity()``, a fuzzy wording score that is neutral for key texts of two scripts.
"""
from __future__ import annotations

from functools import lru_cache

from ..lexicons import load_json
from .keys import fuzzy_score

_ARABIC = ("\u0600", "\u06ff")


@lru_cache(maxsize=1)
def _weights() -> dict[str, float]:
    return {k: float(v) for k, v in load_json("", "relate_rank")["weights"].items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def cross_script_similarity() -> float:
    return float(load_json("", "relate_rank")["cross_script_similarity"])


_Q_CLASSES = {"#": "qn", "of": "qt"}  # unit part of a ``q:`` key → class: bare count, whole of a part
_D_CLASSES = {4: "d", 7: "dm", 10: "dd"}  # length of a ``d:`` value → class: year, month, day


@lru_cache(maxsize=65536)
def key_weight(key: str) -> float:
    """Class weight of a blocking key: ``q:`` keys are an exact value unless their last part is an
    order-of-magnitude bucket (``e3``), a bare count (``q:#:11``) or a whole (``q:of:16``); ``d:``
    keys are a year, a month or a day by their length."""
    prefix, _, rest = key.partition(":")
    if prefix == "q":
        unit, _, bucket = rest.rpartition(":")
        prefix = _Q_CLASSES.get(unit) or ("qb" if bucket[:1] == "e" and bucket[1:].lstrip("-").isdigit() else "qv")
    elif prefix == "d":
        prefix = _D_CLASSES.get(len(rest), "d")
    return _weights().get(prefix, 1.0)


def _arabic(text: str) -> bool:
    return any(_ARABIC[0] <= ch <= _ARABIC[1] for ch in text[:40])


def similarity(mine: str, theirs: str) -> float:
    """0..100 wording similarity of two key texts; texts of two scripts share no words by construction,
    so they get a neutral score instead of 0 (the frame, not the wording, ranks them)."""
    if not mine or not theirs:
        return 0.0
    if _arabic(mine) != _arabic(theirs):
        return cross_script_similarity()
    return fuzzy_score(mine, theirs)
