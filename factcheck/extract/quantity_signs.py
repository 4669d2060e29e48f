"""Signs, letter units, ages and compound nouns around a number.

Needs: the article text and a chunk's ``numbers.Tok`` tokens. Adds: the tests ``quantities`` and
``quantity_units`` apply around a number: a sign word before it ("minus 12°C", «سالب 5») or a phrase after it
(«3 تحت الصفر», "5 below zero") makes it negative; a capital letter unit glued to it ("41C", "104F") or
after it in a clause about the weather ("temperatures of 38 C") is a temperature, a lowercase one apart or a
label's letter ("Section 3 C") is none; a lowercase "p" glued to it is pence ("50p"; not "1080p video"); a
hyphenated age standing as a noun ("the 29-year-old was") is no amount; a compound in -men / -women counts people
("three policemen"); a glued "m" before a word of dimension is a metre ("300m tall"), not a million, and so is one after a verb of covering a distance ("ran 400m") unless the
clause names money ("ran 5m in losses": ``money_context``), and one after "the" with nothing counted after it
names a race ("won the 10,000m in 29 minutes"). Tables:
``lexicons/<lang>/quantity_signs.json``, both languages merged.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..lexicons import load_json
from .numbers import Reading, Tok, parse_digits, tokenize
from .quantity_lexicon import PhraseIndex, _index, phrase_at, tables


@dataclass(frozen=True, slots=True)
class SignTables:
    """The tables of ``quantity_signs.json`` of both languages, keys folded."""

    sign_before: PhraseIndex
    sign_after: PhraseIndex
    letter_units: dict[str, str]
    letter_context: frozenset[str]
    letter_not_before: frozenset[str]  # "1080p video": a lowercase letter unit before one of them is none
    age_after: frozenset[str]
    margin_before: frozenset[str]  # "plus or minus 3": a margin either way, no sign
    compounds: tuple[tuple[str, str], ...]  # (ending, unit), longest ending first
    min_stem: int
    exceptions: frozenset[str]
    metre_suffix: str
    metre_after: frozenset[str]
    metre_before: frozenset[str]
    metre_race_before: frozenset[str]  # "won the 10,000m in 29 minutes": a race named by its distance
    money_context: frozenset[str]


@cache
def sign_tables() -> SignTables:
    """The tables (loaded once)."""
    data = [load_json(lang, "quantity_signs") for lang in ("ar", "en")]
    words = {f: frozenset(_key(w) for d in data for w in d.get(f, ())) for f in ("letter_context", "age_after",
                                                                               "letter_not_before",
                                                                               "compound_exceptions", "margin_before")}
    ends = [(_key(e), unit) for d in data for unit, es in d.get("compound_nouns", {}).items() for e in es]
    return SignTables(
        sign_before=_index((p, True) for d in data for p in d.get("sign_before", ())),
        sign_after=_index((p, u or "") for d in data for p, u in d.get("sign_after", {}).items()),
        letter_units={k: v for d in data for k, v in d.get("letter_units", {}).items()},
        letter_context=words["letter_context"], letter_not_before=words["letter_not_before"],
        age_after=words["age_after"], margin_before=words["margin_before"],
        compounds=tuple(sorted(ends, key=lambda eu: -len(eu[0]))),
        min_stem=max((d.get("compound_min_stem", 0) for d in data), default=0),
        exceptions=words["compound_exceptions"],
        metre_suffix=next((d["metre_suffix"] for d in data if "metre_suffix" in d), ""),
        metre_after=frozenset(_key(w) for d in data for w in d.get("metre_after", ())),
        metre_before=frozenset(_key(w) for d in data for w in d.get("metre_before", ())),
        metre_race_before=frozenset(_key(w) for d in data for w in d.get("metre_race_before", ())),
        money_context=frozenset(_key(w) for d in data for w in d.get("money_context", ())))


def _key(word: str) -> str:
    toks = tokenize(word, 0, len(word))
    return toks[0].key if toks else ""


def sign_word_before(toks: list[Tok], k: int) -> int | None:
    """Index of a sign word standing right before the number at ``k`` ("minus 12°C"), else None."""
    tb = sign_tables()
    for p in (k - 1, k - 2):
        if p >= 0 and phrase_at(toks, p, tb.sign_before) == (True, k):
            return None if p and toks[p - 1].key in tb.margin_before else p  # "plus or minus 3 points"
    return None


def sign_after(toks: list[Tok], e: int) -> tuple[str | None, int] | None:
    """``(implied unit or None, index after)`` of a phrase at ``e`` that makes the number negative («تحت
    الصفر»), else None."""
    unit, end = phrase_at(toks, e, sign_tables().sign_after)
    return None if unit is None else (unit or None, end)


def letter_unit(text: str, toks: list[Tok], j: int) -> tuple[str, int] | None:
    """``(unit, j + 1)`` when the token at ``j`` is a letter unit written as listed ("C", not "c") and glued to
    the number before it, or standing apart in a clause that names its measure ("temperatures of 38 C")."""
    t = toks[j]
    unit = sign_tables().letter_units.get(text[t.start:t.end]) if t.kind == "w" else None
    if unit is None or j == 0 or toks[j - 1].kind != "n":
        return None
    if j + 1 < len(toks) and toks[j + 1].glued and toks[j + 1].kind in "nw":
        return None  # "41Cx", "3C4": part of a code
    after = toks[j + 1].key if j + 1 < len(toks) else ""
    if text[t.start:t.end].islower() and (not t.glued or after in sign_tables().letter_not_before):
        return None  # "50p" is pence; "50 p" is no unit, "1080p video" a resolution
    context = sign_tables().letter_context
    return (unit, j + 1) if t.glued or any(u.key in context for u in toks[:j - 1]) else None


def age_noun(toks: list[Tok], e: int) -> bool:
    """Whether a hyphenated "old" follows the span of time ending before ``e`` and the compound stands as a noun:
    punctuation, the end or a function word after it ("The 29-year-old was arrested", "the 25-year-old, who");
    "a 29-year-old man" and "over 60 years old" describe with an amount and stay."""
    if not (e + 1 < len(toks) and toks[e].key == "-" and toks[e].glued and toks[e + 1].glued):
        return False
    if toks[e + 1].key not in sign_tables().age_after:
        return False
    return e + 2 >= len(toks) or toks[e + 2].kind == "s" or toks[e + 2].key in tables().breakers


def compound_unit(key: str) -> str | None:
    """Unit of a compound counted noun by its ending ("policemen", "tribeswomen" → person), else None."""
    tb = sign_tables()
    if not key.isascii() or key in tb.exceptions:
        return None
    for end, unit in tb.compounds:
        if key.endswith(end) and len(key) - len(end) >= tb.min_stem:
            return unit
    return None


def signed(toks: list[Tok], k: int, e: int, unit: str | None) -> tuple[int, int, str | None, bool]:
    """``(start, end, unit, negative)`` of a number starting at token ``k`` whose unit ends at ``e``, widened
    over a sign word before it ("minus 12°C") or a sign phrase after it («3 تحت الصفر» → celsius)."""
    p = sign_word_before(toks, k)
    if p is not None:
        return p, e, unit, True
    dash = e + 1 if e < len(toks) and toks[e].key in "-−" and toks[e].glued else e  # «2- تحت الصفر»
    after = sign_after(toks, dash)
    if after is not None:
        return k, after[1], unit or after[0], True
    return k, e, unit, False


def metre_suffix(text: str, toks: list[Tok], r: Reading) -> float | None:
    """The value of digits with a glued "m" that is a metre, not a million: a word of dimension or of a race
    follows ("300m tall", "a 300m-high tower", "the 100m sprint"), or a verb of covering a distance stands before
    it and only a function word or nothing follows ("ran 400m in 43 seconds"); None otherwise."""
    tb = sign_tables()
    if r.words or r.end != r.start + 2 or toks[r.start].kind != "n" or not tb.metre_suffix:
        return None
    m, e = toks[r.start + 1], r.end
    if not m.glued or text[m.start:m.end] != tb.metre_suffix:
        return None
    if e + 1 < len(toks) and toks[e].key == "-" and toks[e].glued and toks[e + 1].glued:
        e += 1
    dimension = e < len(toks) and toks[e].key in tb.metre_after
    bare = e >= len(toks) or toks[e].kind == "s" or toks[e].key in tables().breakers
    moved = r.start > 0 and bare and (toks[r.start - 1].key in tb.metre_before or toks[r.start - 1].key in
                                      tb.metre_race_before)
    if moved and any(t.key in tb.money_context for t in toks):
        return None  # "the company ran 5m in losses": a clause about money keeps the million
    return parse_digits(toks[r.start].key) if dimension or moved else None
