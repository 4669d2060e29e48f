"""The learned part of ``relate``: a logistic model over symmetric pair features, plus word and
word-pair contradiction lexicons learned from the ANS train split (``tools/train_ans.py``).

Needs: two ``ClaimKeys`` and ``lexicons/relate_model.json`` (missing → neutral model). Adds: the
feature vector, the probability that the pair conflicts, and the learned cues behind it.
"""
from __future__ import annotations

import math
from functools import cache

from ..lexicons import load_json
from . import features as F
from .keys import ClaimKeys
from .lexicon import learned

FEATURES = ("bias", "negation", "antonym", "swap", "number_conflict", "number_agree", "quantity_conflict",
            "quantity_agree", "date_differ", "jaccard", "containment", "learned_word", "learned_word_sum",
            "learned_pair", "unique_share")


@cache
def model() -> dict:
    """Weights and learned lexicons (``{"weights": {...}, "words": {...}, "pairs": {...}}``)."""
    return load_json("", "relate_model")


def _diff(ka: ClaimKeys, kb: ClaimKeys) -> tuple[frozenset[str], frozenset[str]]:
    return ka.tokset - kb.tokset, kb.tokset - ka.tokset


def pair_key(x: str, y: str) -> str:
    return f"{x}|{y}" if x <= y else f"{y}|{x}"


def learned_cues(ka: ClaimKeys, kb: ClaimKeys, words: dict, pairs: dict, diff=None) -> tuple[list, list]:
    """(word, weight) for words only one side has, ((x, y), weight) for swapped word pairs."""
    only_a, only_b = diff or _diff(ka, kb)
    wcues = sorted(((w, words[w]) for w in only_a | only_b if w in words), key=lambda c: (-abs(c[1]), c[0]))
    pcues = []
    for x in only_a:
        for y in only_b:
            w = pairs.get(pair_key(x, y))
            if w is not None:
                pcues.append(((x, y) if x <= y else (y, x), w))
    pcues.sort(key=lambda c: (-abs(c[1]), c[0]))
    return wcues, pcues


def shipped_cues(ka: ClaimKeys, kb: ClaimKeys, only_b: frozenset[str]) -> tuple[list, list]:
    """``learned_cues`` for the shipped model from the cue lookups precomputed in each ClaimKeys."""
    wcues = [c for c in ka.wcues if c[0] not in kb.tokset] + [c for c in kb.wcues if c[0] not in ka.tokset]
    wcues.sort(key=lambda c: (-abs(c[1]), c[0]))
    pcues = []
    if ka.partners and only_b:
        for x, partners in ka.partners:
            if x in kb.tokset:
                continue
            for y in only_b:
                w = partners.get(y)
                if w is not None:
                    pcues.append(((x, y) if x <= y else (y, x), w))
    pcues.sort(key=lambda c: (-abs(c[1]), c[0]))
    return wcues, pcues


def vector(ka: ClaimKeys, kb: ClaimKeys, words: dict | None = None, pairs: dict | None = None,
           signals: list | None = None) -> dict:
    """Symmetric features of a pair (lexicons default to the shipped model's; ``signals`` may pass
    the quantity/number/date/negation/antonym/swap signals already computed)."""
    diff = _diff(ka, kb)
    only_a, only_b = diff
    if words is None and pairs is None:
        wcues, pcues = shipped_cues(ka, kb, only_b)
    else:
        wcues, pcues = learned_cues(ka, kb, words or {}, pairs or {}, diff)
    if signals is None:
        signals = (F.quantities(ka, kb) + F.numbers(ka, kb) + F.dates(ka, kb) + F.negation(ka, kb)
                   + F.antonyms(ka, kb) + F.swaps(ka, kb))
    verdicts = {(s.kind, s.verdict) for s in signals}
    kinds = [s.kind for s in signals]
    small = min(len(ka.content), len(kb.content)) or 1
    n = len(only_a) + len(only_b)
    total = len(ka.tokset | kb.tokset) or 1
    return {
        "bias": 1.0,
        "negation": float("negation" in kinds),
        "antonym": float(kinds.count("antonym")),
        "swap": float(kinds.count("swap")),
        "number_conflict": float(("number", "conflict") in verdicts),
        "number_agree": float(("number", "agree") in verdicts),
        "quantity_conflict": float(("quantity", "conflict") in verdicts),
        "quantity_agree": float(("quantity", "agree") in verdicts),
        "date_differ": float(("date", "differ") in verdicts),
        "jaccard": F.jaccard(ka, kb),
        "containment": len(ka.content & kb.content) / small,
        "learned_word": max((w for _, w in wcues), default=0.0),
        "learned_word_sum": math.tanh(sum(w for _, w in wcues) / 4),
        "learned_pair": max((w for _, w in pcues), default=0.0),
        "unique_share": n / total,
    }


def probability(vec: dict, weights: dict | None = None) -> float:
    """P(conflict | features) under the logistic weights (0.5 when no model is shipped)."""
    weights = learned()[2] if weights is None else weights
    z = sum(weights.get(k, 0.0) * v for k, v in vec.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
