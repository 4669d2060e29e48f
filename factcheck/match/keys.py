"""Matching keys of a claim: normalised text, a language-independent frame and blocking keys.

Needs: a ``Claim`` (text, language, and whatever the extractors filled: event, subject, quantities,
dates, negated). Adds: ``ClaimKeys`` (content tokens without stopwords, negation cues, antonym
poles, named entities, who beat whom (contest.py), transliteration skeletons (names.py) and the
subject's distinguishing name words (``names.subject_marks``), the offices it and its subject name
(titles.py), a score or vote tally (tallies.py), bare
numbers, normalised quantities (qkeys.py) and dates), ``frame()`` (plain dict for JSON) and ``fuzzy_score()``
(blocking keys for candidate generation: blocking.py). Everything is computed on folded copies; no offsets are produced here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from ..models import Claim
from ..text.normalize import fold, stem
from .contest import contest
from .lexicon import (
    denial_cues,
    existence_words,
    find_acronyms,
    find_entities,
    fixed_poles,
    learned,
    light_nouns,
    modal_comparisons,
    modal_words,
    negation_exceptions,
    place_words,
    scale,
    stopwords,
    without_cues,
)
from .names import (
    ENTITY,
    capitalised,
    initialisms,
    initials,
    mark_entities,
    name_skeletons,
    names,
    proper,
    subject_marks,
)
from .qkeys import QKey, qkey
from .roles import counted_people
from .roles import role as quantity_role
from .scopes import scopes
from .tallies import tally
from .titles import offices, subject_titles
from .tokens import WORD, Tok, tokens

_CLITIC = ("و", "ف")
_UNSPOKEN_SOURCES = ("media", "anonymous-group")
NOT_ACTORS = ("outlet",)  # entity classes that report an event (a dateline agency), never its subject
_NT = re.compile(r"\b\w+n['’]t\b", re.IGNORECASE)


_NO_SCALES: dict = {}


@dataclass(frozen=True, slots=True)
class ClaimKeys:
    """Everything ``relate`` compares, derived once per claim."""

    language: str
    event: str | None
    subjects: frozenset[str]
    text: str
    tokens: tuple[str, ...]
    content: frozenset[str]
    negations: tuple[str, ...]
    poles: tuple[tuple[str, int, str], ...]
    entities: dict
    names: frozenset[str]
    proper: frozenset[str]
    numbers: frozenset[float]
    quantities: tuple[QKey, ...]
    dates: tuple[str, ...]
    denial: str | None = None
    context: frozenset[str] = frozenset()
    scopes: frozenset[str] = frozenset()
    # derived once for relate(): token set for learned cues, entity ids, all name skeletons,
    # learned word cues present and learned pair partners of present tokens
    tokset: frozenset[str] = frozenset()
    ent_ids: frozenset[str] = frozenset()
    allnames: frozenset[str] = frozenset()
    wcues: tuple[tuple[str, float], ...] = ()
    partners: tuple[tuple[str, dict], ...] = ()
    span: tuple[int, int, int] = (0, 0, 0)
    actors: frozenset[str] = frozenset()  # entity ids that may be what the claim is about (no outlets)
    sources: frozenset[str] = frozenset()  # entity ids of the cited source (evidence, never an actor)
    contest: tuple[str, ...] = ()  # (winner, loser, winner label, loser label) of "X beat Y" (contest.py)
    marks: frozenset[str] = frozenset()  # subject words that tell two names sharing a word apart (names.subject_marks)
    mark_ids: frozenset[tuple[str, str]] = frozenset()  # (mark, entity id) of marks the registry names (names.mark_entities)
    scales: dict = field(default_factory=dict)  # antonym scale (language dropped) → ((sign, word), ...) in pole order
    titled: frozenset[str] = frozenset()  # offices the subject holds ("minister:finance": titles.py)
    bare_title: frozenset[str] = frozenset()  # offices of a subject that is only a title ("the finance minister")
    tally: tuple[int, ...] = ()  # a score or vote, larger count first ("lost 1-3" → (3, 1): tallies.py)
    offices: frozenset[str] = frozenset()  # offices the claim names anywhere (titles.offices)
    # (preposition, stem) of what the claim says was absent ("without warrants"): negates that word only
    lacks: frozenset[tuple[str, str]] = frozenset()
    # told as a forecast, plan or expectation: a modal word in the claim or in its attribution cue
    # ("expects to cut", "Analysts predicted that ...", «توقع محللون أن ...»)
    modal: bool = False
    # places only a word of the subject's name gives ("Gulf" of Gulf Foods): no place swap nor scope
    # unless the other side names the same place
    name_places: frozenset[str] = frozenset()
    # stems of the words a negation cue negates (the first content word after it: "did not win" → "win")
    negated_words: frozenset[str] = frozenset()

    @property
    def negated(self) -> bool:
        return bool(self.negations)

    @property
    def subject(self) -> str | None:
        """The longest subject skeleton (for blocking keys and frames)."""
        return max(sorted(self.subjects), key=len) if self.subjects else None


def _qualifier_positions(toks: list[Tok]) -> set[int]:
    """Indices of qualifier words in the run right before a number or just after it (a unit word
    may sit between): "at least 120", "أكثر من 100", "500 موظف تقريبا"."""
    out: set[int] = set()
    n = len(toks)
    for i, t in enumerate(toks):
        if not t.digit:
            continue
        j = i - 1
        while j >= 0 and toks[j].qual:
            out.add(j)
            j -= 1
        j = i + 1 if i + 1 < n and toks[i + 1].qual else i + 2
        while j < n and toks[j].qual:
            out.add(j)
            j += 1
    return out


def _negations(toks: list[Tok], skip: set[int]) -> tuple[tuple[str, ...], frozenset[tuple[str, str]], frozenset[str]]:
    """(negation cues that negate the claim, (preposition, stem) of each thing said to be absent:
    "without warrants" → ("without", "warrant"), stems of the words the cues negate: the first content
    word after each, "has not received approval" → "receiv"). A preposition of absence negates only the words
    after it (the first content word within ``_ABSENT_REACH`` tokens, or the next one after a light
    noun: "without loss of life"), never the claim."""
    found, absent, negated = [], set(), set()
    without = without_cues()
    for i, t in enumerate(toks):
        if not t.cue or i in skip:
            continue
        exceptions, prefixes, purposes = negation_exceptions()
        nxt = toks[i + 1].r if i + 1 < len(toks) else ""
        if (t.r, nxt) in exceptions or any(nxt.startswith(p) for p in prefixes.get(t.r, ())) \
                or i and (toks[i - 1].r, t.r) in purposes:
            continue
        if t.r not in without:
            found.append(t.r)
            words = [u for u in toks[i + 1:i + 1 + _ABSENT_REACH] if not (u.stop or u.cue or u.qual or u.digit)
                     and u.r not in existence_words() and u.s not in existence_words()]
            if words:  # («لا يوجد تغيير»: what exists not is the change)
                negated.add(words[0].s)
            continue
        objs = [u for u in toks[i + 1:i + 1 + _ABSENT_REACH] if not (u.stop or u.cue or u.qual or u.digit)]
        if len(objs) > 1 and objs[0].r in light_nouns():  # «دون سقوط ضحايا», "without loss of life"
            objs = objs[1:]
        if objs:
            absent.add((t.r, objs[0].s))
    return tuple(found), frozenset(absent), frozenset(negated)


_ABSENT_REACH = 3  # "without any prior notice", «دون أن يدلي», a light noun and its complement: «دون سقوط ضحايا»


def _contracted_negation(text: str) -> tuple[str, ...]:
    """The extractor's negation when the cue lists miss it: a contracted "won't"/"can't" word."""
    m = _NT.search(text)
    return (m.group(0),) if m else ()


@lru_cache(maxsize=4096)
def _is_denial(cue: str) -> bool:
    cues = denial_cues()
    return any(t in cues or (len(t) > 3 and t[0] in _CLITIC and t[1:] in cues) for t in WORD.findall(fold(cue)))


def _denial(claim: Claim) -> str | None:
    """The attribution cue when it is a denial verb ("denied", "نفت"): it negates the claim."""
    cue = claim.attribution.cue
    return cue.text if cue is not None and _is_denial(cue.text) else None


def _context(claim: Claim) -> frozenset[str]:
    """Name skeletons of the claim's own source when it may be its subject ("Orbitel said it ...")."""
    a = claim.attribution
    if a.source is None or a.type == "anonymous" or a.source_kind in _UNSPOKEN_SOURCES:
        return frozenset()
    return name_skeletons(a.source.text)


@lru_cache(maxsize=4096)
def _source_entities(text: str) -> frozenset[str]:
    return frozenset(find_entities([stem(w) for w in WORD.findall(fold(text))]) | find_acronyms(text))


def _sources(claim: Claim) -> frozenset[str]:
    """Entity ids of the source a claim cites ("the UN said", "قالت الأمم المتحدة"): two reports that
    cite one source for one figure corroborate each other; the source is not what the claim is about."""
    a = claim.attribution
    if a.source is None or a.type == "anonymous" or a.source_kind == "anonymous-group":
        return frozenset()
    return _source_entities(a.source.text)


_CACHE: dict = {}
_CACHE_MAX = 100_000


def claim_keys(claim: Claim) -> ClaimKeys:
    """The matching keys of one claim, cached: by id for stored claims (checked against the span),
    else by the frozen claim itself."""
    ck = claim.id or claim
    hit = _CACHE.get(ck)
    if hit is None or hit.span != (claim.start, claim.end, len(claim.text)):
        if len(_CACHE) >= _CACHE_MAX:
            _CACHE.clear()
        hit = _CACHE[ck] = _compute(claim)
    return hit


def cached_keys(claim_id: str) -> ClaimKeys | None:
    """Keys already computed for a stored claim id (lets the store skip loading the claim)."""
    return _CACHE.get(claim_id)


def remember(claim_id: str, keys: ClaimKeys) -> None:
    """Cache keys loaded from the store for ``claim_id`` (``claim_keys`` checks them against the span)."""
    if len(_CACHE) >= _CACHE_MAX:
        _CACHE.clear()
    _CACHE[claim_id] = keys


def _compute(claim: Claim) -> ClaimKeys:
    toks = tokens(claim.text)
    skip = _qualifier_positions(toks)
    content = tuple(t.s for i, t in enumerate(toks) if not (t.stop or t.cue) and i not in skip)
    fixed = fixed_poles()
    poles = tuple((g, sign, t.r) for i, t in enumerate(toks) if t.poles and not t.cue and i not in skip
                  and not (i and (toks[i - 1].r, t.r) in fixed) for g, sign in t.poles)
    score, (t0, t1) = tally(claim.text, claim.event)
    quantities = tuple(qkey(q.value, q.unit, q.qualifier, q.total, q.text, quantity_role(claim, q),
                            counted_people(claim, q))
                       for q in claim.quantities if not t0 <= q.start - claim.start < t1)  # a tally's counts
    denial = _denial(claim)
    negations, lacks, negated = _negations(toks, skip)
    negations += (fold(denial),) if denial else ()
    negations = negations or (_contracted_negation(claim.text) if claim.negated else ())
    figures = frozenset(w for x in claim.quantities + claim.dates for w in WORD.findall(fold(x.text)))
    entities = find_entities([t.s for t in toks]) | find_acronyms(claim.text)
    caps = capitalised(claim.text) if claim.language == "en" else None
    return assemble(
        language=claim.language, event=claim.event,
        subjects=name_skeletons(claim.subject_key) if claim.subject_key else frozenset(), tokens=content,
        negations=negations, poles=poles,
        entities=entities,
        names=names(toks, caps, figures) | initials(toks), proper=proper(toks, caps, figures) | initialisms(claim.text),
        numbers=frozenset(t.number for t in toks if t.number is not None), quantities=quantities,
        dates=tuple(d.value for d in claim.dates), denial=denial, context=_context(claim),
        scopes=scopes([t.r for t in toks], [t.s for t in toks], [t.scope for t in toks]),
        span=(claim.start, claim.end, len(claim.text)), contest=contest(toks, caps),
        sources=_sources(claim), marks=subject_marks(claim.subject_key, caps) if claim.subject_key else frozenset(),
        mark_ids=mark_entities(claim.subject_key, caps) if claim.subject_key else frozenset(),
        titles=_titles(claim, caps), tally=score, offices=offices(claim.text), lacks=lacks,
        modal=_modal(claim, toks), name_places=_name_places(claim, entities), negated_words=negated)


def _modal(claim: Claim, toks: list[Tok]) -> bool:
    """Whether the claim is told as a forecast or plan: a modal word among its content words or in
    its attribution cue (the cue is not part of the claim's text), unless a comparison word right
    before it makes it a measure of the fact ("more than expected", «تفوق التوقعات»)."""
    cue = claim.attribution.cue
    return _has_modal(toks, modal_words()) or cue is not None and _has_modal(tokens(cue.text), modal_words(True))


_PROCLITICS = "وبلفك"  # one-letter Arabic proclitics a short word keeps after stemming (بخطة)
_THAN = frozenset({"than", "من"})  # the comparative's particle: "higher than expected", «أعلى من المتوقع»


def _has_modal(toks: list[Tok], words: frozenset[str]) -> bool:
    before = modal_comparisons()
    for i, t in enumerate(toks):
        if (t.s in words or t.r in words or t.r[:1] in _PROCLITICS and t.r[1:] in words) and not (t.stop or t.cue):
            j = i - 2 if i >= 2 and toks[i - 1].r in _THAN else i - 1
            if j < 0 or toks[j].r not in before and toks[j].s not in before:
                return True
    return False


def _name_places(claim: Claim, entities: dict) -> frozenset[str]:
    """The places of ``entities`` that only a word of the subject's name gives ("Gulf" of Gulf Foods,
    "Saudi" of Saudi Aramco, «المصرية» of «السلطات المصرية»): part of who the claim is about, not
    where it happens (``ClaimKeys.name_places``). A subject that is only places (Egypt, North and South
    Korea) gives none."""
    subject = claim.subject
    if subject is None or "place" not in entities.values():
        return frozenset()
    start = subject.start - claim.start
    if start < 0 or claim.text[start:start + len(subject.text)] != subject.text:
        return frozenset()  # (a subject named outside the claim's text adds no entity to it)
    words = [stem(w) for w in WORD.findall(fold(subject.text))]
    named = {e for e, c in find_entities(words).items() if c == "place"}
    if not named or all(w in place_words() or w in stopwords() for w in words):
        return frozenset()
    rest = claim.text[:start] + " " + claim.text[start + len(subject.text):]
    elsewhere = find_entities([stem(w) for w in WORD.findall(fold(rest))])
    return frozenset(e for e in named if e not in elsewhere and entities.get(e) == "place")


def _titles(claim: Claim, caps: frozenset[str] | None) -> tuple[frozenset[str], frozenset[str]]:
    """``titles.subject_titles`` of the claim's subject (its offset in the claim text when the span is known)."""
    if not claim.subject_key:
        return frozenset(), frozenset()
    start = claim.subject.start - claim.start if claim.subject else -1
    if claim.subject and claim.text[start:start + len(claim.subject.text)] != claim.subject.text:
        start = -1
    return subject_titles(claim.text, claim.subject_key, start, caps)


def assemble(*, language: str, event: str | None, subjects: frozenset[str], tokens: tuple[str, ...],
             negations: tuple[str, ...], poles: tuple, entities: dict, names: frozenset[str],
             proper: frozenset[str], numbers: frozenset[float], quantities: tuple[QKey, ...],
             dates: tuple[str, ...], denial: str | None, context: frozenset[str], scopes: frozenset[str],
             span: tuple[int, int, int], contest: tuple[str, ...] = (),
             sources: frozenset[str] = frozenset(), marks: frozenset[str] = frozenset(),
             mark_ids: frozenset[tuple[str, str]] = frozenset(),
             titles: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
             tally: tuple[int, ...] = (), offices: frozenset[str] = frozenset(),
             lacks: frozenset[tuple[str, str]] = frozenset(), modal: bool = False,
             name_places: frozenset[str] = frozenset(), negated_words: frozenset[str] = frozenset()) -> ClaimKeys:
    """``ClaimKeys`` from its primary parts, with the fields derived from them (also used to load
    stored keys, so computed and loaded keys are built alike)."""
    tokset = frozenset(tokens).union(negations, (cue for cue, _ in lacks))
    wcues, partners = learned_cues(tokset)
    ent_ids = frozenset(entities)
    return ClaimKeys(
        language=language, event=event, subjects=subjects, text=" ".join(tokens), tokens=tokens,
        content=frozenset(c for c in tokens if not c[0].isdigit()),
        negations=negations, poles=poles, entities=entities, names=names, proper=proper, numbers=numbers,
        quantities=quantities, dates=dates, denial=denial, context=context, scopes=scopes, tokset=tokset,
        ent_ids=ent_ids, allnames=names | context | subjects | {ENTITY + e for e in ent_ids},
        wcues=wcues, partners=partners,
        span=span, actors=frozenset(e for e, c in entities.items() if c not in NOT_ACTORS),
        scales=_scales(poles) if poles else _NO_SCALES, contest=contest,
        sources=sources, marks=marks, mark_ids=mark_ids, titled=titles[0], bare_title=titles[1],
        tally=tally, offices=offices, lacks=lacks, modal=modal, name_places=name_places,
        negated_words=negated_words,
    )


def learned_cues(tokset: frozenset[str]) -> tuple[tuple, tuple]:
    """(word cues, pair partners) of the shipped model present in ``tokset``, each sorted by word."""
    words, pairs, _ = learned()
    return (tuple((w, words[w]) for w in sorted([w for w in tokset if w in words])),
            tuple((w, pairs[w]) for w in sorted([w for w in tokset if w in pairs])))


def _scales(poles: tuple) -> dict:
    """The poles by antonym scale (``lexicon.scale``), each scale's (sign, word) pairs in pole order."""
    out: dict[str, list] = {}
    for g, sign, w in poles:
        out.setdefault(scale(g), []).append((sign, w))
    return {k: tuple(v) for k, v in out.items()}


def frame(claim: Claim) -> dict:
    """The claim's language-independent frame as a plain dict ready for JSON."""
    k = claim_keys(claim)
    return {
        "text": claim.text, "language": claim.language, "event": claim.event,
        "subject": claim.subject.text if claim.subject else None,
        "quantities": [{"text": q.text, "value": q.value, "unit": q.unit, "qualifier": q.qualifier,
                        "total": q.total} for q in k.quantities],
        "dates": [{"value": d, "precision": {4: "year", 7: "month"}.get(len(d), "day")} for d in k.dates],
        "negated": k.negated, "entities": sorted(k.entities),
    }


def fuzzy_score(a_key_text: str, b_key_text: str) -> float:
    """0..100 token-set similarity of two pre-normalised key texts (candidate ranking only)."""
    if not a_key_text or not b_key_text:
        return 0.0
    return fuzz.token_set_ratio(a_key_text, b_key_text, processor=None)
