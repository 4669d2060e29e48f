"""Attribution lexicons compiled once, and the token view of a sentence they are matched on.

Needs: ``lexicons/<lang>/attribution_{verbs,frames,types}.json``. Adds: ``Tok`` (a word or punctuation
mark with offsets into the original text and a folded form), ``tokenize``, and ``Lexicon`` with
the expanded reporting-verb forms and phrase sets matched on folded tokens, so orthographic
variants, harakat, tatweel and bidi controls never shift an offset.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from ..lexicons import load_json
from ..text.normalize import INVISIBLE, fold

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_INVISIBLE = "".join(sorted(INVISIBLE))
# a word: letters/digits with harakat, tatweel and (inside it only) invisible controls; or one mark
_TOKEN = re.compile(rf"[^\W_](?:[^\W_]|[{_MARKS}]|[{_INVISIBLE}]+(?=[^\W_]))*|[^\s{_MARKS}{_INVISIBLE}]")
QUOTES_OPEN = frozenset("\"«“‘'")
QUOTES_CLOSE = frozenset("\"»”’'")
CLITICS = ("و", "ف")


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
    return [Tok(m.start(), m.end(), *_fold(m.group())) for m in _TOKEN.finditer(text, start, end)]


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

    def _first(self, f: str) -> list[tuple[str, ...]]:
        hits = self.by_first.get(f)
        if hits is None and len(f) > 3 and f[0] in self.clitics:
            hits = self.by_first.get(f[1:])
        return hits or []

    def match(self, toks: list[Tok], i: int) -> int:
        """Number of tokens the longest phrase starting at ``toks[i]`` covers (0 = none)."""
        if i >= len(toks):
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
    present = fold(v["present"])
    for prefix in ("ي", "ت"):  # third person: first-person forms collide with nouns (نصف)
        for suffix in ("", "ون", "ان", "ين", "ن"):
            forms[prefix + present + suffix] = False
    if v.get("participle"):
        part = fold(v["participle"])
        for suffix in ("ا", "ين", "ه"):
            forms[part + suffix] = True
    for extra in v.get("extra", ()):
        forms[fold(extra)] = fold(extra).endswith(("ا", "ه")) and fold(extra) not in forms
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
    triggers: frozenset[str]  # first tokens of everything a frame can start with

    def triggered(self, f: str) -> bool:
        """Cheap first test: can a cue, frame or own-voice formula start at a token folded ``f``?"""
        return f in self.triggers or (len(f) > 3 and f[0] in CLITICS and f[1:] in self.triggers)

    def verb(self, f: str) -> tuple[str, bool] | None:
        hit = self.verbs.get(f)
        if hit is None and self.language == "ar" and len(f) > 3 and f[0] in CLITICS:
            hit = self.verbs.get(f[1:])
        return hit

    def __getitem__(self, name: str) -> PhraseSet:
        return self.sets[name]


@cache
def lexicon(language: str) -> Lexicon:
    """The compiled lexicon of ``language`` (``ar`` or ``en``), built once."""
    language = "ar" if language == "ar" else "en"
    expand = _ar_forms if language == "ar" else _en_forms
    verbs: dict[str, tuple[str, bool]] = {}
    for v in load_json(language, "attribution_verbs")["verbs"]:
        for form, participle in expand(v).items():
            verbs.setdefault(form, (v["kind"], participle))
    clitics = CLITICS if language == "ar" else ()
    sets = {}
    for name in ("attribution_frames", "attribution_types"):
        for key, entries in load_json(language, name).items():
            if isinstance(entries, list):
                sets[key] = PhraseSet(entries, clitics)
    triggers = set(verbs)
    for name in ("prepositions", "own_voice", "reports"):
        triggers |= set(sets[name].by_first)
    triggers |= {"ال" + r for r in sets["reports"].by_first}
    return Lexicon(language, verbs, sets, frozenset(triggers))
