"""Polarity signals between two claims' keys: negation, opposite antonym poles, failure, same
direction, and swapped roles (one act, its two parties in the other order).

Needs: two ``ClaimKeys`` (their negation cues and antonym poles by scale, ``keys._scales``). Adds:
``Signal`` objects (``features.Signal``) of kind "negation", "antonym" or "swap", each with a plain-words
reason; every function is symmetric in its two arguments. ``features`` re-exports them.
"""
from __future__ import annotations

from functools import cache, lru_cache

from ..lexicons import load_json, load_list
from ..text.normalize import fold, stem
from .features import Signal, root, roots
from .keys import ClaimKeys
from .lexicon import entity_index, polar_lookup, scale
from .names import skeleton


def negation(ka: ClaimKeys, kb: ClaimKeys) -> list[Signal]:
    """Only one side negated (in its words, or by a denial verb reporting it); else one side says a
    thing was absent that the other states ("without an agreement" vs "with an agreement", "without
    casualties" vs "killed 500")."""
    if ka.negated == kb.negated:
        return absence(ka, kb) if ka.lacks or kb.lacks else []
    k = ka if ka.negated else kb
    if k.denial:
        return [Signal("negation", "conflict", f"only one is denied ('{k.denial}')")]
    return [Signal("negation", "conflict", f"only one is negated ('{k.negations[0]}')")]


def absence(ka: ClaimKeys, kb: ClaimKeys) -> list[Signal]:
    """A word one side says was absent ("without warrants", «دون اتفاق») that the other states and
    does not say was absent (another form of it, or a word of the other's event: «دون سقوط ضحايا» vs
    «مقتل 500»). The absent circumstance alone negates nothing: "arrested 5 without warrants" and
    "arrested 5" tell one arrest."""
    for k, other in ((ka, kb), (kb, ka)):
        said_absent = {root(w) for _, w in other.lacks}
        stated = roots(other.tokset) - said_absent
        for cue, word in sorted(k.lacks):
            r = root(word)
            if r not in said_absent and (r in stated or other.event and _triggers(other.event, word)):
                return [Signal("negation", "conflict", f"only one says without '{word}' ('{cue}')")]
    return []


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
    if len(signs_a) != 1 or 0 in signs_a or signs_a != {-s for s in signs_b}:  # (0, no change, has no mirror)
        return None
    return ua[0][1], ub[0][1]


def _swapped_poles(ka: ClaimKeys, kb: ClaimKeys, pa: tuple, pb: tuple) -> list[Signal]:
    """Both sides hold both poles of a scale, each pole next to one of two words both name, the
    words swapped ("the dollar fell and gold rose" vs "the dollar rose and gold fell"). When both
    name two movers (a currency, a commodity, a company: ``MOVERS``) the poles attach to them, not to
    the words around them ("a rise in oil prices as the dollar falls sharply"); a word both attach
    a pole to, in opposite directions, decides, unless another word keeps its direction."""
    common = roots(ka.content) & roots(kb.content)
    movers = _movers(ka) & _movers(kb)
    if len(movers) < 2:
        movers = frozenset()
    ta, tb = _attached(ka.tokens, pa, common, movers), _attached(kb.tokens, pb, common, movers)
    if not ta or not tb:
        return []
    shared = ta.keys() & tb.keys()
    differ = sorted(w for w in shared if ta[w][0] != tb[w][0])
    if not differ or len(differ) < len(shared):
        return []
    at = differ[0]
    name = min(t for t in ka.tokens + kb.tokens if _label(t, movers) == at)
    first, second = sorted((ta[at][1], tb[at][1]))
    return [Signal("antonym", "conflict", f"swapped directions: one says '{first}' of '{name}', the other '{second}'")]


# entity classes a move belongs to (``match_entities``): a place is where a move happens, not what moves
MOVERS = ("currency", "commodity", "company", "organisation")


def _movers(k: ClaimKeys) -> frozenset[str]:
    return frozenset(e for e, c in k.entities.items() if c in MOVERS) if k.entities else frozenset()


def _label(token: str, movers: frozenset[str]) -> str:
    """What a pole may attach to: the mover a token names (one of ``movers``), else its root."""
    if movers:
        hit = entity_index()[0].get(token)
        if hit and hit[1] in movers:
            return hit[1]
    return root(token)


def _attached(tokens: tuple[str, ...], poles: tuple, common: frozenset[str],
              movers: frozenset[str] = frozenset()) -> dict[str, tuple] | None:
    """Word (root, or mover id when ``movers`` are given: then only movers are candidates) each of
    the two poles stands next to, among ``common`` roots, as {word: (sign, pole word)}: the pairing
    with the least distance, None when two pairings tie or a pole is not found."""
    rs = [root(t) for t in tokens]
    found = [_find(rs, w) for _, w in poles]
    at = [i for i in found if i is not None]
    if len(at) < len(found):
        return None
    labels = [_label(t, movers) for t in tokens] if movers else rs
    near = at[0] - 3, at[0] + 3, at[1] - 3, at[1] + 3  # a pole stands next to a word within three
    spots = [(i, x) for i, x in enumerate(labels) if i not in at and (x in movers if movers else x in common)
             and (near[0] <= i <= near[1] or near[2] <= i <= near[3])]
    if len(spots) < 2:
        return None
    costs = sorted((abs(i - at[0]) + abs(j - at[1]), x, y) for i, x in spots for j, y in spots if x != y)
    if not costs or len(costs) > 1 and costs[0][0] == costs[1][0]:
        return None  # (one word named twice is no pair of names)
    _, x, y = costs[0]
    return {x: poles[0], y: poles[1]}


def _find(rs: list[str], word: str) -> int | None:
    """Index of a pole word among a claim's token roots (its clitic و/ف kept or dropped)."""
    for r in {_pole_root(word), _pole_root(word[1:]) if len(word) > 3 and word[0] in "وف" else None} - {None}:
        if r in rs:
            return rs.index(r)
    return None


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
    if fa and not fb:
        word, other = fa, kb
    elif fb and not fa:
        word, other = fb, ka
    else:
        return []
    if other.scales and not _scales_of(word).isdisjoint(other.scales) or root(stem(fold(word))) in roots(other.tokset):
        return []  # (the other side on the word's own scale: an antonym or the same pole; another form)
    return [Signal("antonym", "conflict", f"only one says it failed or did not happen ('{word}')")]


def _failed(k: ClaimKeys) -> str | None:
    """The word saying the act failed or did not happen: the failure pole when the claim holds only
    that pole of ``FAILURE_SCALE``, else a privative word (as listed)."""
    poles = k.scales.get(FAILURE_SCALE) if k.scales else None
    if poles and all(sign < 0 for sign, _ in poles):
        return poles[0][1]
    hits = _privative_forms().intersection(k.tokset)
    if hits and k.event:  # the word that names the claim's own event is the act ("ألغت 500 وظيفة": a layoff)
        hits = frozenset(h for h in hits if not _triggers(k.event, h))
    return privative_words()[min(hits)] if hits else None


@lru_cache(maxsize=4096)
def _triggers(event: str, word: str) -> bool:
    """Whether a folded or stemmed word is a trigger of ``event`` in either language's event lexicon
    (``lexicons/<lang>/events.json``: its triggers and its weak triggers, a final * a prefix)."""
    for lang in ("ar", "en"):
        entry = load_json(lang, "events").get("events", {}).get(event) or {}
        for w in (*entry.get("triggers", ()), *entry.get("weak", ())):
            if " " in w:
                continue
            f = fold(w)
            if f.endswith("*") and word.startswith(f[:-1]) or word in (f, stem(f)):
                return True
    return False


@lru_cache(maxsize=1024)
def _scales_of(word: str) -> frozenset[str]:
    """The antonym scales a failure or privative word is a pole of, and ``FAILURE_SCALE`` (cancel
    is a pole of "decision": against "rejected" it is no failure of the act)."""
    return frozenset(scale(g) for g, _ in polar_lookup(stem(fold(word)))) | {FAILURE_SCALE}


@cache
def _privative_forms() -> frozenset[str]:
    return frozenset(privative_words())


# languages whose claim keys tell an active act from a passive one with its agent ("warned by"): in
# Arabic headlines the act is an active imperfect verb (``_act``); English keys drop "is" and "by"
VOICED = ("ar",)


def reversal(ka: ClaimKeys, kb: ClaimKeys) -> list[Signal]:
    """One language, one act with its two parties in the other order: "X <act> Y" vs "Y <act> X"
    ("Merkel warns Trump" vs "Trump warns Merkel", "الصين تتحدى أميركا" vs "أميركا تتحدى الصين").
    Parties are names (an entity, a capitalised English word; in Arabic any word that is no antonym
    pole) right next to the act, the second maybe after a word both say there ("تستدعي سفير المغرب");
    the act is no name, number nor move (in Arabic an imperfect verb, يـ/تـ) and not one that goes
    both ways ("meets", "talks with": ``reciprocal_roots``). Arabic only: English keys keep no voice,
    and "Trump is warned by Merkel" reads "trump warn merkel" (``VOICED``)."""
    if ka.language != kb.language or ka.language not in VOICED or len(ka.tokens) < 3 or len(kb.tokens) < 3:
        return []
    la, _, acts = _parties(ka.text, ka.language, ka.proper)  # (``text``: the tokens joined, its hash kept)
    if not acts:
        return []
    lb, at, acts_b = _parties(kb.text, kb.language, kb.proper)
    for i in acts:
        j = at.get(la[i][0], -1)
        if j not in acts_b:
            continue
        k = 2 if la[i + 1][0] == lb[j + 1][0] and la[i + 1][0][0] != "#" and i + 2 < len(la) else 1
        (x, px, _), (y, py, _) = la[i - 1], la[i + k]
        if px and py and x != y and lb[j - 1][0] == y and j + k < len(lb) and lb[j + k][0] == x:
            first, second = sorted(" ".join(t for _, _, t in side) for side in (la[i - 1:i + k + 1], lb[j - 1:j + k + 1]))
            return [Signal("swap", "conflict", f"swapped roles: one says '{first}', the other '{second}'")]
    return []


def _act(token: str, language: str) -> bool:
    """Whether a word may be the act between two parties: no rise or fall (a move belongs to one
    side: "gold rises, the dollar falls"), in Arabic an imperfect verb (يحذر, تتحدى)."""
    return ((language != "ar" or len(token) >= 4 and token[0] in "يت")
            and not any(scale(g) in _MOVES for g, _ in polar_lookup(token)))


_MOVES = ("movement", "level")  # antonym scales of a move or level, said of one side (match_antonyms.json)


@lru_cache(maxsize=16384)
def _parties(text: str, language: str, proper: frozenset[str]) -> tuple[tuple, dict, frozenset]:
    """(label, party?, word) per content word in order: an entity (of one or more words) is a party
    labelled by its id, a name (``proper``) or (Arabic) a word that is no pole a party labelled by its
    root, a number None; the index of each label (-1 when said twice: it places nothing); the
    indices of words that may be an act between two others (``_act``; no entity, number, English name)."""
    single, multi = entity_index()
    toks, i = text.split(" "), 0
    out: list[tuple[str, bool | None, str]] = []
    while i < len(toks):
        t, step = toks[i], 1
        if hit := next(((h, n) for n in (3, 2) if (h := multi.get(tuple(toks[i:i + n])))), None):
            (_, eid), step = hit
            out.append(("#" + eid, True, " ".join(toks[i:i + step])))
        elif (h := single.get(t)) is not None:
            out.append(("#" + h[1], True, t))
        elif t[0].isdigit():
            out.append((t, None, t))
        elif language == "en":
            out.append((root(t), skeleton(t) in proper, t))
        else:
            out.append((root(t), len(t) >= 3 and not polar_lookup(t), t))
        i += step
    at: dict[str, int] = {}
    for j, (label, _, _) in enumerate(out):
        at[label] = -1 if label in at else j
    acts = frozenset(j for j, (label, party, t) in enumerate(out) if 0 < j < len(out) - 1 and party is not None
                     and label[0] != "#" and not (language == "en" and party) and _act(t, language)
                     and label not in reciprocal_roots())
    return tuple(out), at, acts


@cache
def reciprocal_roots() -> frozenset[str]:
    """Roots of acts that go both ways (meet, talk, clash: ``reciprocal`` of relate_synonyms.json)."""
    return frozenset(root(stem(fold(w))) for lang in ("ar", "en")
                     for w in load_json(lang, "relate_synonyms").get("reciprocal", ()))
