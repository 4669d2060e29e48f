"""Polarity signals between two claims' keys: negation, opposite antonym poles, failure and same direction.

Needs: two ``ClaimKeys`` (their negation cues and antonym poles by scale, ``keys._scales``). Adds:
``Signal`` objects (``features.Signal``) of kind "negation" or "antonym", each with a plain-words
reason; every function is symmetric in its two arguments. ``features`` re-exports them.
"""
from __future__ import annotations

from functools import cache, lru_cache

from ..lexicons import load_list
from ..text.normalize import fold, stem
from .features import Signal, root, roots
from .keys import ClaimKeys
from .lexicon import polar_lookup, scale


def negation(ka: ClaimKeys, kb: ClaimKeys) -> list[Signal]:
    """Only one side negated (in its words, or by a denial verb reporting it)."""
    if ka.negated == kb.negated:
        return []
    k = ka if ka.negated else kb
    if k.denial:
        return [Signal("negation", "conflict", f"only one is denied ('{k.denial}')")]
    return [Signal("negation", "conflict", f"only one is negated ('{k.negations[0]}')")]


def antonyms(ka: ClaimKeys, kb: ClaimKeys, skip: frozenset[str] = frozenset()) -> list[Signal]:
    """Scales (of either language, not in ``skip``) where each side holds a pole the other lacks, the
    poles opposite."""
    if not ka.scales or not kb.scales:
        return []
    shared = ka.scales.keys() & kb.scales.keys()
    if skip and shared:
        shared -= skip
    out = []
    for group in sorted(shared) if shared else ():
        pa, pb = ka.scales[group], kb.scales[group]
        sa, sb = {s for s, _ in pa}, {s for s, _ in pb}
        extra_a, extra_b = sa - sb, sb - sa
        if extra_a and extra_b:
            wa = next(w for s, w in pa if s in extra_a)
            wb = next(w for s, w in pb if s in extra_b)
            first, second = sorted((wa, wb))
            out.append(Signal("antonym", "conflict", f"one says '{first}', the other '{second}'"))
        elif len(sa | sb) == 2 and (words := _unshared_poles(pa, pb)):  # (one pole alone has no opposite)
            first, second = sorted(words)
            out.append(Signal("antonym", "conflict", f"one says '{first}', the other '{second}'"))
        elif len(sa) == 2 and len(sb) == 2 and len(pa) == 2 and len(pb) == 2:
            out += _swapped_poles(ka, kb, pa, pb)
    return out + _linked(ka, kb) if ka.scales.keys() != kb.scales.keys() else out


def _unshared_poles(pa: tuple, pb: tuple) -> tuple[str, str] | None:
    """A pole word of each side that the other lacks, the two of opposite poles, when one side also
    holds a pole both share ("gold fell after hints of a rate rise" vs "hints of a rate rise lift
    gold": 'rise' is on both sides, 'fell' and 'lift' only on one each): (word of a, word of b)."""
    ra, rb = {_pole_root(w) for _, w in pa}, {_pole_root(w) for _, w in pb}
    ua = [(s, w) for s, w in pa if _pole_root(w) not in rb]
    ub = [(s, w) for s, w in pb if _pole_root(w) not in ra]
    if not ua or not ub:
        return None
    signs_a, signs_b = {s for s, _ in ua}, {s for s, _ in ub}
    if len(signs_a) != 1 or signs_a != {-s for s in signs_b}:
        return None
    return ua[0][1], ub[0][1]


def _swapped_poles(ka: ClaimKeys, kb: ClaimKeys, pa: tuple, pb: tuple) -> list[Signal]:
    """Both sides hold both poles of a scale, each pole next to one of two words both name, the
    words swapped ("the dollar fell and gold rose" vs "the dollar rose and gold fell")."""
    common = roots(ka.content) & roots(kb.content)
    ta, tb = _attached(ka.tokens, pa, common), _attached(kb.tokens, pb, common)
    if not ta or not tb or ta.keys() != tb.keys():
        return []
    at = min(ta)
    if ta[at][0] == tb[at][0]:
        return []
    name = min(t for t in ka.tokens + kb.tokens if root(t) == at)
    first, second = sorted((ta[at][1], tb[at][1]))
    return [Signal("antonym", "conflict", f"swapped directions: one says '{first}' of '{name}', the other '{second}'")]


def _attached(tokens: tuple[str, ...], poles: tuple, common: frozenset[str]) -> dict[str, tuple] | None:
    """Word (root) each of the two poles stands next to, among ``common`` roots, as {root: (sign,
    pole word)}: the pairing with the least distance, None when two pairings tie or a pole is not found."""
    rs = [root(t) for t in tokens]
    at = [next((i for i, r in enumerate(rs) if r == _pole_root(w)), None) for _, w in poles]
    if None in at:
        return None
    near = at[0] - 3, at[0] + 3, at[1] - 3, at[1] + 3  # a pole stands next to a word within three
    spots = [(i, r) for i, r in enumerate(rs) if r in common and i not in at
             and (near[0] <= i <= near[1] or near[2] <= i <= near[3])]
    if len(spots) < 2:
        return None
    costs = sorted((abs(i - at[0]) + abs(j - at[1]), x, y) for i, x in spots for j, y in spots if x != y)
    if not costs or len(costs) > 1 and costs[0][0] == costs[1][0]:
        return None  # (one word named twice is no pair of names)
    _, x, y = costs[0]
    return {x: poles[0], y: poles[1]}


@lru_cache(maxsize=4096)
def _pole_root(word: str) -> str:
    """``root`` of a pole word as it stands among a claim's content words (stemmed)."""
    return root(stem(fold(word)))


# scales of match_antonyms.json whose poles go together: a high level comes with a rise, a low one
# with a fall ("at its highest" vs "fell")
LINKED_SCALES = (("movement", "level"),)


def _linked(ka: ClaimKeys, kb: ClaimKeys) -> list[Signal]:
    """Opposite poles on two linked scales, each side holding one pole of one scale and nothing of
    the other ("أعلى مستوى" vs "انخفاض")."""
    out = []
    for x, y in LINKED_SCALES:
        for ca, cb in ((ka, kb), (kb, ka)):
            pa, pb = ca.scales.get(x), cb.scales.get(y)
            if not pa or not pb or y in ca.scales or x in cb.scales:
                continue
            if len({s for s, _ in pa}) == 1 and len({s for s, _ in pb}) == 1 and pa[0][0] != pb[0][0]:
                first, second = sorted((pa[0][1], pb[0][1]))
                out.append(Signal("antonym", "conflict", f"one says '{first}', the other '{second}'"))
    return out


def same_direction(ka: ClaimKeys, kb: ClaimKeys) -> list[Signal]:
    """Scales (of either language) on which both sides hold the same single pole: "rose" and "ارتفعت"."""
    if not ka.scales or not kb.scales:
        return []
    out = []
    for group in sorted(ka.scales.keys() & kb.scales.keys()):
        wa, wb = dict(ka.scales[group]), dict(kb.scales[group])
        if len(wa) == 1 and wa.keys() == wb.keys():
            sign = next(iter(wa))
            out.append(Signal("antonym", "agree", f"both say '{wa[sign]}' / '{wb[sign]}'"))
    return out


# the scale whose minus pole says an act failed ("failed to take the town", فشلت في السيطرة): only
# one side saying so denies what the other reports done (match_antonyms.json, group "outcome")
FAILURE_SCALE = "outcome"


@cache
def privative_words() -> dict[str, str]:
    """Folded and stemmed forms of the words of both languages that say an act did not happen
    without a negation word (unable, avoided, ignored, skipped: ``lexicons/<lang>/relate_privative.txt``),
    each to the word as listed (for reasons: "skipp" → "skipped")."""
    out: dict[str, str] = {}
    for lang in ("ar", "en"):
        for w in load_list(lang, "relate_privative"):
            for form in (fold(w), stem(fold(w))):
                out.setdefault(form, w)
    return out


def failure(ka: ClaimKeys, kb: ClaimKeys) -> list[Signal]:
    """One side says the act failed or did not happen (the failure pole of ``FAILURE_SCALE`` and
    nothing else of it, or a privative word: ``privative_words``) and the other says nothing of the
    kind, in no form: "the army took the town" vs "the army failed to take the town", "India raised
    its oil imports" vs "India avoided oil imports". An opposite pole to the plain act (kind
    "antonym"): with a negation on the other side it cancels out ("failed to take" = "did not take")."""
    fa, fb = _failed(ka), _failed(kb)
    if bool(fa) == bool(fb):
        return []
    word, other = (fa, kb) if fa else (fb, ka)
    if other.scales and _scales_of(word) & other.scales.keys() or root(stem(fold(word))) in roots(other.tokset):
        return []  # (the other side on the word's own scale: an antonym or the same pole; another form)
    return [Signal("antonym", "conflict", f"only one says it failed or did not happen ('{word}')")]


def _failed(k: ClaimKeys) -> str | None:
    """The word saying the act failed or did not happen: the failure pole when the claim holds only
    that pole of ``FAILURE_SCALE``, else a privative word (as listed)."""
    poles = k.scales.get(FAILURE_SCALE) if k.scales else None
    if poles and all(sign < 0 for sign, _ in poles):
        return poles[0][1]
    hits = _privative_forms().intersection(k.tokset)
    return privative_words()[min(hits)] if hits else None


@lru_cache(maxsize=1024)
def _scales_of(word: str) -> frozenset[str]:
    """The antonym scales a failure or privative word is a pole of, and ``FAILURE_SCALE`` (cancel
    is a pole of "decision": against "rejected" it is no failure of the act)."""
    return frozenset(scale(g) for g, _ in polar_lookup(stem(fold(word)))) | {FAILURE_SCALE}


@cache
def _privative_forms() -> frozenset[str]:
    return frozenset(privative_words())
