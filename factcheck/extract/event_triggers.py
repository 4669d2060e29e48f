"""Which event a claim names: the trigger lexicons of a small language-independent event set.

Needs: a claim's tokens, their ``clauses.marks`` and its quantities. Adds, for ``events.detect_event``: the event
(or None) from ``lexicons/<lang>/events.json`` and the index of its trigger (``find_event``): a strong trigger, or a
weak one with its companion word (a need, an amount of money, a match score), skipping back-references (after a
demonstrative or a reaction verb), triggers that name no event with the next or previous word (ruling party, the
ruling ANC) or that count goods or move a measure the event does not deal in (``not_heads``: 'Oil output fell', a
points tally), and letting a more specific event outrank a generic one.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from ..lexicons import load_json
from ..models import Quantity
from ..text.normalize import fold
from .cue_names import subject_lex
from .event_subjects import embedded_relatives, fronted_adjunct
from .tokens import Tok

Marks = list[dict[str, int]]

_MONEY = re.compile(r"[$€£¥]|\b(?:USD|EUR|GBP|dollars?|euros?|pounds?|yen|yuan)\b|دولار|يورو|جنيه|ريال|درهم|دينار|ليرة|"
                    r"استرليني", re.IGNORECASE)
_CURRENCY_UNITS = {"USD", "EUR", "GBP", "JPY", "CNY", "SAR", "AED", "EGP", "KWD", "QAR", "TRY", "money"}
# a match score: two small counts joined by a dash ('2-0', '3 - 1'), not a range of figures or a date
_SCORE = re.compile(r"(?<![\d.,/:-])\d{1,3} ?[-–] ?\d{1,3}(?![\d.,/:%-])")
_TRIGGER_MARKS = ("ev:", "weak:")


class EventLex(NamedTuple):
    given: frozenset[str]
    order: tuple[str, ...]
    money: frozenset[str]
    score: frozenset[str]  # events whose companion may be a match score ('$score': 'drew 1-1 with')
    outranked_by: dict[str, dict[str, int]]
    exact: dict[str, frozenset[str]]  # folded single-word trigger written out whole -> its events
    reactions: frozenset[str]  # verbs of welcoming or condemning: the trigger after one is a back-reference
    not_events: frozenset[tuple[str, ...]]  # a trigger and the next word that make it no event (ruling party)
    before_names: frozenset[str]  # triggers that are adjectives right before a capitalised name (the ruling ANC)
    not_after: frozenset[tuple[str, ...]]  # a noun and the trigger after it that name no event (مباراة الافتتاح)
    counts: dict[str, frozenset[str]]  # event -> the units it may count right after its trigger (else goods)
    not_before: dict[str, tuple[str, ...]]  # event -> words (a trailing * a prefix) whose nearness undoes its trigger
    passive: frozenset[str]  # auxiliaries of the passive: the trigger's object then stands before them
    heads: dict[str, tuple[str, ...]]  # event -> nouns it moves (price*): next to its trigger, they keep it
    not_heads: dict[str, tuple[str, ...]]  # event -> nouns of another measure (output, رصيد*): next to it, no event


@cache
def _events(language: str) -> EventLex:
    data = load_json(language, "events")
    ev = data.get("events", {})
    return EventLex(frozenset(fold(w) for w in data.get("given", [])), tuple(ev),
                    frozenset(k for k, v in ev.items() if "$money" in v.get("needs", [])),
                    frozenset(k for k, v in ev.items() if "$score" in v.get("needs", [])),
                    {k: dict(v) for k, v in data.get("outranked_by", {}).items()}, _exact_words(ev),
                    frozenset(fold(w) for w in data.get("reactions", [])),
                    frozenset(tuple(fold(w).split(" ", 1)) for w in data.get("not_events", [])),
                    frozenset(fold(w) for w in data.get("not_events_before_names", [])),
                    frozenset(tuple(fold(w).split(" ", 1)) for w in data.get("not_events_after", [])),
                    {k: frozenset(v["counts"]) for k, v in ev.items() if "counts" in v},
                    {k: tuple(fold(w) for w in v["not_before"]) for k, v in ev.items() if "not_before" in v},
                    frozenset(fold(w) for w in data.get("passive_auxiliaries", [])),
                    {k: tuple(fold(w) for w in v["heads"]) for k, v in ev.items() if "heads" in v},
                    {k: tuple(fold(w) for w in v["not_heads"]) for k, v in ev.items() if "not_heads" in v})


def _exact_words(ev: dict) -> dict[str, frozenset[str]]:
    """Single-word triggers without a trailing * (a whole word beats a prefix on the same token)."""
    out: dict[str, set[str]] = {}
    for event, entry in ev.items():
        for w in entry.get("triggers", []) + entry.get("weak", []):
            if " " not in w and not w.endswith("*"):
                out.setdefault(fold(w), set()).add(event)
    return {w: frozenset(e) for w, e in out.items()}


def _needs_met(lex: EventLex, event: str, mk: Marks, text: str, span: tuple[int, int],
               quantities: Sequence[Quantity]) -> bool:
    """True when a weak trigger's companion word (or an amount of money, or a match score) is in the claim."""
    if event in lex.money and (any(q.unit in _CURRENCY_UNITS for q in quantities) or _MONEY.search(text, *span)):
        return True
    if event in lex.score and _SCORE.search(text, *span):
        return True
    return any(f"need:{event}" in m for m in mk)


def _hits(lex: EventLex, mk: Marks, i: int, text: str, span: tuple[int, int],
          quantities: Sequence[Quantity], word: str = "") -> list[str]:
    """Events triggered at token ``i`` (weak triggers only with their companion word), by priority: the
    longest trigger first, then a whole-word trigger before a prefix ("profit-taking" is a price move, not
    the earnings prefix "profit*"; ``word`` is the token's folded form), then the lexicon's order of events."""
    m = mk[i]
    hits = {k[3:]: n for k, n in m.items() if k.startswith("ev:")}
    for k, n in m.items():
        if k.startswith("weak:") and _needs_met(lex, k[5:], mk, text, span, quantities):
            hits[k[5:]] = max(n, hits.get(k[5:], 0))
    whole = lex.exact.get(word, frozenset())
    return sorted(hits, key=lambda e: (-hits[e], e not in whole, lex.order.index(e)))


def _undone(lex: EventLex, hits: list[str], toks: list[Tok], i: int) -> list[str]:
    """``hits`` without the events whose ``not_before`` words (or phrases: 'on bail') follow the trigger at ``i`` within
    three words ("raised fuel prices" raises no funding), or stand within ``_PASSIVE_SUBJECT`` words before it with a passive
    auxiliary between (the object of a passive, with its modifiers: "the prisoners were released", "hostages held in
    Gaza have been released" launched nothing)."""
    if not lex.not_before or not any(e in lex.not_before for e in hits):
        return hits
    after = [t.norm for t in toks[i + 1:i + 4]]
    before = [t.norm for t in toks[max(0, i - _PASSIVE_SUBJECT):i]]
    phrase = f" {' '.join(after)} "  # a phrase of several words ('released on bail', 'from prison') read in a row
    if any(w in lex.passive for w in before[-2:]):
        after += before
    return [e for e in hits if not any(f" {p} " in phrase if " " in p else any(
        w == p or p.endswith("*") and w.startswith(p[:-1]) for w in after) for p in lex.not_before.get(e, ()))]


def _matches(tok: Tok, patterns: tuple[str, ...]) -> bool:
    """A variant of ``tok`` is one of ``patterns`` (a trailing * a prefix)."""
    return any(v == p or p.endswith("*") and v.startswith(p[:-1]) for p in patterns for v in tok.variants)


def _other_measure(lex: EventLex, event: str, toks: list[Tok], i: int) -> bool:
    """The noun the trigger at ``i`` moves measures something else than the event deals in (``not_heads``: 'Oil
    output fell', "Arsenal's points tally rose", ارتفع إنتاج النفط، رفع الهلال رصيده): scanning out from the trigger
    up to ``_HEAD_WORDS`` words on each side (before it first, the subject of an SV clause), the first word that is
    one of ``heads`` (a price: 'Oil prices fell') or of ``not_heads`` decides; other words (the commodity, the agent)
    are passed over."""
    heads, others = lex.heads.get(event, ()), lex.not_heads.get(event, ())
    if not others:
        return False
    found = False
    for side in (range(i - 1, max(-1, i - 1 - _HEAD_WORDS), -1), range(i + 1, min(len(toks), i + 1 + _HEAD_WORDS))):
        for k in side:
            if _matches(toks[k], heads):
                if k and _matches(toks[k - 1], others):
                    return True  # 'The unemployment rate fell': the head's modifier names another measure
                return False
            if _matches(toks[k], others):
                found = True
                break
    return found


def _own_head(lex: EventLex, event: str, toks: list[Tok], i: int) -> bool:
    """One of the event's ``heads`` stands within ``_OWN_HEAD_WORDS`` words of the trigger at ``i`` ('the price of
    bread rose')."""
    heads = lex.heads.get(event, ())
    return any(_matches(toks[k], heads) for k in range(max(0, i - _OWN_HEAD_WORDS), min(len(toks), i + 1 + _OWN_HEAD_WORDS))
               if k != i)


_OWN_HEAD_WORDS = 3


_HEAD_WORDS = 2  # words between a trigger and the noun it moves (إنتاج النفط تراجع، رفع الهلال رصيده)


_PASSIVE_SUBJECT = 8  # words before a passive trigger its subject may span ('hostages held in Gaza have been released')


def trigger_indices(mk: Marks, labels: frozenset[str] | None = None) -> list[int]:
    """Indices of the tokens carrying an event trigger mark (``ev:`` or ``weak:``); ``labels`` is the
    lexicon's set of those marks (``clauses.lexicon(language).triggers``) when the caller has it."""
    if labels is not None:
        disjoint = labels.isdisjoint
        return [i for i, m in enumerate(mk) if m and not disjoint(m)]
    return [i for i, m in enumerate(mk) if m and any(k.startswith(_TRIGGER_MARKS) for k in m)]


def find_event(text: str, mk: Marks, language: str, span: tuple[int, int], toks: list[Tok],
               quantities: Sequence[Quantity] = (), triggers: Sequence[int] | None = None,
               ) -> tuple[str | None, int]:
    """(event, trigger token index) of the first trigger that is not a back-reference (after a
    demonstrative or a reaction verb: ``given``, ``reactions``), unless a later
    trigger names a more specific event (``outranked_by``: an agreement to acquire is an acquisition); a trigger
    inside a fronted adjunct (``event_subjects.fronted_adjunct``: Amid rising costs, في ظل ارتفاع الأسعار) sets the
    scene and names no event of the claim, nor does one inside a relative clause set off by commas
    (``event_subjects.embedded_relatives``: 'Vodafone, whose chief executive resigned in May, cut 1,000 jobs');
    ``triggers`` is ``trigger_indices(mk)`` when the caller already has it."""
    lex = _events(language)
    fallback: tuple[str | None, int] = (None, -1)
    first: tuple[str, int] | None = None
    indices = trigger_indices(mk) if triggers is None else triggers
    scene = fronted_adjunct(text, toks, mk, language) if indices else 0
    indices = [i for i in indices if i >= scene]  # 'Amid rising costs, Acme cut': the main verb's event
    if indices:  # 'Shares of Acme, which cut 300 jobs, rose 5%': a relative set off inside the claim names no event
        inside = embedded_relatives(text, toks, language)
        indices = [i for i in indices if not any(k <= i < c for k, c in inside)]
    other: set[str] = set()  # events a trigger of the claim moved another measure for ('The unemployment rate rose')
    for i in indices:
        hits = _undone(lex, _hits(lex, mk, i, text, span, quantities, toks[i].norm), toks, i)
        moved = [e for e in hits if _other_measure(lex, e, toks, i)]
        other.update(moved)
        # '..., an increase of 0.3 points', «بزيادة 0.6 نقطة»: a later trigger with no head of its own restates that move
        hits = [e for e in hits if e not in moved and not (e in other and not _own_head(lex, e, toks, i))]
        if not hits or i + 1 < len(toks) and _not_event(lex, toks[i], toks[i + 1], text=text) or i and _not_event(
                lex, toks[i - 1], toks[i], after=True):
            continue
        if hits[0] in lex.counts and _goods(lex.counts[hits[0]], toks, mk, i, quantities, f"need:{hits[0]}"):
            continue
        if i > 0 and toks[i - 1].norm in lex.given:
            fallback = fallback if fallback[0] else (hits[0], i)
            continue
        if any(t.norm in lex.reactions for t in toks[max(0, i - 2):i]):
            # "welcomed the ruling": an event already reported, a fact only with a figure of its own
            fallback = fallback if fallback[0] or not quantities else (hits[0], i)
            continue
        if first is None:
            first = (hits[0], i)
            if first[0] not in lex.outranked_by:
                return first
        within = lex.outranked_by.get(first[0], {})
        better = [e for e in hits if e in within and (not within[e] or i - first[1] <= within[e])]
        if better:
            return better[0], i
    return first or fallback


_GOODS_REACH = 10  # tokens after a purchase verb its object may start (past a tender, a day, the buyer itself)


def _goods(admitted: frozenset[str], toks: list[Tok], mk: Marks, i: int, quantities: Sequence[Quantity],
           need: str) -> bool:
    """True when the first quantity within ``_GOODS_REACH`` tokens after the trigger at ``i`` counts something the
    event does not deal in: buying 60 buses or selling 18,000 tickets is a purchase of goods, not an acquisition or a
    player transfer (a count of companies, people, a percentage stake or money is), also past an adjunct
    (اشترى الديوان في مناقصة سابقة ما يزيد على 500 ألف طن). A word the event needs before the count (``need``: a
    company, a stake) names what was bought, and the count is that thing's ('acquired a company that produces
    100,000 tonnes')."""
    end = toks[i].end
    limit = toks[min(i + _GOODS_REACH, len(toks) - 1)].end
    first = min((q for q in quantities if end <= q.start < limit), key=lambda q: q.start, default=None)
    if first is None:
        return False
    k = i + 1
    while k < len(toks) and toks[k].end <= first.start:
        if need in mk[k]:
            return False
        k += 1
    unit = first.unit or ""
    money = len(unit) == 3 and unit.isupper() or unit == "money"
    return bool(unit) and not money and unit not in admitted


def _not_event(lex: EventLex, trigger: Tok, nxt: Tok, after: bool = False, text: str = "") -> bool:
    """The trigger and the next word name no event ("ruling party", "the ruling ANC": ``before_names``; ووقع انفجار:
    'occurred', not 'signed'); with ``after``, a noun (``trigger``) and the trigger after it (``nxt``: مباراة
    الافتتاح، حفل افتتاح: an opening match)."""
    if text and trigger.norm in lex.before_names and text[nxt.start].isupper() and text[trigger.start].islower() and (
            nxt.norm not in subject_lex("en").stop):  # 'the ruling Monday ordered': a weekday is no name
        return True
    pairs = lex.not_after if after else lex.not_events
    return any((v, w) in pairs for v in trigger.variants for w in (nxt.variants if after else (nxt.norm,)))
