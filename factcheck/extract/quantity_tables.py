"""Quantity tables: lookups over ``numbers.Tok`` tokens in the merged unit, qualifier and context tables.

Needs: the tables of ``quantity_lexicon`` (re-exported here: ``Tables``, ``tables``, ``phrase_at``). Adds:
``noun_unit``, ``dual_unit``, ``opens_qualifier``, ``is_anchor``, ``has_anchor``, and ``lead_clitic_end`` (a
quantity's start past a leading و/ف/ب/ل/ك clitic: "بنحو 500" → "نحو 500"; ال stays).
"""
from __future__ import annotations

import re
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
from .quantity_durations import duration_duals
from .quantity_lexicon import PhraseIndex, Tables, _index, phrase_at, tables

__all__ = ["PhraseIndex", "Tables", "_index", "phrase_at", "tables"]

_PRONOUNS = ("هما", "هم", "هن", "ها", "كم", "نا", "ه")
PRONOUNS = _PRONOUNS  # possessive and object suffixes, folded (for ``quantity_nouns``)
_SKIP = re.compile(f"[{MARKS}{INVISIBLE}\u0640]")  # harakat, invisible characters, tatweel

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


_SUBJECT_WORDS = 6  # words a VSO subject between a verb of exceeding and its number may take


@cache
def _subject_links() -> frozenset[str]:
    """Prepositions inside a long VSO subject before a definite word (``qualifiers.json`` ``subject_links``)."""
    return frozenset(fold(w) for lang in ("ar", "en") for w in load_json(lang, "qualifiers").get("subject_links", ()))


def verb_qualifier(toks: list[Tok], k: int, index: PhraseIndex | None = None) -> str | None:
    """The qualifier of a verb of exceeding before token ``k`` across the clause's subject ("تجاوزت نسبة
    المشاركة 80%", «تجاوز عدد الإصابات المسجلة 94 ألف حالة»), from ``qualifiers.json`` ``verb_before``; None when
    none is there. A subject of one or two plain words stands as it is; a longer one is a construct chain
    (``_construct``: عدد الإصابات المسجلة، عدد سكان القرية، حجم التبادل التجاري بين البلدين), so that no second verb
    or object stands between. ``index``: other verbs to look for
    (``quantity_verbs``: a verb of increase before عن), the subject possibly empty."""
    tb = tables()
    verbs = tb.verb_before if index is None else index
    links = _subject_links()
    for gap in range(0 if index is not None else 1, _SUBJECT_WORDS + 1):
        words = toks[max(0, k - gap):k]
        if len(words) < gap or any(not (t.key in links and n + 1 < len(words) and _plain(words[n + 1])) and (
                not _described(toks, k - len(words) + n)) and (
                t.kind != "w" or t.key in tb.breakers or t.key in tb.determiners or lookup(t.key) is not None
                or opens_qualifier(t.key)) for n, t in enumerate(words)):
            return None
        if words and words[0].key in links or gap > 2 and not _construct(words, links):
            continue
        for s in range(max(0, k - gap - 2), k - gap):
            qual, end = phrase_at(toks, s, verbs)
            if qual is not None and end == k - gap and not toks[s].key.startswith("ال"):
                return qual  # 'غرق القارب ونجا 45': a word with the article is a noun (the boat), no verb
    return None


def _plain(t: Tok) -> bool:
    """A word that may follow a subject link: a noun or a name, no preposition, determiner or number."""
    tb = tables()
    return t.kind == "w" and t.key not in tb.breakers and t.key not in tb.determiners and lookup(t.key) is None


def _described(toks: list[Tok], i: int) -> bool:
    """A number word with the article after a definite noun, which it describes (سعر الرغيف الواحد)."""
    hit = lookup(toks[i].key) if toks[i].kind == "w" else None
    return hit is not None and hit[3] == "ال" and i > 0 and definite(toks[i - 1].key)


_HEADS = 3  # indefinite heads a construct chain may open with (عدد سكان القرية)


def _construct(words: list[Tok], links: frozenset[str]) -> bool:
    """A construct chain: up to ``_HEADS`` indefinite heads, then definite words only, or a preposition of
    ``links`` before one (عدد سكان القرية الصغيرة، حجم التبادل التجاري بين البلدين); a word without the article
    after a definite one starts another phrase (القوات الحدود وقتلت), except one right after a link (عدد القتلى في
    غزة: a name)."""
    first = next((n for n, t in enumerate(words) if definite(t.key)), None)
    return first is not None and first <= _HEADS and all(
        definite(t.key) or t.key in links or first < n and words[n - 1].key in links  # في غزة: a name after a link
        for n, t in enumerate(words) if n >= first)


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
            or key in tb.base_verbs
            or dual_currency(key) is not None
            or key in duration_duals()
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
    """Whether a whitespace-delimited chunk holds a digit or a number, fraction or multiplier word, or the first word
    of a phrase of percentage points ("a percentage point": one)."""
    tb = tables()
    for t in tokenize(raw, 0, len(raw)):
        if t.kind == "n" or (t.key in tb.symbols if t.kind == "s" else is_anchor(t.key) and t.key not in
                                                                           number_words().articles or t.key in tb.points):
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
