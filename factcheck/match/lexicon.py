"""Matching lexicons, loaded once and folded/stemmed the way claim tokens are.

Needs: ``lexicons/<lang>/match_*`` files. Adds: lookup tables for stopwords, negation cues,
antonym poles and named entities (canonical ids shared across Arabic and English).
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from ..lexicons import load_json, load_list
from ..text.normalize import fold, key_tokens, stem

LANGS = ("ar", "en")
_PROCLITICS = ("وال", "بال", "فال", "لل", "ال", "و", "ف", "ب", "ل")


@cache
def stopwords() -> frozenset[str]:
    """Folded and stemmed function words of both languages."""
    return _folded_set("stopwords")


@cache
def negation_cues() -> frozenset[str]:
    """Folded negation cue tokens of both languages."""
    return frozenset(fold(w) for lang in LANGS for w in load_list(lang, "match_negation"))


@cache
def negation_exceptions() -> tuple[frozenset[tuple[str, str]], dict[str, tuple[str, ...]]]:
    """(folded two-token sequences that begin with a cue but do not negate, cue → prefixes of a next
    word that make it no negation: "غير ال*" is غير before a definite adjective, غير النفطية)."""
    pairs, prefixes = set(), {}
    for line in load_list("ar", "match_negation_exceptions"):
        toks = fold(line).split()
        if len(toks) == 2 and toks[1].endswith("*"):
            prefixes.setdefault(toks[0], []).append(toks[1][:-1])
        elif len(toks) == 2:
            pairs.add((toks[0], toks[1]))
    return frozenset(pairs), {k: tuple(v) for k, v in prefixes.items()}


@cache
def polar_index() -> dict[str, tuple[tuple[str, int], ...]]:
    """Folded and stemmed antonym entries → ((group, +1|-1), ...) over both languages."""
    index: dict[str, set[tuple[str, int]]] = {}
    for lang in LANGS:
        for group in load_json(lang, "match_antonyms").get("groups", []):
            name = f"{lang}:{group['name']}"
            for pole, sign in (("plus", 1), ("minus", -1)):
                for word in group[pole]:
                    if " " in word:
                        continue
                    folded = fold(word)
                    for key in {folded, stem(folded)}:
                        index.setdefault(key, set()).add((name, sign))
    return {k: tuple(sorted(v)) for k, v in index.items()}


def _candidates(token: str) -> tuple[str, ...]:
    """The folded token, its stem, and the token with one proclitic or the article removed."""
    out = [token, stem(token)]
    for p in _PROCLITICS:
        if token.startswith(p) and len(token) - len(p) >= 3:
            out.append(token[len(p):])
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=65536)
def polar_lookup(token: str) -> tuple[tuple[str, int], ...]:
    """Antonym poles of a folded token: some reading of it equals an entry or extends it by ≤ 2 letters."""
    index = polar_index()
    for cand in _candidates(token):
        for cut in (0, 1, 2):
            if cut and len(cand) - cut < 3:
                break
            hit = index.get(cand[:-cut] if cut else cand)
            if hit:
                return hit
    return ()


# sources gazetteer kinds that name entities a claim can be about (people and anonymous groups are not
# matched as entities: two people in one frame are often both right, "X met Y")
_GAZETTEER_CLASS = {"media": "outlet", "company": "company", "government": "organisation"}


def _usable_alias(alias: str) -> bool:
    """Short all-capital aliases (AP, WHO, UN) read as common words once case-folded: left out."""
    return not (alias.isascii() and alias.isupper() and len(alias.replace(".", "")) <= 4)


@cache
def entity_index() -> tuple[dict[str, tuple[str, str]], dict[tuple[str, ...], tuple[str, str]]]:
    """(single-token alias → (class, id), multi-token alias → (class, id)) over both languages: the
    match entities, then the sources gazetteer (``lexicons/sources.json``) — a gazetteer entry naming an
    entity already known by any of its aliases joins it, otherwise it becomes ``src:<name>``."""
    single: dict[str, tuple[str, str]] = {}
    multi: dict[tuple[str, ...], tuple[str, str]] = {}

    def add(toks: tuple[str, ...], hit: tuple[str, str]) -> None:
        if len(toks) == 1:
            single.setdefault(toks[0], hit)
        elif toks:
            multi.setdefault(toks, hit)

    for lang in LANGS:
        for ent_id, ent in load_json(lang, "match_entities").get("entities", {}).items():
            for alias in ent["aliases"]:
                add(tuple(key_tokens(alias)), (ent["class"], ent_id))
    for entry in load_json("", "sources").get("sources", []):
        cls = _GAZETTEER_CLASS.get(entry["kind"])
        keys = [tuple(key_tokens(a)) for a in (entry["name"], *entry.get("aliases", ())) if _usable_alias(a)]
        keys = [k for k in keys if k and not (len(k) == 1 and k[0] in stopwords())]
        if cls is None or not keys:
            continue
        known = next((h for k in keys if (h := single.get(k[0]) if len(k) == 1 else multi.get(k))), None)
        hit = known or (cls, "src:" + "-".join(re.findall(r"\w+", entry["name"].casefold())))
        for k in keys:
            add(k, hit)
    return single, multi


def find_entities(toks: list[str]) -> dict[str, str]:
    """Canonical entity id → class for entities named in the stemmed token list."""
    single, multi = entity_index()
    found: dict[str, str] = {}
    covered = 0  # tokens before this index belong to a multi-token alias already found
    for i, tok in enumerate(toks):
        for n in (3, 2):
            hit = multi.get(tuple(toks[i:i + n]))
            if hit:
                found[hit[1]] = hit[0]
                covered = i + n
                break
        hit = single.get(tok) if i >= covered else None
        if hit:
            found[hit[1]] = hit[0]
    return found


def _folded_set(name: str) -> frozenset[str]:
    """Folded entries of ``match_<name>.txt`` of both languages, with their stems."""
    out: set[str] = set()
    for lang in LANGS:
        for w in load_list(lang, f"match_{name}"):
            out.add(fold(w))
            out.add(stem(fold(w)))
    return frozenset(out)


@cache
def denial_cues() -> frozenset[str]:
    """Folded denial verbs (deny, نفى …): an attribution cue among them negates the claim."""
    return frozenset(fold(w) for lang in LANGS for w in load_list(lang, "match_denial"))


@cache
def qualifier_words() -> frozenset[str]:
    """Folded words of qualifier phrases around numbers (at least, more than, نحو, أكثر من …)."""
    return frozenset(fold(w) for lang in LANGS for w in load_list(lang, "match_qualifiers"))


@cache
def generic_words() -> frozenset[str]:
    """Folded and stemmed words that are never names in a subject (company, شركة, يوم …)."""
    return _folded_set("generic")


@cache
def scope_index() -> dict[str, str]:
    """Folded and stemmed scope word → scope class (city, district, province …)."""
    index: dict[str, str] = {}
    for lang in LANGS:
        for cls, words in load_json(lang, "match_scope").get("scopes", {}).items():
            for w in words:
                f = fold(w)
                index.setdefault(f, cls)
                index.setdefault(stem(f), cls)
    return index


@cache
def _quals_stemmed() -> frozenset[str]:
    return qualifier_words() | {stem(q) for q in qualifier_words()}


def cue_word(word: str) -> bool:
    """Whether a token may serve as a learned contradiction cue (not a qualifier, not a number)."""
    return bool(word) and not word[0].isdigit() and word not in _quals_stemmed()


@cache
def learned() -> tuple[dict[str, float], dict[str, dict[str, float]], dict[str, float]]:
    """The shipped model as (word → weight, word → {partner → weight}, feature weights); cues
    containing qualifier words or numbers are dropped (a qualifier never signals a contradiction,
    and numbers are compared as numbers)."""
    m = load_json("", "relate_model")
    words = {w: v for w, v in m.get("words", {}).items() if cue_word(w)}
    pairs: dict[str, dict[str, float]] = {}
    for key, v in m.get("pairs", {}).items():
        x, _, y = key.partition("|")
        if not (cue_word(x) and cue_word(y)):
            continue
        pairs.setdefault(x, {})[y] = v
        pairs.setdefault(y, {})[x] = v
    return words, pairs, m.get("weights", {})
