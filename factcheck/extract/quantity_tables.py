"""Quantity tables: units, qualifiers and context words, merged over both languages.

Needs: ``lexicons/<lang>/units.json``, ``qualifiers.json`` and ``quantity_context.json``. Adds: the
``Tables`` (keys folded, phrases indexed by their folded first word) and lookups over ``numbers.Tok``
tokens: ``phrase_at``, ``noun_unit``, ``dual_unit``, ``opens_qualifier``, ``is_anchor``, ``has_anchor``, and
``lead_clitic_end`` (a quantity's start past a leading و/ف/ب/ل/ك clitic: "بنحو 500" → "نحو 500"; ال stays).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ..lexicons import load_json
from ..text.normalize import fold
from .numbers import (
    INVISIBLE,
    MARKS,
    Tok,
    ambiguous_fractions,
    clitic_forms,
    fraction_of,
    lookup,
    number_words,
    tokenize,
)

PhraseIndex = dict[str, tuple[tuple[tuple[str, ...], object], ...]]
_PRONOUNS = ("هما", "هم", "هن", "ها", "كم", "نا", "ه")
_SKIP = re.compile(f"[{MARKS}{INVISIBLE}\u0640]")  # harakat, invisible characters, tatweel


@dataclass(frozen=True, slots=True)
class Tables:
    """Unit, qualifier and context tables of both languages, keys folded."""

    percent: PhraseIndex
    points: PhraseIndex
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
    iso: frozenset[str]
    currencies: dict[str, tuple[str | None, dict[str, str]]]
    by_place: frozenset[str]
    weight_if_of: dict[str, str]
    multipliers: frozenset[str]
    standalone: dict[str, tuple[float, str]]
    standalone_verbs: frozenset[str]
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
    fraction_next_blockers: frozenset[str]
    unit_context: dict[str, str]
    unit_before: dict[str, str]
    range_openers: frozenset[str]
    range_links: frozenset[str]
    range_bare_links: frozenset[str]
    pair_links: frozenset[str]
    day_links: frozenset[str]
    range_not_after: frozenset[str]
    span_over: frozenset[str]
    span_units: frozenset[str]
    span_bound_before: frozenset[str]
    share_before: frozenset[str]
    share_after: frozenset[str]  # comparatives after a fraction that make it a share ("a fifth higher")
    total_intro_heads: frozenset[str]  # first words of the total_intros phrases
    name_heads: frozenset[str]
    count_openers: frozenset[str]
    ordinal_suffixes: frozenset[str]
    compare_leads: frozenset[tuple[str, ...]]
    ellipsis_links: frozenset[str]
    restrictives: frozenset[str]  # "only", فقط between a part and its total ("14 فقط من أصل 46")
    count_heads: frozenset[str]  # "number" (of), عدد: a bare number after them counts the noun they own
    age_words: frozenset[str]  # "aged", بعمر: a bound and a bare number after them are an age group
    others_nouns: frozenset[str]  # آخرين: a bare number before one counts what the figure before it counts
    # a word after a number that is a unit only in a clause about its measure (درجة with الحرارة before it):
    # folded form → (unit, context phrases as key tuples)
    clause_nouns: dict[str, tuple[str, frozenset[tuple[str, ...]]]]
    subunits: dict[str, tuple[float, str, frozenset[str]]]  # a coin's folded form → (per unit, default code, codes)


def _phrase_key(phrase: str) -> tuple[str, ...]:
    return tuple(t.key for t in tokenize(phrase, 0, len(phrase)))


def _index(pairs) -> PhraseIndex:
    """Phrases indexed by their first word, longest first."""
    index: dict[str, list] = {}
    for phrase, value in pairs:
        key = _phrase_key(phrase)
        if key:
            index.setdefault(key[0], []).append((key, value))
    out = {k: tuple(sorted(v, key=lambda kv: -len(kv[0]))) for k, v in index.items()}
    _INDEXES[id(out)] = out  # kept alive here, so the id stays unique
    return out


def _merged(name: str) -> list[dict]:
    return [load_json(lang, name) for lang in ("ar", "en")]


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
                (phrases.append((form, unit)) if len(_phrase_key(form)) > 1 else nouns.setdefault(fold(form), unit))
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
             "fraction_blockers", "year_after", "fraction_next_blockers", "range_openers", "range_links",
             "range_bare_links", "pair_links", "day_links", "range_not_after", "span_over", "span_units", "span_bound_before", "share_before", "share_after",
             "name_heads", "count_openers", "ordinal_suffixes", "ellipsis_links",
             "restrictives", "count_heads", "age_words", "others_nouns")}
    return Tables(
        percent=_index((p, "percent") for p in _flat(units, "percent")),
        points=_index((p, "percentage_point") for p in _flat(units, "percentage_point")),
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
        iso=frozenset(en.get("iso_codes", ())), currencies=currencies, by_place=frozenset(by_place),
        weight_if_of={fold(k): v for k, v in en.get("weight_if_of", {}).items()},
        multipliers=frozenset(fold(w) for w in _flat(units, "multipliers")),
        standalone={fold(k): (float(v[0]), v[1]) for d in units
                    for k, v in (d.get("standalone", {}) | d.get("standalone_verbs", {})).items()},
        standalone_verbs=frozenset(fold(k) for d in units for k in d.get("standalone_verbs", {})),
        nouns=nouns, fold_suffix=en.get("fold_suffix", "fold"),
        double_word=fold(units[0].get("double_word", "")),
        double_next=frozenset(fold(w) for w in units[0].get("double_next", ())),
        unit_context={fold(k): v for d in ctx for k, v in d.get("unit_context", {}).items()},
        unit_before={fold(k): v for d in units for k, v in d.get("unit_before", {}).items()},
        compare_leads=frozenset(_phrase_key(p) for p in _flat(ctx, "compare_leads")),
        total_intro_heads=frozenset(_phrase_key(p)[0] for p in _flat(ctx, "total_intros") if _phrase_key(p)),
        clause_nouns={fold(f): (unit, frozenset(_phrase_key(c) for c in e["context"])) for d in units
                      for unit, e in d.get("clause_nouns", {}).items() for f in e["nouns"]},
        subunits={fold(f): (float(e["per"]), e["default"], frozenset(e["codes"])) for d in units
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


@lru_cache(maxsize=16384)
def variants(key: str) -> tuple[str, ...]:
    """Lookup forms of a folded noun: clitics, accusative alef, possessive suffixes, construct ي → ين."""
    out = []
    for stem, _ in clitic_forms(key):
        out.append(stem)
        if len(stem) > 3 and stem.endswith("ا"):
            out.append(stem[:-1])
        for p in _PRONOUNS:
            if stem.endswith(p) and len(stem) - len(p) >= 3:
                base = stem[: -len(p)]
                out += [base, base + "ن"] if base.endswith("ي") else [base, base[:-1] + "ه"] if base.endswith(
                    "ت") else [base]
                break
    if key.isascii() and len(key) > 3 and key.endswith("s"):
        out.append(key[:-1])
    return tuple(out)


def noun_unit(key: str, table: str | dict = "nouns"):
    """Entry of ``tables().<table>`` for a folded word, trying its ``variants``; a counted noun (the ``nouns``
    table) also by its sound plural's other case (مشجعون → مشجعين) or its feminine plural's singular (مريضات →
    مريضة)."""
    mapping = getattr(tables(), table) if isinstance(table, str) else table
    for v in variants(key):
        if v in mapping:
            return mapping[v]
    if table == "nouns":
        for w in _plural_singulars(key):
            if w in mapping:
                return mapping[w]
    return None


@lru_cache(maxsize=16384)
def _plural_singulars(key: str) -> tuple[str, ...]:
    """Other forms of a sound plural among ``variants(key)``: ون → ين, ات → ة (folded ه), a nisba's يين → ي (شرطيين)."""
    out = [v[:-2] + ("ين" if v[-1] == "ن" else "ه") for v in variants(key) if len(v) > 4 and v.endswith(("ون", "ات"))]
    return tuple(out + [v[:-2] for v in variants(key) if len(v) > 4 and v.endswith(("يين", "يون"))])


@lru_cache(maxsize=16384)
def definite(key: str) -> bool:
    """An Arabic word carrying the article (الشهر, بالشهر, للموظفين) that is no lexicon entry itself."""
    if not key or not "\u0621" <= key[0] <= "\u064a" or key in tables().nouns:
        return False
    return any("ال" in clitic or clitic == "لل" for _, clitic in clitic_forms(key)[1:2])


@lru_cache(maxsize=16384)
def possessed(key: str) -> bool:
    """An Arabic noun with a possessive suffix of two letters or more (موظفيها, عمالهم); a listed noun ending
    in ن with the accusative alef (سجينا، مواطنا) is no "our"."""
    if key.endswith("نا") and key[:-1] in tables().nouns:
        return False
    return any(key.endswith(p) and len(key) - len(p) >= 3 for p in _PRONOUNS if len(p) > 1)


def names_period(toks: list[Tok], i: int, end: int, unit: str | None) -> bool:
    """Whether the bound ``toks[i]`` before a span of time ending at ``end`` names the period ("fell over
    five years") rather than a lower bound ("for over 20 years", "over 30 years ago")."""
    tb = tables()
    if toks[i].key not in tb.span_over or str(unit) not in tb.span_units:
        return False
    if i > 0 and toks[i - 1].key in tb.span_bound_before:
        return False
    return phrase_at(toks, end, tb.span_bound_after)[0] is None


def verb_qualifier(toks: list[Tok], k: int) -> str | None:
    """The qualifier of a verb of exceeding one or two plain words before token ``k`` ("تجاوزت نسبة
    المشاركة 80%"), from ``qualifiers.json`` ``verb_before``; None when none is there."""
    tb = tables()
    for gap in (1, 2):
        words = toks[max(0, k - gap):k]
        if len(words) < gap or any(t.kind != "w" or t.key in tb.breakers or t.key in tb.determiners
                                   or lookup(t.key) is not None or opens_qualifier(t.key) for t in words):
            return None
        for s in range(max(0, k - gap - 2), k - gap):
            qual, end = phrase_at(toks, s, tb.verb_before)
            if qual is not None and end == k - gap and not toks[s].key.startswith("ال"):
                return qual  # 'غرق القارب ونجا 45': a word with the article is a noun (the boat), no verb
    return None


@lru_cache(maxsize=16384)
def opens_qualifier(key: str) -> bool:
    """Whether a folded word (clitics allowed) can open a qualifier phrase ("نحو", "بأكثر", "about")."""
    return any(stem in tables().qual_before for stem, _ in clitic_forms(key))


@lru_cache(maxsize=65536)
def is_anchor(key: str) -> bool:
    """Whether a folded word can start a quantity by itself (number, fraction, multiplier, currency sign)."""
    tb = tables()
    hit = lookup(key)
    if hit is not None:
        return hit[0] != "vague" and hit[2] != "plural"
    return (fraction_of(key) is not None or key in tb.symbol_prefixes or key in _letter_keys()
            or any(stem in ambiguous_fractions()[0] for stem, _ in clitic_forms(key)) or key.upper() in tb.iso
            or noun_unit(key, "standalone") is not None or key == tb.double_word or dual_unit(key) is not None
            or dual_currency(key) is not None
            or (key.endswith(tb.fold_suffix) and key != tb.fold_suffix))


@cache
def _letter_keys() -> frozenset[str]:
    return frozenset(fold(k) for k in tables().letter_prefixes)


@lru_cache(maxsize=65536)
def dual_unit(key: str) -> str | None:
    """Unit of an indefinite Arabic dual of a counted noun (شركتين, مقعدان, بمقعدين → 2), else None.

    Forms listed in the lexicon (sound plurals such as موظفين) and definite duals are not read."""
    nouns = tables().nouns
    for stem, clitic in clitic_forms(key):
        if "ال" in clitic or stem.startswith("ال") or stem in nouns:
            return None
        if len(stem) >= 5 and stem[-2:] in ("ين", "ان"):
            base = stem[:-2]
            for cand in (base, base[:-1] + "ه" if base.endswith("ت") else base):
                if cand in nouns:
                    return nouns[cand]
    return None


@lru_cache(maxsize=65536)
def dual_currency(key: str) -> str | None:
    """The folded currency word of an indefinite Arabic dual (جنيهين، دولاران، بريالين → its singular), else None."""
    for stem, clitic in clitic_forms(key):
        if "ال" not in clitic and not stem.startswith("ال") and len(stem) >= 5 and stem[-2:] in ("ين", "ان") and (
                stem[:-2] in tables().currencies):
            return stem[:-2]
    return None


@lru_cache(maxsize=65536)
def has_anchor(raw: str) -> bool:
    """Whether a whitespace-delimited chunk holds a digit or a number, fraction or multiplier word."""
    symbols = tables().symbols
    for t in tokenize(raw, 0, len(raw)):
        if t.kind == "n" or (t.key in symbols if t.kind == "s" else is_anchor(t.key) and t.key not in
                                                                        number_words().articles):
            return True
    return False


def _clitic(t: Tok) -> str:
    """The clitic the quantity reading of token ``t`` carries ("" when none)."""
    hit = lookup(t.key)
    if hit is not None:
        return hit[3]
    frac = fraction_of(t.key)
    if frac is not None:
        return frac[1]
    index, ambiguous = tables().qual_before, ambiguous_fractions()[0]
    if t.key in index:
        return ""
    for stem, clitic in clitic_forms(t.key)[1:]:
        if stem in index or dual_unit(stem) is not None or stem in ambiguous or dual_currency(stem) is not None:
            return clitic
    return ""


def lead_clitic_end(text: str, t: Tok) -> int:
    """Start offset of a quantity whose first token is ``t``, past a leading و/ف/ب/ل/ك clitic."""
    if t.kind != "w":
        return t.start
    clitic = _clitic(t)
    drop = clitic[:-2] if clitic.endswith("ال") else clitic[:1] if clitic == "لل" else clitic
    if not drop:
        return t.start
    pos, letters = t.start, 0
    while pos < t.end and letters < len(drop):
        if not _SKIP.match(text[pos]):
            letters += 1
        pos += 1
    while pos < t.end and _SKIP.match(text[pos]):
        pos += 1
    return pos if pos < t.end else t.start
