"""Pair signals between two claims' keys: each a verdict on one dimension with a plain-words reason.

Needs: two ``ClaimKeys``. Adds: ``Signal`` objects for quantities, bare numbers, dates, entity swaps,
scope and topic overlap (negation, antonyms, failure and role reversal live in ``polarity.py``, whether two
claims share a subject in ``subjects.py``; both are re-exported here). Every function is symmetric in its
two arguments.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from ..lexicons import load_list
from .contest import same_side
from .keys import ClaimKeys
from .lexicon import modal_words  # noqa: F401  (re-exported: substitution reads F.modal_words)
from .places import (  # noqa: F401  (re-exported: relate and pair read them as F.*)
    figure_words,
    occurrences,
    places,
    places_apart,
    scope,
    spelled_out,
)
from .qkeys import QKey, across_languages, is_count, is_lemma
from .subjects import shared_subject  # noqa: F401  (re-exported: relate reads F.shared_subject)

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_UNIT_WORDS = {"person": "people", "percent": "%", None: ""}
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_QUAL_WORDS = {"exact": "", "about": "about ", "at_least": "at least ", "more_than": "more than ",
               "at_most": "at most ", "less_than": "less than "}


@dataclass(frozen=True, slots=True)
class Signal:
    """One dimension's verdict: ``agree``, ``conflict``, ``differ`` (different scope) or ``incomparable``."""

    kind: str
    verdict: str
    reason: str


def fmt_number(v: float) -> str:
    """4.3e9 → "4.3 billion", 500.0 → "500"."""
    for scale, word in _SCALES:
        if abs(v) >= scale:
            return f"{v / scale:.3g} {word}"
    return f"{v:,.10g}" if abs(v) >= 10000 else f"{v:.10g}"


@lru_cache(maxsize=16384)
def fmt_quantity(q: QKey, with_qualifier: bool = True) -> str:
    unit = _UNIT_WORDS.get(q.unit, q.unit or "")
    qual = _QUAL_WORDS.get(q.qualifier, "") if with_qualifier else ""
    num = fmt_number(q.value)
    body = f"{num}%" if unit == "%" else f"{num} {unit}".strip()
    if q.total:
        body += f" of {fmt_number(q.total)}"
    return qual + body


@lru_cache(maxsize=4096)
def fmt_date(value: str) -> str:
    """"2025-02" → "February 2025"."""
    parts = value.split("-")
    if len(parts) >= 2 and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
        month = _MONTHS[int(parts[1]) - 1]
        return f"{int(parts[2])} {month} {parts[0]}" if len(parts) == 3 else f"{month} {parts[0]}"
    return value


def _overlap(a: QKey, b: QKey) -> bool:
    if a.low > b.high or b.low > a.high:
        return False
    if a.total and b.total:
        return abs(a.total - b.total) <= 0.01 * max(a.total, b.total)
    return True


def _same_role(a: QKey, b: QKey) -> bool:
    """Figures measure the same thing: both per period or neither, and the same role unless one has none."""
    na, _, pa = (a.role or "").partition("/")
    nb, _, pb = (b.role or "").partition("/")
    return pa == pb and (na == nb or not na or not nb)


def _role_name(q: QKey) -> str:
    name, _, period = (q.role or "").partition("/")
    return (name or "amount") + (" per period" if period else "")


Figures = tuple[QKey, ...]


def _without_lemmas(qs: Figures) -> Figures:
    """``qs`` with their lemma units (``qkeys.is_lemma``) read as bare counts."""
    if not any(is_lemma(q.unit) for q in qs):
        return qs
    return tuple(map(across_languages, qs))


def _as_rate(qs: Figures, other: Figures) -> Figures:
    """``qs`` with their sums in a currency read as the other side's rate in that currency, when the
    other names one rate of it (USD/barrel) and ``qs`` none ("$68.5" vs "$68.5 a barrel": one report
    leaves the unit of sale out)."""
    rates = {q.unit.partition("/")[0]: q.unit for q in other if q.unit and "/" in q.unit}
    if not rates or len(set(rates.values())) != len(rates):
        return qs
    own = {q.unit.partition("/")[0] for q in qs if q.unit and "/" in q.unit}
    if not any(q.unit in rates and q.unit not in own for q in qs):
        return qs
    return tuple(replace(q, unit=rates[q.unit]) if q.unit in rates and q.unit not in own else q for q in qs)


def _as_change(qs: Figures, other: Figures, k: ClaimKeys, other_k: ClaimKeys) -> Figures:
    """``qs`` (the figures of ``k``, as read so far) with their multipliers read as the percentage rise they
    make ("doubled", «تضاعف»: 2 times is up 100%), when the other side (``other``, of ``other_k``) gives a
    percentage, says it rose (a movement's upper pole) and gives no multiplier, and ``k`` says nothing fell."""
    if not any(q.unit == "times" for q in qs) or any(q.unit == "times" for q in other):
        return qs
    if not any(q.unit == "percent" for q in other) or not _rises(other_k) or _falls(k):
        return qs
    return tuple(replace(q, unit="percent", value=(q.value - 1) * 100, low=(q.low - 1) * 100, high=(q.high - 1) * 100)
                 if q.unit == "times" and q.value > 1 else q for q in qs)


def _rises(k: ClaimKeys) -> bool:
    return any(sign > 0 for sign, _ in k.scales.get("movement", ()))


def _falls(k: ClaimKeys) -> bool:
    return any(sign < 0 for sign, _ in k.scales.get("movement", ()))


def _bare(qs: Figures) -> bool:
    return any(q.unit is None for q in qs)


def quantities(ka: ClaimKeys, kb: ClaimKeys) -> list[Signal]:
    """Per shared unit: agree when some pair of intervals (of one role) overlaps, else conflict.
    Each side's figures are read as the comparison needs them (lemma units as bare counts, sums as
    the other side's rate, multipliers as a percentage rise) without copying the claims' keys."""
    qa, qb = ka.quantities, kb.quantities
    if not qa or not qb:
        return []
    # a counted noun's lemma is a word of one language: a bare count across languages, and beside a bare count
    # (the number of «عوامل ثلاثة» carries no unit, «3 عوامل» its noun's lemma)
    across = ka.language != kb.language
    qa, qb = (_without_lemmas(qa) if across or _bare(qb) else qa), (_without_lemmas(qb) if across or _bare(qa) else qb)
    qa, qb = _as_rate(qa, qb), _as_rate(qb, qa)
    qa, qb = _as_change(qa, qb, ka, kb), _as_change(qb, qa, kb, ka)
    if len(qa) == 1 and len(qb) == 1:
        return [_one_each(qa[0], qb[0])]
    return _per_unit(qa, qb)


def _per_unit(fa: Figures, fb: Figures) -> list[Signal]:
    """``quantities`` for any number of figures on each side."""
    out = []
    units = sorted({q.unit or "" for q in fa} & {q.unit or "" for q in fb})
    for unit in units:
        if _unknown_currency(unit):
            out.append(Signal("quantity", "incomparable", f"currency unknown: {unit}"))
            continue
        qa = [q for q in fa if (q.unit or "") == unit]
        qb = [q for q in fb if (q.unit or "") == unit]
        pairs = sorted(((x, y) for x in qa for y in qb if _same_role(x, y)), key=lambda p: _distance(*p))
        if not pairs:
            roles = sorted({"/".join(sorted({_role_name(q) for q in qa})), "/".join(sorted({_role_name(q) for q in qb}))})
            out.append(Signal("measure", "incomparable", "different measures: " + " vs ".join(roles)))
            continue
        x, y = next(((a, b) for a, b in _aligned(pairs) if not _overlap(a, b)), pairs[0])
        if _overlap(x, y):
            out.append(Signal("quantity", "agree", _agreement(x, y)))
        else:
            out.append(Signal("quantity", "conflict", " vs ".join(sorted((fmt_quantity(x), fmt_quantity(y))))))
    if not units:
        ua = "/".join(sorted({q.unit or "number" for q in fa}))
        ub = "/".join(sorted({q.unit or "number" for q in fb}))
        out.append(Signal("quantity", "incomparable", "different units: " + " vs ".join(sorted((ua, ub)))))
    return out


def _one_each(x: QKey, y: QKey) -> Signal:
    """``quantities`` when each side states one figure (the same verdicts and reasons)."""
    if (x.unit or "") != (y.unit or "") and not _counted_alike(x, y):
        pair = sorted((x.unit or "number", y.unit or "number"))
        return Signal("quantity", "incomparable", "different units: " + " vs ".join(pair))
    if _unknown_currency(x.unit):
        return Signal("quantity", "incomparable", f"currency unknown: {x.unit}")
    if not _same_role(x, y):
        roles = sorted({_role_name(x), _role_name(y)})
        return Signal("measure", "incomparable", "different measures: " + " vs ".join(roles))
    if _overlap(x, y):
        return Signal("quantity", "agree", _agreement(x, y))
    return Signal("quantity", "conflict", " vs ".join(sorted((fmt_quantity(x), fmt_quantity(y)))))


def _unknown_currency(unit: str | None) -> bool:
    """A rate or sum in a currency the extractor could not tell (ISO 4217 XXX: "48.5 per dollar" with
    no country named): two of them may be in two currencies, so they neither agree nor conflict."""
    return unit is not None and "XXX" in unit


def _counted_alike(x: QKey, y: QKey) -> bool:
    """A bare count and a count of people with one role ("300 قتلوا", "300 people were killed"): the
    role (killed, injured …) of the bare number says what it counts; the count of people may leave
    its role unmarked ("يقتل 40 مهاجرا": the verb is no role word), never name another."""
    bare, people = (x, y) if x.unit is None else (y, x)
    return bool(bare.unit is None and people.unit == "person" and bare.role
                and people.role in (None, bare.role))


def _aligned(pairs: list[tuple[QKey, QKey]]) -> list[tuple[QKey, QKey]]:
    """Figures paired one to one, closest first: 14.9% and 16.8% against 14.4% and 16.8% pair
    16.8 with 16.8 and 14.9 with 14.4 (a shared figure does not hide a differing one)."""
    used_a, used_b, out = set(), set(), []
    for a, b in pairs:
        if id(a) not in used_a and id(b) not in used_b:
            used_a.add(id(a))
            used_b.add(id(b))
            out.append((a, b))
    return out


def _agreement(x: QKey, y: QKey) -> str:
    """"both say about 300 people" (the vaguer wording), or both bounds when they differ."""
    fx, fy = fmt_quantity(x), fmt_quantity(y)
    if x.qualifier != "exact" and y.qualifier != "exact" and fx != fy:
        return "compatible: " + " and ".join(sorted((fx, fy)))
    return f"both say {fy if x.qualifier == 'exact' and y.qualifier != 'exact' else fx}"


def _distance(a: QKey, b: QKey) -> float:
    return abs(math.log((abs(a.value) + 1e-9) / (abs(b.value) + 1e-9)))


def numbers(ka: ClaimKeys, kb: ClaimKeys) -> list[Signal]:
    """Bare numbers in the text, used only when no quantities were extracted on either side."""
    if ka.quantities or kb.quantities or not ka.numbers or not kb.numbers:
        return []
    only_a, only_b = ka.numbers - kb.numbers, kb.numbers - ka.numbers
    if only_a and only_b:
        pair = sorted((fmt_number(min(only_a)), fmt_number(min(only_b))))
        return [Signal("number", "conflict", f"the numbers differ: {pair[0]} vs {pair[1]}")]
    if ka.numbers & kb.numbers:
        return [Signal("number", "agree", f"both give {fmt_number(min(ka.numbers & kb.numbers))}")]
    return []


def dates(ka: ClaimKeys, kb: ClaimKeys) -> list[Signal]:
    """Agree when some pair of dates matches at the coarser precision, else differ."""
    if not ka.dates or not kb.dates:
        return []
    for x in ka.dates:
        for y in kb.dates:
            n = min(len(x), len(y))
            if x[:n] == y[:n]:
                return [Signal("date", "agree", f"both date it {fmt_date(x[:n])}")]
    pair = sorted((fmt_date(ka.dates[0]), fmt_date(kb.dates[0])))
    return [Signal("date", "differ", f"{pair[0]} vs {pair[1]}")]


def _date_parts(k: ClaimKeys) -> frozenset[float]:
    return frozenset(float(p) for d in k.dates for p in d.split("-") if p.isdigit())


def other_numbers_differ(ka: ClaimKeys, kb: ClaimKeys) -> bool:
    """Each side gives a number the other lacks besides its own dates' year, month and day (a toll
    of 120 vs 150 on different days, not "2021" vs "2023" as founding years)."""
    a, b = ka.numbers - _date_parts(ka), kb.numbers - _date_parts(kb)
    return bool(a - b and b - a)


@cache
def periodic_events() -> frozenset[str]:
    """Event ids whose figures recur per period (``lexicons/relate_periodic.txt``)."""
    return frozenset(load_list("", "relate_periodic"))


def contest(ka: ClaimKeys, kb: ClaimKeys) -> Signal:
    """Both say who beat whom: the same two sides in one order agree, in the other order conflict;
    other sides are another contest ("differ"). Sides meet by ``contest.same_side``."""
    wa, la = ka.contest[:2]
    wb, lb = kb.contest[:2]
    (wla, lla), (wlb, llb) = _contest_labels(ka.contest), _contest_labels(kb.contest)
    if same_side(wa, wb) and same_side(la, lb):
        return Signal("contest", "agree", f"both say {min(wla, wlb)} beat {min(lla, llb)}")
    if same_side(wa, lb) and same_side(la, wb):
        first, second = sorted((f"{wla} beat {lla}", f"{wlb} beat {llb}"))
        return Signal("contest", "conflict", f"one says {first}, the other {second}")
    first, second = sorted((f"{wla} vs {lla}", f"{wlb} vs {llb}"))
    if first == second:  # one label for two clubs (Manchester City, Manchester United): whole names
        first, second = sorted(" vs ".join(c[4:6]) for c in (ka.contest, kb.contest))
    return Signal("contest", "differ", f"different contests: {first} and {second}")


def _contest_labels(c: tuple[str, ...]) -> tuple[str, str]:
    """Winner and loser labels; when both are one word (Manchester City beat Manchester United),
    each side's longest word the other lacks."""
    wl, ll = c[2], c[3]
    if wl != ll or len(c) < 6:
        return wl, ll
    ww, lw = c[4].split(), c[5].split()
    own = [max((w for w in x if w not in y), key=len, default=x[0]) for x, y in ((ww, lw), (lw, ww))]
    return own[0], own[1]


def swaps(ka: ClaimKeys, kb: ClaimKeys, skip: tuple[str, ...] = ()) -> list[Signal]:
    """Entities of one class (not in ``skip``) named only by one side each (Egypt vs Libya)."""
    if not ka.entities or not kb.entities or ka.ent_ids == kb.ent_ids:
        return []
    out = []
    classes = set(ka.entities.values()) & set(kb.entities.values()) - set(skip)
    for cls in sorted(classes):  # (a place that only names the subject, Gulf of Gulf Foods, is no swap)
        ea = {e for e, c in ka.entities.items() if c == cls} - kb.ent_ids - ka.name_places
        eb = {e for e, c in kb.entities.items() if c == cls} - ka.ent_ids - kb.name_places
        if ea and eb:
            pair = sorted((min(ea), min(eb)))
            out.append(Signal("swap", "conflict", f"different {cls}: {pair[0]} vs {pair[1]}"))
    return out


def people_swaps(ka: ClaimKeys, kb: ClaimKeys) -> list[Signal]:
    """Figures that count different peoples ("12 Israelis" vs "12 فلسطينيا", where Gaza names
    Palestine on both sides): each side counts a people the other does not count."""
    pa = {q.people for q in ka.quantities if q.people}
    pb = {q.people for q in kb.quantities if q.people}
    if pa and pb and pa - pb and pb - pa:
        return [Signal("swap", "conflict", "different people counted: " + " vs ".join(sorted((min(pa - pb), min(pb - pa)))))]
    return []


def counted_unlike(ka: ClaimKeys, kb: ClaimKeys, q: list) -> list[Signal]:
    """The "different units" signals of ``q`` when each side counts things of its own named class
    (schools vs hospitals, trucks vs raids), not people, nothing named, money or rates."""
    ua, ub = {x.unit for x in ka.quantities}, {x.unit for x in kb.quantities}
    if not ua.isdisjoint(ub) or not all(u and u not in ("person", "number") and is_count(u) for u in ua | ub):
        return []
    return [s for s in q if s.verdict == "incomparable" and s.kind == "quantity"]


def forecast_vs_fact(ka: ClaimKeys, kb: ClaimKeys) -> str | None:
    """Why differing figures, or opposite wording, are not a contradiction: only one side is a
    forecast or plan (``ClaimKeys.modal``: in its words or its attribution cue)."""
    if ka.modal == kb.modal:
        return None
    return "one is a forecast or plan, the other a report"


def jaccard(ka: ClaimKeys, kb: ClaimKeys) -> float:
    a, b = ka.content, kb.content
    return len(a & b) / len(a | b) if a and b else 0.0


def topic(ka: ClaimKeys, kb: ClaimKeys) -> float:
    """0..1: how likely the two claims speak of the same matter (not whether they agree)."""
    score = jaccard(ka, kb)
    if ka.content and kb.content:
        score = max(score, 0.8 * len(ka.content & kb.content) / min(len(ka.content), len(kb.content)))
    if ka.event and ka.event == kb.event:
        score += 0.35
    if ka.actors & kb.actors:
        score += 0.25
    if named_alike(ka, kb):
        score += 0.25
    return min(1.0, score)


def named_alike(ka: ClaimKeys, kb: ClaimKeys) -> bool:
    """Whether the claims share a name: a surely-named word of one named on the other, or a name of
    the subject or cited source of each ("Pfizer said its vaccine …" and «قالت فايزر إن لقاحها …»:
    across languages the claim's own words share nothing, its subject's name does)."""
    if not (ka.proper.isdisjoint(kb.allnames) and kb.proper.isdisjoint(ka.allnames)):
        return True
    sa, sb = ka.subjects | ka.context, kb.subjects | kb.context
    return bool(sa and sb and not sa.isdisjoint(sb))


# forms of one word meet on a rough root: Arabic long vowels, hamza seats and ta marbuta dropped,
# one feminine/past ت at the end and one verb/noun prefix (ت ي ن م) at the start peeled while three
# letters stay, then a doubled letter kept once; English stems cut to six letters
_AR_WEAK = str.maketrans("", "", "اويىءئؤ")
_AR_PREFIX = "تينم"


@lru_cache(maxsize=65536)
def root(word: str) -> str:
    """Rough root of a folded, stemmed word (تهديد/يهدد, اعلان/تعلن, رفضت/ترفض, اوروبا/اوروبي,
    announce/announcement meet): forms of one word are not a difference between two claims."""
    if not word or word[0].isdigit():
        return word
    if word.isascii():
        return word[:6]
    r = word.translate(_AR_WEAK).rstrip("ه")
    if len(r) > 3 and r[-1] == "ت":
        r = r[:-1]
    if len(r) > 3 and r[0] in _AR_PREFIX:
        r = r[1:]
    r = _collapse(r)
    return r if len(r) >= 2 else word


def _collapse(s: str) -> str:
    """``s`` with each run of one letter cut to one."""
    return "".join(ch for i, ch in enumerate(s) if i == 0 or ch != s[i - 1])


@lru_cache(maxsize=65536)
def roots(words: frozenset[str]) -> frozenset[str]:
    """``root`` of each word of a token set (cached per set: claim token sets are reused)."""
    return frozenset(root(w) for w in words)


# the polarity signals live in polarity.py (which reads Signal and root from here): imported last
from .polarity import _linked, antonyms, failure, negation, reversal, same_direction  # noqa: E402,F401
