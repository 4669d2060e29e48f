"""The learned part of ``relate``: a logistic model over symmetric pair features, plus word and
word-pair contradiction lexicons learned from the ANS train split (``tools/train_ans.py``).

Needs: two ``ClaimKeys`` and ``lexicons/relate_model.json`` (missing → neutral model). Adds: the
feature vector, the probability that the pair conflicts, and the learned cues behind it (forms of
one word meet on ``features.root``: اوروبا/اوروبي or يهدد/تهديد are never a one-sided word or a
learned pair); ``substitution``, the model's rule signal for one wording but a word replaced, lives in
``substitution.py`` and is re-exported here.
"""
from __future__ import annotations

import math
from functools import cache, lru_cache

from ..lexicons import load_json
from . import features as F
from .keys import ClaimKeys
from .lexicon import learned
from .substitution import SUB_MAX, SUB_SHARED, substitution  # noqa: F401  (re-exported)

FEATURES = ("bias", "negation", "antonym", "swap", "number_conflict", "number_agree", "quantity_conflict",
            "quantity_agree", "date_differ", "jaccard", "containment", "learned_word", "learned_word_sum",
            "learned_pair", "unique_share")
# rule signals the model also weighs, beyond the base vector (``extra``): kept apart so the base
# vector stays what the stored keys and their tests compute
EXTRA = ("substitution",)


@cache
def model() -> dict:
    """Weights and learned lexicons (``{"weights": {...}, "words": {...}, "pairs": {...}}``)."""
    return load_json("", "relate_model")


def _diff(ka: ClaimKeys, kb: ClaimKeys) -> tuple[frozenset[str], frozenset[str]]:
    """Words only one side has in any form (اوروبا vs اوروبي, يهدد vs تهديد are one word: ``F.root``)."""
    a, b = ka.tokset, kb.tokset
    ra, rb = F.roots(a), F.roots(b)
    return frozenset(w for w in a - b if F.root(w) not in rb), frozenset(w for w in b - a if F.root(w) not in ra)


@lru_cache(maxsize=16384)
def _proclitic(tokset: frozenset[str]) -> frozenset[str]:
    """Words of a token set that keep an Arabic one-letter proclitic (ب ل ف و ك), with it dropped
    (برغم → رغم): a learned word said so by the other side is not one side's only."""
    return frozenset(t[1:] for t in tokset if len(t) > 3 and t[0] in "بلفوك")


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
    """``learned_cues`` for the shipped model from the cue lookups precomputed in each ClaimKeys (a
    word counts as one side's only when the other has it in no form, ``F.root``)."""
    ra, rb = F.roots(ka.tokset), F.roots(kb.tokset)
    pa, pb = _proclitic(ka.tokset), _proclitic(kb.tokset)
    wcues = ([c for c in ka.wcues if F.root(c[0]) not in rb and c[0] not in pb]
             + [c for c in kb.wcues if F.root(c[0]) not in ra and c[0] not in pa])
    wcues.sort(key=lambda c: (-abs(c[1]), c[0]))
    pcues = []
    if ka.partners and only_b:
        for x, partners in ka.partners:
            if F.root(x) in rb:
                continue
            for y in only_b:
                w = partners.get(y)
                if w is not None and F.root(y) not in ra:
                    pcues.append(((x, y) if x <= y else (y, x), w))
    pcues.sort(key=lambda c: (-abs(c[1]), c[0]))
    return wcues, pcues


def vector(ka: ClaimKeys, kb: ClaimKeys, words: dict | None = None, pairs: dict | None = None,
           signals: list | None = None) -> dict:
    """Symmetric features of a pair (lexicons default to the shipped model's; ``signals`` may pass
    the quantity/number/date/negation/antonym/swap signals already computed)."""
    if signals is None:
        signals = (F.quantities(ka, kb) + F.numbers(ka, kb) + F.dates(ka, kb) + F.negation(ka, kb)
                   + F.antonyms(ka, kb) + F.swaps(ka, kb))
    return dict(zip(FEATURES, values(ka, kb, signals, words, pairs), strict=True))


def values(ka: ClaimKeys, kb: ClaimKeys, signals: list, words: dict | None = None, pairs: dict | None = None,
           shared: int | None = None) -> tuple[float, ...]:
    """``vector`` as a tuple in ``FEATURES`` order (``shared``: size of the content overlap, when known)."""
    ta, tb = ka.tokset, kb.tokset
    if words is None and pairs is None:
        wcues = _one_sided_cues(ka, kb)
        if len(wcues) > 1:  # summed below in this order, as shipped_cues sorts them
            wcues.sort(key=_cue_order)
        pair_max = _pair_max(ka, kb)
    else:
        wcues, pcues = learned_cues(ka, kb, words or {}, pairs or {}, _diff(ka, kb))
        pair_max = max((w for _, w in pcues), default=0.0)
    flags = _signal_flags(signals) if signals else _NO_SIGNALS
    ca, cb = ka.content, kb.content
    inter = len(ca & cb) if shared is None else shared
    small = min(len(ca), len(cb)) or 1
    both = len(ta & tb)
    n = len(ta) + len(tb) - 2 * both  # words only one side has
    total = (len(ta) + len(tb) - both) or 1
    return (
        1.0,
        *flags,
        inter / (len(ca) + len(cb) - inter) if ca and cb else 0.0,  # F.jaccard
        inter / small,
        max((w for _, w in wcues), default=0.0),
        math.tanh(sum(w for _, w in wcues) / 4),
        pair_max,
        n / total,
    )


_FLAGGED = (("number", "conflict"), ("number", "agree"), ("quantity", "conflict"), ("quantity", "agree"),
            ("date", "differ"))
_NO_SIGNALS = (0.0,) * (3 + len(_FLAGGED))


def _signal_flags(signals: list) -> tuple[float, ...]:
    """Features "negation" … "date_differ" of ``FEATURES`` from the pair's signals."""
    verdicts = {(s.kind, s.verdict) for s in signals}
    kinds = [s.kind for s in signals]
    return (float("negation" in kinds), float(kinds.count("antonym")), float(kinds.count("swap")),
            *(float(v in verdicts) for v in _FLAGGED))


def _cue_order(c: tuple[str, float]) -> tuple[float, str]:
    return -abs(c[1]), c[0]


def _one_sided_cues(ka: ClaimKeys, kb: ClaimKeys) -> list[tuple[str, float]]:
    """Learned word cues of either side that the other has in no form (unsorted)."""
    out = []
    if ka.wcues:
        tb, rb, pb = kb.tokset, F.roots(kb.tokset), _proclitic(kb.tokset)
        out = [c for c in ka.wcues if c[0] not in tb and F.root(c[0]) not in rb and c[0] not in pb]
    if kb.wcues:
        ta, ra, pa = ka.tokset, F.roots(ka.tokset), _proclitic(ka.tokset)
        out += [c for c in kb.wcues if c[0] not in ta and F.root(c[0]) not in ra and c[0] not in pa]
    return out


def extra(signals: list) -> tuple[float, ...]:
    """The ``EXTRA`` features from a pair's signals."""
    for s in signals:
        if s.kind == "substitution":
            return (1.0,)
    return (0.0,)


def _pair_max(ka: ClaimKeys, kb: ClaimKeys) -> float:
    """The heaviest learned word pair of ``shipped_cues`` (0.0 when there is none)."""
    if not ka.partners:
        return 0.0
    ta, tb = ka.tokset, kb.tokset
    only_b = tb - ta
    if not only_b:
        return 0.0
    best = None
    ra = rb = None  # roots, looked up only for a hit (forms of one word are no pair: ``F.root``)
    for x, partners in ka.partners:
        if x in tb:
            continue
        if len(partners) < len(only_b):  # walk the smaller side (the maximum is order-free)
            hits = [(w, y) for y, w in partners.items() if y in only_b]
        else:
            hits = [(w, y) for y in only_b if (w := partners.get(y)) is not None]
        if not hits:
            continue
        if ra is None or rb is None:
            ra, rb = F.roots(ta), F.roots(tb)
        if F.root(x) in rb:
            continue
        ws = [w for w, y in hits if F.root(y) not in ra]
        if ws and (best is None or max(ws) > best):
            best = max(ws)
    return 0.0 if best is None else best


def probability(vec: dict, weights: dict | None = None) -> float:
    """P(conflict | features) under the logistic weights (0.5 when no model is shipped)."""
    weights = learned()[2] if weights is None else weights
    return _logistic(sum(weights.get(k, 0.0) * v for k, v in vec.items()))


@cache
def _shipped_row() -> tuple[float, ...]:
    weights = learned()[2]
    return tuple(weights.get(k, 0.0) for k in FEATURES)


def shipped_probability(vals: tuple[float, ...]) -> float:
    """``probability`` of a ``values`` tuple under the shipped weights (same sum, same order)."""
    return _logistic(sum([w * v for w, v in zip(_shipped_row(), vals, strict=True)]))


def shipped_p(ka: ClaimKeys, kb: ClaimKeys, signals: list, shared: int) -> float:
    """``shipped_probability(values(ka, kb, signals, shared=shared))`` in one pass: the same products
    summed in the same order (a zero feature adds nothing, so it is skipped)."""
    w = _shipped_row()
    z = 0 + w[0]
    if signals:
        for i, v in enumerate(_signal_flags(signals), 1):
            if v:
                z += w[i] * v
    ta, tb = ka.tokset, kb.tokset
    ca, cb = ka.content, kb.content
    if ca and cb:
        z += w[9] * (shared / (len(ca) + len(cb) - shared))
    small = min(len(ca), len(cb)) or 1
    if shared:
        z += w[10] * (shared / small)
    wcues = _one_sided_cues(ka, kb)
    if wcues:
        if len(wcues) > 1:
            wcues.sort(key=_cue_order)
        z += w[11] * max(c[1] for c in wcues)
        z += w[12] * math.tanh(sum(c[1] for c in wcues) / 4)
    pair_max = _pair_max(ka, kb)
    if pair_max:
        z += w[13] * pair_max
    both = len(ta & tb)
    n = len(ta) + len(tb) - 2 * both
    if n:
        z += w[14] * (n / ((len(ta) + len(tb) - both) or 1))
    if signals and extra(signals)[0]:
        z += _extra_row()[0]
    return _logistic(z)


@cache
def _extra_row() -> tuple[float, ...]:
    weights = learned()[2]
    return tuple(weights.get(k, 0.0) for k in EXTRA)


def _logistic(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
