"""Matching keys of a claim: normalised text, a language-independent frame and blocking keys.

Needs: a ``Claim`` (text, language, and whatever the extractors filled: event, subject, quantities,
dates, negated). Adds: ``ClaimKeys`` (content tokens without stopwords, negation cues, antonym
poles, named entities, transliteration skeletons, bare numbers, normalised quantities and dates),
``frame()`` (plain dict for JSON), ``blocking_keys()`` for candidate generation and
``fuzzy_score()``. Everything is computed on folded copies; no offsets are produced here.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from ..models import Claim
from ..text.normalize import fold, stem
from .lexicon import (
    denial_cues,
    find_acronyms,
    find_entities,
    generic_words,
    learned,
    negation_cues,
    negation_exceptions,
    polar_lookup,
    qualifier_words,
    scope_index,
    stopwords,
)
from .roles import role as quantity_role
from .scopes import scopes

_WORD = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+", re.UNICODE)
_LATIN = re.compile(r"^[a-z]+$")
_CLITIC = ("و", "ف")
_QUAL_CLITIC = ("ب", "و", "ل", "ف")
_UNSPOKEN_SOURCES = ("media", "anonymous-group")
ENTITY = "#"  # marks an entity id among name skeletons (skeletons are letters only)
NOT_ACTORS = ("outlet",)  # entity classes that report an event (a dateline agency), never its subject
_CAPS = re.compile(r"\b\w*[A-Z]\w*")
_NT = re.compile(r"\b\w+n['’]t\b", re.IGNORECASE)

# Arabic letter → Latin consonant class; vowels/weak letters/ayn/hamza vanish (consonant skeleton)
_AR_SKEL = str.maketrans({
    "ب": "b", "ت": "t", "ث": "t", "ط": "t", "ج": "g", "غ": "g", "ق": "k", "ك": "k", "خ": "k",
    "د": "d", "ذ": "d", "ض": "d", "ر": "r", "ز": "s", "س": "s", "ص": "s", "ظ": "s", "ش": "S",
    "ف": "f", "ل": "l", "م": "m", "ن": "n", "ح": "", "ه": "", "ع": "", "ء": "", "ا": "", "و": "",
    "ي": "", "پ": "b", "ڤ": "f", "چ": "S", "گ": "g",
})
_EN_DIGRAPHS = (("sch", "S"), ("sh", "S"), ("ch", "S"), ("kh", "k"), ("gh", "g"), ("th", "t"),
                ("ph", "f"), ("ck", "k"), ("ng", "n"), ("x", "ks"), ("qu", "k"))
_EN_SKEL = str.maketrans({"c": "k", "q": "k", "j": "g", "z": "s", "p": "b", "v": "f",
                          "a": "", "e": "", "i": "", "o": "", "u": "", "y": "", "w": "", "h": ""})
_REPEAT = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """Consonant skeleton shared by a name's Arabic and Latin spellings (ماسك, Musk → "msk")."""
    token = fold(token)
    if _LATIN.match(token):
        for a, b in _EN_DIGRAPHS:
            token = token.replace(a, b)
        out = token.translate(_EN_SKEL)
    else:
        if token.startswith("ال") and len(token) > 4:
            token = token[2:]
        out = token.translate(_AR_SKEL)
    return _REPEAT.sub(r"\1", out)


@dataclass(frozen=True, slots=True)
class QKey:
    """A quantity reduced for comparison: value in base units and the interval its qualifier allows."""

    value: float
    unit: str | None
    qualifier: str
    total: float | None
    low: float
    high: float
    text: str
    role: str | None = None  # what it measures (roles.py): "killed", "salary/period" …


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

    @property
    def negated(self) -> bool:
        return bool(self.negations)

    @property
    def subject(self) -> str | None:
        """The longest subject skeleton (for blocking keys and frames)."""
        return max(sorted(self.subjects), key=len) if self.subjects else None


# relative half-widths of the interval a stated number allows (documented in relate.py)
EXACT_TOL = 0.01
ABOUT_TOL = 0.10
# how far past its bound a one-sided qualifier reaches: "at least 120" is said when about 120 are
# confirmed, so 150 fits it and 300 is another count (×1.5 above, ÷1.5 below)
BOUND_SPAN = 1.5


@lru_cache(maxsize=1)
def _unit_map() -> dict[str, str]:
    from ..lexicons import load_json
    return dict(load_json("", "match_units").get("units", {}))


def comparable_unit(unit: str | None) -> str | None:
    """The unit two reports are compared in: jobs cut are people laid off (lexicons/match_units.json)."""
    return _unit_map().get(unit, unit) if unit else unit


def qkey(value: float, unit: str | None, qualifier: str, total: float | None, text: str = "",
         role: str | None = None) -> QKey:
    """Interval of values consistent with a quantity under its qualifier."""
    v = float(value)
    unit = comparable_unit(unit)
    lo, hi = v * (1 - EXACT_TOL), v * (1 + EXACT_TOL)
    if qualifier == "about":
        lo, hi = v * (1 - ABOUT_TOL), v * (1 + ABOUT_TOL)
    elif qualifier == "at_least":
        lo, hi = v, v * BOUND_SPAN
    elif qualifier == "more_than":
        lo, hi = v * (1 + 1e-9) if v > 0 else v + 1e-9, v * BOUND_SPAN
    elif qualifier == "at_most":
        lo, hi = v / BOUND_SPAN, v
    elif qualifier == "less_than":
        lo, hi = v / BOUND_SPAN, v * (1 - 1e-9) if v > 0 else v - 1e-9
    if lo > hi:
        lo, hi = hi, lo
    return QKey(v, unit, qualifier, total, lo, hi, text, role)


def _raw_tokens(text: str) -> list[str]:
    """Folded tokens with the conjunction clitics و/ف peeled off short function words."""
    out = []
    for t in _WORD.findall(fold(text)):
        if len(t) in (3, 4) and t[0] in _CLITIC and t[1:] in negation_cues():
            t = t[1:]
        out.append(t)
    return out


def _is_qualifier(tok: str) -> bool:
    quals = qualifier_words()
    return tok in quals or (len(tok) > 3 and tok[0] in _QUAL_CLITIC and tok[1:] in quals)


def _qualifier_positions(raw: list[str]) -> set[int]:
    """Indices of qualifier words in the run right before a number or just after it (a unit word
    may sit between): "at least 120", "أكثر من 100", "500 موظف تقريبا"."""
    out: set[int] = set()
    for i, t in enumerate(raw):
        if not t[0].isdigit():
            continue
        j = i - 1
        while j >= 0 and _is_qualifier(raw[j]):
            out.add(j)
            j -= 1
        j = i + 1 if i + 1 < len(raw) and _is_qualifier(raw[i + 1]) else i + 2
        while j < len(raw) and _is_qualifier(raw[j]):
            out.add(j)
            j += 1
    return out


def _negations(raw: list[str], skip: set[int]) -> tuple[str, ...]:
    cues, exceptions, prefixes = negation_cues(), *negation_exceptions()
    found = []
    for i, t in enumerate(raw):
        if i in skip or t not in cues:
            continue
        nxt = raw[i + 1] if i + 1 < len(raw) else ""
        if (t, nxt) in exceptions or any(nxt.startswith(p) for p in prefixes.get(t, ())):
            continue
        found.append(t)
    return tuple(found)


def _contracted_negation(text: str) -> tuple[str, ...]:
    """The extractor's negation when the cue lists miss it: a contracted "won't"/"can't" word."""
    m = _NT.search(text)
    return (m.group(0),) if m else ()


def _denial(claim: Claim) -> str | None:
    """The attribution cue when it is a denial verb ("denied", "نفت"): it negates the claim."""
    cue = claim.attribution.cue
    if cue is None:
        return None
    cues = denial_cues()
    for t in _WORD.findall(fold(cue.text)):
        if t in cues or (len(t) > 3 and t[0] in _CLITIC and t[1:] in cues):
            return cue.text
    return None


def _name_skeletons(text: str) -> frozenset[str]:
    """Skeletons of the name words of a subject or source span (generic heads, time words,
    qualifiers, stopwords and numbers dropped): "شركة نوفا للاتصالات يوم" → {"nf", "tsl"}, and the
    ``ENTITY``-marked ids of the entities it names ("Yemen" and "اليمن" share a name)."""
    words = _WORD.findall(fold(text))
    out: set[str] = set()
    stops, generic, scopes = stopwords(), generic_words(), scope_index()
    for t in words:
        if t[0].isdigit() or t in stops or t in generic or _is_qualifier(t):
            continue
        s = stem(t)
        if s in stops or s in generic or t in scopes or s in scopes:
            continue
        for sk in {skeleton(t), skeleton(s)}:  # the stem may have eaten a letter of a name (فيرتكس)
            if len(sk) >= 2:
                out.add(sk)
    if out:  # entity marks add to names found, never make a subject of their own
        out |= {ENTITY + e for e in find_entities([stem(t) for t in words]) | find_acronyms(text)}
    return frozenset(out)


def _context(claim: Claim) -> frozenset[str]:
    """Name skeletons of the claim's own source when it may be its subject ("Orbitel said it ...")."""
    a = claim.attribution
    if a.source is None or a.type == "anonymous" or a.source_kind in _UNSPOKEN_SOURCES:
        return frozenset()
    return _name_skeletons(a.source.text)


def _number(tok: str) -> float | None:
    if not tok[0].isdigit():
        return None
    try:
        if "." in tok and "," in tok:
            return float(tok.replace(",", ""))
        if "," in tok:
            parts = tok.split(",")
            return float(tok.replace(",", "")) if all(len(p) == 3 for p in parts[1:]) else float(
                tok.replace(",", "."))
        return float(tok)
    except ValueError:
        return None


def _names(raw: list[str], stems: list[str], language: str, text: str, skip: frozenset[str]) -> frozenset[str]:
    """Skeletons of name-like tokens: Latin words anywhere, capitalised words in English, Arabic
    content words (any may be a transliterated name); a short piece joins its neighbour so names
    spelt letter by letter still match (إكس إيه آي → "ks" like xAI)."""
    stops = stopwords()
    caps = {m.group(0).casefold() for m in _CAPS.finditer(text)} if language == "en" else None
    out = set()
    prev = ""
    for r, s in zip(raw, stems, strict=True):
        if r[0].isdigit() or r in stops or s in stops or r in skip or (
                caps is not None and r.isascii() and r not in caps):
            prev = ""
            continue
        sk = skeleton(r if r.isascii() else s)
        if len(sk) >= 2:
            out.add(sk)
        if not r.isascii() and r != s and len(skeleton(r)) >= 2:  # the stem may have eaten a letter
            out.add(skeleton(r))
        if prev and (len(prev) <= 2 or len(sk) <= 2) and len(prev + sk) >= 2:
            out.add(_REPEAT.sub(r"\1", prev + sk))
        prev = sk
    return frozenset(out)


def _proper(raw: list[str], claim: Claim, skip: frozenset[str]) -> frozenset[str]:
    """Skeletons of tokens that are surely names: Latin words in Arabic text, capitalised ones in English."""
    stops = stopwords()
    if claim.language == "en":
        caps = {m.group(0).casefold() for m in _CAPS.finditer(claim.text)}
        toks = [t for t in raw if t in caps and t not in stops and t not in skip]
    else:
        toks = [t for t in raw if t.isascii() and not t[0].isdigit() and t not in skip]
    return frozenset(sk for sk in (skeleton(t) for t in toks) if len(sk) >= 2)


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
    raw = _raw_tokens(claim.text)
    stems = [stem(t) for t in raw]
    skip = _qualifier_positions(raw)
    stops, cues = stopwords(), negation_cues()
    content = [s for i, (s, r) in enumerate(zip(stems, raw, strict=True))
               if i not in skip and s not in stops and r not in stops and r not in cues]
    poles = tuple((g, sign, r) for i, r in enumerate(raw) if i not in skip and r not in cues
                  for g, sign in polar_lookup(r))
    quantities = tuple(qkey(q.value, q.unit, q.qualifier, q.total, q.text, quantity_role(claim, q))
                       for q in claim.quantities)
    denial = _denial(claim)
    negations = _negations(raw, skip) + ((fold(denial),) if denial else ())
    negations = negations or (_contracted_negation(claim.text) if claim.negated else ())
    subjects = _name_skeletons(claim.subject_key) if claim.subject_key else frozenset()
    figures = frozenset(w for x in claim.quantities + claim.dates for w in _WORD.findall(fold(x.text)))
    numbers = frozenset(n for n in (_number(t) for t in raw) if n is not None)
    return assemble(
        language=claim.language, event=claim.event, subjects=subjects, tokens=tuple(content),
        negations=negations, poles=poles, entities=find_entities(stems) | find_acronyms(claim.text),
        names=_names(raw, stems, claim.language, claim.text, figures), proper=_proper(raw, claim, figures),
        numbers=numbers, quantities=quantities, dates=tuple(d.value for d in claim.dates), denial=denial,
        context=_context(claim), scopes=scopes(raw, stems), span=(claim.start, claim.end, len(claim.text)))


def assemble(*, language: str, event: str | None, subjects: frozenset[str], tokens: tuple[str, ...],
             negations: tuple[str, ...], poles: tuple, entities: dict, names: frozenset[str],
             proper: frozenset[str], numbers: frozenset[float], quantities: tuple[QKey, ...],
             dates: tuple[str, ...], denial: str | None, context: frozenset[str], scopes: frozenset[str],
             span: tuple[int, int, int]) -> ClaimKeys:
    """``ClaimKeys`` from its primary parts, with the fields derived from them (also used to load
    stored keys, so computed and loaded keys are built alike)."""
    tokset = frozenset(tokens) | frozenset(negations)
    words, pairs, _ = learned()
    return ClaimKeys(
        language=language, event=event, subjects=subjects, text=" ".join(tokens), tokens=tokens,
        content=frozenset(c for c in tokens if not c[0].isdigit()), negations=negations, poles=poles,
        entities=entities, names=names, proper=proper, numbers=numbers, quantities=quantities,
        dates=dates, denial=denial, context=context, scopes=scopes, tokset=tokset,
        ent_ids=frozenset(entities), allnames=names | context | subjects | {ENTITY + e for e in entities},
        wcues=tuple((w, words[w]) for w in sorted(tokset) if w in words),
        partners=tuple((w, pairs[w]) for w in sorted(tokset) if w in pairs),
        span=span, actors=frozenset(e for e, c in entities.items() if c not in NOT_ACTORS),
    )


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


def _bucket(value: float) -> str:
    """Order of magnitude bucket: 480 and 520 both land in "e2"."""
    return f"e{int(math.floor(math.log10(abs(value))))}" if value else "e0"


def blocking_keys(claim: Claim, max_tokens: int = 4, max_names: int = 6) -> set[str]:
    """Keys two matching claims are likely to share: event, subject, entities, name skeletons,
    quantity buckets, dates and the longest content tokens (a proxy for rare ones)."""
    k = claim_keys(claim)
    keys = {f"ent:{e}" for e in k.entities}
    if k.event:
        keys.add(f"ev:{k.event}")
    keys |= {f"subj:{s}" for s in k.subjects if len(s) >= 3}
    keys |= {f"tr:{n}" for n in sorted(k.names, key=lambda n: (-len(n), n))[:max_names] if len(n) >= 3}
    for q in k.quantities:
        unit = q.unit or "-"
        keys.add(f"q:{unit}:{_bucket(q.value)}")
        keys.add(f"q:{unit}:{q.value:g}")
    for d in k.dates:
        keys.add(f"d:{d[:4]}")
    for tok in sorted(k.content, key=lambda t: (-len(t), t))[:max_tokens]:
        keys.add(f"w:{tok}")
    return keys


def fuzzy_score(a_key_text: str, b_key_text: str) -> float:
    """0..100 token-set similarity of two pre-normalised key texts (candidate ranking only)."""
    if not a_key_text or not b_key_text:
        return 0.0
    return fuzz.token_set_ratio(a_key_text, b_key_text, processor=None)
