"""Source gazetteer: canonical names and kinds for outlets, agencies, organisations and people.

Needs: ``lexicons/sources.json`` (loaded once) and, optionally, user aliases from the storage layer.
Adds: ``alias_key`` (the matching key of a source phrase) and ``resolve`` (phrase → (name, kind)),
which also finds a known alias inside a longer phrase ("تقارير صحفية من بينها «بيزنس إنسايدر»").
Short all-capital aliases (AP, WHO, UN) match only as written (or spelt with full stops: U.N.), so "who" is not
the WHO.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache, lru_cache

from ..lexicons import load_json
from ..text.normalize import fold, stem

_WORD = re.compile(r"[0-9]+|[^\W\d_]+", re.UNICODE)
_ACRONYM = re.compile(r"^[A-Z][A-Z.]{0,5}$")
_EN_ARTICLE = {"the"}
# a word, or a short name written letter by letter with full stops ('U.N.', 'U.K.'), one word for the acronyms
_ALIAS_WORD = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,4}(?!\w)|[^\W_]+")


def _words(phrase: str) -> list[str]:
    return _WORD.findall(fold(phrase))


@lru_cache(maxsize=32768)
def _key_tokens(phrase: str) -> tuple[str, ...]:
    toks = [t for t in _words(phrase) if t not in _EN_ARTICLE]
    return tuple(stem(t) for t in toks)


def alias_key(phrase: str) -> str:
    """Folded key: quotes, clitics, the Arabic and English article stripped, light stems."""
    return " ".join(_key_tokens(phrase))


@cache
def _table() -> tuple[dict[tuple[str, ...], tuple[str, str]], dict[str, tuple[str, str]], int]:
    """(key tokens → record, acronym → record, longest alias in tokens) from the gazetteer."""
    keyed: dict[tuple[str, ...], tuple[str, str]] = {}
    acronyms: dict[str, tuple[str, str]] = {}
    for entry in load_json("", "sources").get("sources", []):
        record = (entry["name"], entry["kind"])
        for alias in (entry["name"], *entry.get("aliases", ())):
            _add(keyed, acronyms, alias, record)
    longest = max((len(k) for k in keyed), default=1)
    return keyed, acronyms, longest


def _add(keyed, acronyms, alias: str, record: tuple[str, str]) -> None:
    bare = alias.replace(".", "")
    if _ACRONYM.match(alias) and len(bare) <= 5:
        acronyms.setdefault(bare, record)
        return
    key = _key_tokens(alias)
    if key:
        keyed.setdefault(key, record)


def _extra_tables(extra: Mapping[str, tuple]):
    keyed: dict[tuple[str, ...], tuple[str, str]] = {}
    acronyms: dict[str, tuple[str, str]] = {}
    for alias, record in extra.items():
        _add(keyed, acronyms, alias, (record[0], record[1]))
    return keyed, acronyms


def _scan(keys: tuple[str, ...], keyed: Mapping, longest: int) -> tuple[str, str] | None:
    """Longest known alias anywhere inside ``keys`` (earliest first among equals)."""
    best, best_len = None, 0
    for i in range(len(keys)):
        for n in range(min(longest, len(keys) - i), best_len, -1):
            hit = keyed.get(keys[i:i + n])
            if hit:
                best, best_len = hit, n
                break
    return best


def resolve(phrase: str, extra_aliases: Mapping[str, tuple] | None = None) -> tuple[str, str] | None:
    """(canonical_name, kind) of the known source named in ``phrase``, or None.

    ``extra_aliases`` maps an alias to ``(canonical_name, kind)`` (user-added aliases win).
    """
    keyed, acronyms, longest = _table()
    keys = _key_tokens(phrase)
    raw = [w.replace(".", "") for w in re.findall(r"[A-Za-z][A-Za-z.]*", phrase)]
    if extra_aliases:
        x_keyed, x_acr = _extra_tables(extra_aliases)
        hit = _scan(keys, x_keyed, max((len(k) for k in x_keyed), default=1))
        hit = hit or next((x_acr[w] for w in raw if w in x_acr), None)
        if hit:
            return hit
    return _scan(keys, keyed, longest) or next((acronyms[w] for w in raw if w in acronyms), None)


@lru_cache(maxsize=8192)
def find_alias(phrase: str) -> tuple[int, int, str, str] | None:
    """(start, end, name, kind) of a known media or person alias inside ``phrase`` (offsets in it)."""
    keyed, acronyms, longest = _table()
    spans = [(m.start(), m.end(), m.group()) for m in _ALIAS_WORD.finditer(phrase)]
    keys = [" ".join(_key_tokens(w)) for _, _, w in spans]
    for i in range(len(spans)):
        for n in range(min(longest, len(spans) - i), 0, -1):
            seq = tuple(k for k in keys[i:i + n] if k)
            hit = keyed.get(seq) if seq else None
            if hit is None and n == 1:
                hit = acronyms.get(spans[i][2].replace(".", ""))
            elif hit is not None and n == 1 and _plural_of_alias(spans[i][2]):
                hit = None  # 'Economists surveyed by X': people, not The Economist
            if hit:
                return spans[i][0], spans[i + n - 1][1], hit[0], hit[1]
    return None


@cache
def _single_words() -> frozenset[str]:
    """Folded one-word Latin aliases as written ('economist', 'reuters')."""
    out = set()
    for entry in load_json("", "sources").get("sources", []):
        for alias in (entry["name"], *entry.get("aliases", ())):
            words = [w for w in _words(alias) if w not in _EN_ARTICLE]
            if len(words) == 1 and words[0].isascii():
                out.add(words[0])
    return frozenset(out)


def _plural_of_alias(word: str) -> bool:
    """An English plural of a one-word alias ('Economists', 'Guardians'): a common noun, not the source."""
    f = fold(word)
    return f.isascii() and f.endswith("s") and f not in _single_words() and f[:-1] in _single_words()
