"""Quantity lexicon: the unit, qualifier and context tables of both languages, loaded once.

Needs: ``lexicons/<lang>/units.json``, ``qualifiers.json`` and ``quantity_context.json``. Adds: the
``Tables`` (keys folded, phrases indexed by their folded first word) and ``phrase_at``, the longest listed
phrase at a token (its first word may carry an Arabic clitic).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..lexicons import load_json
from ..text.normalize import fold
from .numbers import Tok, clitic_forms, tokenize

PhraseIndex = dict[str, tuple[tuple[tuple[str, ...], object], ...]]


@dataclass(frozen=True, slots=True)
class Tables:
    """Unit, qualifier and context tables of both languages, keys folded."""

    percent: PhraseIndex
    points: PhraseIndex
    fraction_points: PhraseIndex  # "a quarter point": a bare point after a fraction is a percentage point
    noun_phrases: PhraseIndex
    qual_before: PhraseIndex
    qual_after: PhraseIndex
    verb_before: PhraseIndex
    span_bound_after: PhraseIndex
    total_links: PhraseIndex
    total_intros: PhraseIndex
    time_after: PhraseIndex
    rate_links: PhraseIndex
    rate_clitics: frozenset[str]
    rate_verbs: PhraseIndex
    symbols: dict[str, str]
    symbol_prefixes: dict[str, str]
    letter_prefixes: dict[str, tuple[str, ...]]  # "R420 million": a capital letter prefix, as written -> its codes
    letter_defaults: dict[str, str]  # "Rs 96" in an article naming none of its countries: INR
    iso: frozenset[str]
    currencies: dict[str, tuple[str | None, dict[str, str]]]
    by_place: frozenset[str]
    weight_if_of: dict[str, str]
    multipliers: frozenset[str]
    standalone: dict[str, tuple[float, str]]
    standalone_verbs: frozenset[str]
    base_verbs: dict[str, tuple[float, str]]
    base_openers: frozenset[tuple[str, ...]]
    nouns: dict[str, str]
    fold_suffix: str
    double_word: str
    double_next: frozenset[str]
    months: frozenset[str]
    year_words: frozenset[str]
    year_nouns: frozenset[str]
    time_before: frozenset[str]
    labels: frozenset[str]
    of_link: frozenset[str]
    determiners: frozenset[str]
    breakers: frozenset[str]
    strong: frozenset[str]
    fraction_blockers: frozenset[str]
    year_after: frozenset[str]
    grade_after: frozenset[str]
    score_leads: frozenset[str]
    fraction_next_blockers: frozenset[str]
    unit_context: dict[str, str]
    unit_before: dict[str, str]
    range_openers: frozenset[str]
    range_links: frozenset[str]
    range_bare_links: frozenset[str]
    pair_links: frozenset[str]
    day_links: frozenset[str]
    range_not_after: frozenset[str]
    change_by: frozenset[str]  # "by" before the size of a change ("rose by 14 to 212")
    span_over: frozenset[str]
    span_units: frozenset[str]
    span_bound_before: frozenset[str]
    share_before: frozenset[str]
    share_after: frozenset[str]  # comparatives after a fraction that make it a share ("a fifth higher")
    share_nouns: frozenset[str]  # nouns of a share a hyphenated plural fraction modifies ("a two-thirds majority")
    total_intro_heads: frozenset[str]  # first words of the total_intros phrases
    name_heads: frozenset[str]
    count_openers: frozenset[str]
    ordinal_suffixes: frozenset[str]
    compare_leads: frozenset[tuple[str, ...]]
    ellipsis_links: frozenset[str]
    restrictives: frozenset[str]  # "only", فقط between a part and its total ("14 فقط من أصل 46")
    count_heads: frozenset[str]  # "number" (of), عدد: a bare number after them counts the noun they own
    unit_context_bare: frozenset[str]  # "population": a context word only with no noun modifier before it
    possessive_determiners: frozenset[str]  # "its", "their": a fraction before one is a share ("half its value")
    age_words: frozenset[str]  # "aged", بعمر: a bound and a bare number after them are an age group
    others_nouns: frozenset[str]  # آخرين: a bare number before one counts what the figure before it counts
    range_bounding_openers: frozenset[str]  # "between": the bounds of the range after it are limits
    range_alternatives: frozenset[str]  # "or", أو: "two or three people" gives limits too
    ratio_heads: frozenset[str]  # "ratio", نسبة: "a ratio of 3 to 1" is one factor
    ratio_links: frozenset[str]
    total_adjectives: frozenset[str]  # "last", "first": "15 of its last 20 games"
    # a word after a number that is a unit only in a clause about its measure (درجة with الحرارة before it):
    # folded form → ((unit, context phrases as key tuples), ...) in the lexicon's order
    clause_nouns: dict[str, tuple[tuple[str, frozenset[tuple[str, ...]]], ...]]
    # a coin's folded form → (per unit, default code or None, codes, per unit of a code where it differs)
    subunits: dict[str, tuple[float, str | None, frozenset[str], dict[str, float], bool]]


def phrase_key(phrase: str) -> tuple[str, ...]:
    return tuple(t.key for t in tokenize(phrase, 0, len(phrase)))


def _index(pairs) -> PhraseIndex:
    """Phrases indexed by their first word, longest first."""
    index: dict[str, list] = {}
    for phrase, value in pairs:
        key = phrase_key(phrase)
        if key:
            index.setdefault(key[0], []).append((key, value))
    out = {k: tuple(sorted(v, key=lambda kv: -len(kv[0]))) for k, v in index.items()}
    _INDEXES[id(out)] = out  # kept alive here, so the id stays unique
    return out


def _merged(name: str) -> list[dict]:
    return [load_json(lang, name) for lang in ("ar", "en")]


def _clause_nouns(units: list[dict]) -> dict[str, tuple[tuple[str, frozenset[tuple[str, ...]]], ...]]:
    """Folded noun → its (unit, context phrases) entries: one noun may be a unit of several measures (درجة: Celsius
    beside the weather's words, a magnitude beside an earthquake's)."""
    out: dict[str, list[tuple[str, frozenset[tuple[str, ...]]]]] = {}
    for d in units:
        for unit, e in d.get("clause_nouns", {}).items():
            context = frozenset(phrase_key(c) for c in e["context"])
            for f in e["nouns"]:
                out.setdefault(fold(f), []).append((unit, context))
    return {k: tuple(v) for k, v in out.items()}


def _flat(dicts: list[dict], field: str):
    for d in dicts:
        yield from d.get(field, ())


@cache
def tables() -> Tables:
    """The quantity tables (loaded once)."""
    units, quals, ctx = _merged("units"), _merged("qualifiers"), _merged("quantity_context")
    nouns: dict[str, str] = {}
    phrases = []
    for d in units:
        for unit, forms in d.get("nouns", {}).items():
            for form in forms:
                (phrases.append((form, unit)) if len(phrase_key(form)) > 1 else nouns.setdefault(fold(form), unit))
    currencies: dict[str, tuple[str | None, dict[str, str]]] = {}
    by_place: set[str] = set()
    for d in units:
        for entry in d.get("currencies", {}).values():
            qualified = {fold(k): v for k, v in entry.get("qualified", {}).items()}
            currencies.update({fold(f): (entry.get("default"), qualified) for f in entry["forms"]})
            by_place.update(fold(f) for f in entry["forms"] if entry.get("by_place"))
    en = units[1]
    sets = {f: frozenset(fold(w) for w in _flat(ctx, f)) for f in
            ("months", "year_words", "year_nouns", "time_before", "labels", "of_link", "determiners", "breakers", "strong",
             "fraction_blockers", "year_after", "grade_after", "score_leads", "fraction_next_blockers", "range_openers", "range_links",
             "range_bare_links", "pair_links", "day_links", "range_not_after", "change_by", "span_over", "span_units", "span_bound_before", "share_before", "share_after", "share_nouns",
             "name_heads", "count_openers", "ordinal_suffixes", "ellipsis_links",
             "restrictives", "count_heads", "unit_context_bare", "possessive_determiners", "age_words", "others_nouns", "range_bounding_openers",
             "range_alternatives", "ratio_heads", "ratio_links", "total_adjectives")}
    return Tables(
        percent=_index((p, "percent") for p in _flat(units, "percent")),
        points=_index((p, "percentage_point") for p in _flat(units, "percentage_point")),
        fraction_points=_index((p, "percentage_point") for p in _flat(units, "fraction_points")),
        noun_phrases=_index(phrases),
        qual_before=_index((p, q) for d in quals for q, ps in d.get("before", {}).items() for p in ps),
        qual_after=_index((p, q) for d in quals for q, ps in d.get("after", {}).items() for p in ps),
        span_bound_after=_index((p, True) for p in _flat(ctx, "span_bound_after")),
        verb_before=_index((p, q) for d in quals for q, ps in d.get("verb_before", {}).items() if q[0] != "_"
                           for p in ps),
        total_links=_index([(p, True) for p in _flat(ctx, "total_links")]
                           + [(p, "rate") for p in _flat(ctx, "rate_totals")]),
        total_intros=_index((p, True) for p in _flat(ctx, "total_intros")),
        time_after=_index((p, True) for p in _flat(ctx, "time_after")),
        rate_links=_index((p, True) for p in _flat(units, "rate_links")),
        rate_clitics=frozenset(_flat(units, "rate_clitics")),
        rate_verbs=_index((p, True) for p in _flat(units, "rate_verbs")),
        symbols=dict(en.get("symbols", {})), symbol_prefixes={fold(k): v for k, v in
                                                               en.get("symbol_prefixes", {}).items()},
        letter_prefixes={k: tuple(v) for k, v in en.get("letter_prefixes", {}).items()},
        letter_defaults=dict(en.get("letter_prefix_defaults", {})),
        iso=frozenset(en.get("iso_codes", ())), currencies=currencies, by_place=frozenset(by_place),
        weight_if_of={fold(k): v for k, v in en.get("weight_if_of", {}).items()},
        multipliers=frozenset(fold(w) for w in _flat(units, "multipliers")),
        standalone={fold(k): (float(v[0]), v[1]) for d in units
                    for k, v in (d.get("standalone", {}) | d.get("standalone_verbs", {})).items()},
        standalone_verbs=frozenset(fold(k) for d in units for k in d.get("standalone_verbs", {})),
        base_verbs={fold(k): (float(v[0]), v[1]) for d in units for k, v in d.get("standalone_base_verbs", {}).items()},
        base_openers=frozenset(phrase_key(p) for p in _flat(units, "base_verb_openers")),
        nouns=nouns, fold_suffix=en.get("fold_suffix", "fold"),
        double_word=fold(units[0].get("double_word", "")),
        double_next=frozenset(fold(w) for w in units[0].get("double_next", ())),
        unit_context={fold(k): v for d in ctx for k, v in d.get("unit_context", {}).items()},
        unit_before={fold(k): v for d in units for k, v in d.get("unit_before", {}).items()},
        compare_leads=frozenset(phrase_key(p) for p in _flat(ctx, "compare_leads")),
        total_intro_heads=frozenset(phrase_key(p)[0] for p in _flat(ctx, "total_intros") if phrase_key(p)),
        clause_nouns=_clause_nouns(units),
        subunits={fold(f): (float(e["per"]), e["default"], frozenset(e["codes"]),
                            {c: float(n) for c, n in e.get("per_code", {}).items()}, bool(e.get("by_place")))
                  for d in units
                  for e in d.get("subunits", {}).values() for f in e["forms"]}, **sets)


def phrase_at(toks: list[Tok], i: int, index: PhraseIndex):
    """``(value, index after)`` of the longest phrase starting at token ``i``, else ``(None, i)``.

    The first word may carry an Arabic clitic (بنحو, وأكثر)."""
    if i >= len(toks):
        return None, i
    for key, value in _heads(id(index), toks[i].key):
        end = i + len(key)
        if end <= len(toks) and all(toks[i + n].key == key[n] for n in range(1, len(key))):
            return value, end
    return None, i


_HEADS: dict[tuple[int, str], tuple] = {}
_INDEXES: dict[int, PhraseIndex] = {}


def _heads(index_id: int, word: str) -> tuple:
    """Phrases of the index ``index_id`` whose first word is ``word`` or a clitic reading of it, in the
    order ``phrase_at`` tries them (memoised: most words start no phrase)."""
    got = _HEADS.get((index_id, word))
    if got is None:
        index = _INDEXES[index_id]
        got = tuple(entry for stem, _ in clitic_forms(word) for entry in index.get(stem, ()))
        if len(_HEADS) < 200_000:
            _HEADS[(index_id, word)] = got
    return got
