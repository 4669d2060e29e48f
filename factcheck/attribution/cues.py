"""Attribution lexicons compiled once, and the token view of a sentence they are matched on.

Needs: ``lexicons/<lang>/attribution_{verbs,frames,types}.json``. Adds: ``Tok`` (a word or punctuation
mark with offsets into the original text and a folded form), ``tokenize``, and ``Lexicon`` with
the expanded reporting-verb forms and phrase sets matched on folded tokens, so orthographic
variants, harakat, tatweel and bidi controls never shift an offset. A verb form that folds to another
word (an entry's ``homographs``: بيّن → بين 'between') is kept apart (``Lexicon.homograph``): only the frame
finder, which sees the original text, reads it as a verb (``verbs_ar``).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache, partial
from typing import NamedTuple

from ..lexicons import load_json
from ..text.normalize import INVISIBLE, fold

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_INVISIBLE = "".join(sorted(INVISIBLE))
# a number with thousands separators ('11,000', '1,250,000') or a clock time ('9:30') is one token: its commas
# close no clause and its colon opens no quotation
_GROUPED = r"(?<![\w,.])\d{1,3}(?:,\d{3})+(?!\w|[,.]\d)|(?<![\w:.])\d{1,2}:\d{2}(?![\w:]|\.\d)"
# a word: letters/digits with harakat, tatweel and (inside it only) invisible controls; or one mark
_TOKEN = re.compile(rf"{_GROUPED}|[^\W_](?:[^\W_]|[{_MARKS}]|[{_INVISIBLE}]+(?=[^\W_]))*|[^\s{_MARKS}{_INVISIBLE}]")
# the same tokens, faster, for text with no underscore and no invisible character (almost all text)
_TOKEN_PLAIN = re.compile(rf"{_GROUPED}|\w[\w{_MARKS}]*|[^\s{_MARKS}]")
_NOT_PLAIN = re.compile(rf"[_{_INVISIBLE}]")
QUOTES_OPEN = frozenset("\"«“‘'")
QUOTES_CLOSE = frozenset("\"»”’'")
CLITICS = ("و", "ف")
_WORDS = re.compile(r"[^\W_]+")


class Tok(NamedTuple):
    """One word or punctuation mark: ``start``/``end`` in the article, ``f`` folded text."""

    start: int
    end: int
    f: str
    word: bool


@lru_cache(maxsize=65536)
def _fold(token: str) -> tuple[str, bool]:
    f = fold(token)
    return f, f[:1].isalnum()


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    """Tokens of ``text[start:end]`` with absolute offsets (invisible characters trimmed off)."""
    pattern = _TOKEN if _NOT_PLAIN.search(text, start, end) else _TOKEN_PLAIN
    new, fold_ = tuple.__new__, _fold
    return [new(Tok, m.span() + fold_(m.group())) for m in pattern.finditer(text, start, end)]


def _chunk_hit(needed: frozenset[str], chunk: str) -> bool:
    """Does a whitespace-delimited chunk of raw text hold one of the ``needed`` words (folded)?"""
    return not needed.isdisjoint(_WORDS.findall(fold(chunk)))


class PhraseSet:
    """Multi-word phrases matched on folded tokens; a final 'ل' may be the next word's proclitic."""

    def __init__(self, phrases, clitics: tuple[str, ...] = ()):
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        self.clitics = clitics
        for p in phrases:
            key = tuple(fold(p).split())
            if key:
                self.by_first.setdefault(key[0], []).append(key)
        for v in self.by_first.values():
            v.sort(key=len, reverse=True)
        self.singles = frozenset(k[0] for v in self.by_first.values() for k in v if len(k) == 1)
        # first tokens a phrase can start with, clitic forms included: one set test rejects most tokens
        self.firsts = frozenset(self.by_first) | {c + f for f in self.by_first for c in clitics if len(f) >= 3}

    def _first(self, f: str) -> list[tuple[str, ...]]:
        hits = self.by_first.get(f)
        if hits is None and len(f) > 3 and f[0] in self.clitics:
            hits = self.by_first.get(f[1:])
        return hits or []

    def match(self, toks: list[Tok], i: int) -> int:
        """Number of tokens the longest phrase starting at ``toks[i]`` covers (0 = none)."""
        if i >= len(toks) or toks[i].f not in self.firsts:
            return 0
        for key in self._first(toks[i].f):
            n = len(key)
            if all(i + k < len(toks) and toks[i + k].f == key[k] for k in range(1, n)):
                return n
            if n > 1 and key[-1] == "ل" and i + n - 1 < len(toks) and all(
                    toks[i + k].f == key[k] for k in range(1, n - 1)) and toks[i + n - 1].f.startswith("ل"):
                return n
        return 0

    def __contains__(self, f: str) -> bool:
        return f in self.singles or (len(f) > 3 and f[0] in self.clitics and f[1:] in self.singles)


def _ar_forms(v: dict) -> dict[str, bool]:
    """Surface forms (folded) of one Arabic verb entry → is-participle flag."""
    forms: dict[str, bool] = {}
    past = fold(v["past"])
    for suffix in ("", "ت", "وا", "ا", "تا"):
        forms[past + suffix] = False
    present = fold(v["present"]) if v.get("present") else None  # null: the present spells another verb
    if present:
        for prefix in ("ي", "ت"):  # third person: first-person forms collide with nouns (نصف)
            for suffix in ("", "ون", "ان", "ين", "ن"):
                forms[prefix + present + suffix] = False
    if v.get("participle"):
        part = fold(v["participle"])
        for suffix in ("ا", "ين", "ه"):
            forms[part + suffix] = True
    for extra in v.get("extra", ()):  # an extra spelling a form already listed (مدعيا، مدعياً) keeps that form's flag
        f = fold(extra)
        if f not in forms:
            forms[f] = f.endswith(("ا", "ه"))
    return forms


def _en_forms(v: dict) -> dict[str, bool]:
    if "forms" in v:
        return {f: f.endswith("ing") for f in v["forms"]}
    b = v["base"]
    stem = b[:-1] if b.endswith("e") else b
    if b.endswith("y"):
        return {b: False, b[:-1] + "ies": False, b[:-1] + "ied": False, b + "ing": True}
    return {b: False, b + "s": False, stem + "ed": False, stem + "ing": True}


@dataclass(frozen=True)
class Lexicon:
    """Everything the attribution stage matches for one language."""

    language: str
    verbs: dict[str, tuple[str, bool]]  # folded form → (kind, is_participle)
    sets: dict[str, PhraseSet]
    triggers: frozenset[str]  # first tokens (with their و/ف clitic forms) of everything a frame can start with
    needed: frozenset[str]  # folded words one of which every cue, frame or report of a sentence contains
    hit: Callable[[str], bool]  # cached _chunk_hit over ``needed``
    # folded verb forms that also spell another word (بين 'between' for بيّن): cues only where the frame finder
    # can tell the verb (its shadda written, or its place in the clause)
    homographs: dict[str, tuple[str, bool]] = field(default_factory=dict)

    def triggered(self, f: str) -> bool:
        """Cheap first test: can a cue, frame or own-voice formula start at a token folded ``f``?"""
        return f in self.triggers

    def candidate(self, sentence: str) -> bool:
        """Prefilter on the raw sentence: False when no frame can be found in it (no tokenising needed)."""
        return any(map(self.hit, sentence.split()))

    def verb(self, f: str) -> tuple[str, bool] | None:
        hit = self.verbs.get(f)
        if hit is None and self.language == "ar" and len(f) > 3 and f[0] in CLITICS:
            hit = self.verbs.get(f[1:])
        return hit

    def homograph(self, f: str) -> tuple[str, bool] | None:
        """(kind, is_participle) of a verb form that also spells another word, with an optional و/ف clitic."""
        hit = self.homographs.get(f)
        if hit is None and len(f) > 3 and f[0] in CLITICS:
            hit = self.homographs.get(f[1:])
        return hit

    def __getitem__(self, name: str) -> PhraseSet:
        return self.sets[name]


@cache
def lexicon(language: str) -> Lexicon:
    """The compiled lexicon of ``language`` (``ar`` or ``en``), built once."""
    language = "ar" if language == "ar" else "en"
    expand = _ar_forms if language == "ar" else _en_forms
    verbs: dict[str, tuple[str, bool]] = {}
    homographs: dict[str, tuple[str, bool]] = {}
    for v in load_json(language, "attribution_verbs")["verbs"]:
        shared = {fold(h) for h in v.get("homographs", ())}
        for form, participle in expand(v).items():
            (homographs if form in shared else verbs).setdefault(form, (v["kind"], participle))
    clitics = CLITICS if language == "ar" else ()
    sets = {}
    for name in ("attribution_frames", "attribution_types"):
        for key, entries in load_json(language, name).items():
            if isinstance(entries, list):
                sets[key] = PhraseSet(entries, clitics)
    triggers = set(verbs) | set(homographs)
    for name in ("prepositions", "own_voice", "reports", "subject_verbs"):
        triggers |= set(sets[name].by_first) if name in sets else set()
    triggers |= {"ال" + r for r in sets["reports"].by_first}
    needed = set(verbs) | set(homographs) | set(sets["reports"].by_first) | {"ال" + r for r in sets["reports"].by_first}
    needed |= {_required(key) for keys in sets["prepositions"].by_first.values() for key in keys}
    needed |= set(sets["subject_verbs"].by_first) if "subject_verbs" in sets else set()
    needed |= set(sets["expectation_words"].by_first) if "expectation_words" in sets else set()  # "in line with expectations"
    needed_forms = _with_clitics(needed, clitics)
    hit = lru_cache(maxsize=65536)(partial(_chunk_hit, needed_forms))
    return Lexicon(language, verbs, sets, _with_clitics(triggers, clitics), needed_forms, hit, homographs)


def _required(key: tuple[str, ...]) -> str:
    """The longest word of a phrase (a final proclitic 'ل' excluded): no match without it."""
    words = key[:-1] if len(key) > 1 and key[-1] == "ل" else key
    return max(reversed(words), key=len)


def _with_clitics(words: set[str], clitics: tuple[str, ...]) -> frozenset[str]:
    """``words`` and their و/ف-prefixed forms (as ``PhraseSet`` and ``Lexicon.verb`` accept them)."""
    return frozenset(words | {c + w for w in words for c in clitics if len(w) >= 3})
