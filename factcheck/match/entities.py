"""Named entities for matching: places, outlets, companies, organisations, commodities and currencies
with canonical ids shared by Arabic and English (``lexicons/<lang>/match_entities.json`` and the
sources gazetteer ``lexicons/sources.json``), found in a claim's stemmed tokens (single and
multi-token aliases, Arabic duals and group phrases, capitalised acronyms).

Needs: the lexicons above. Adds: ``find_entities``, ``find_acronyms``, ``multi_entity_spans``,
``place_words``, ``entity_index``, ``group_index`` and ``conjunctions``. Folded copies only.
"""
from __future__ import annotations

import re
from functools import cache

from ..lexicons import load_json
from ..text.normalize import fold, key_tokens, stem
from .groups import dual_groups, elided, inflections

LANGS = ("ar", "en")


# sources gazetteer kinds that name entities a claim can be about (people and anonymous groups are not
# matched as entities: two people in one frame are often both right, "X met Y")
_GAZETTEER_CLASS = {"media": "outlet", "company": "company", "government": "organisation"}


def _acronym(alias: str) -> str | None:
    """A short all-capital alias without its dots (AP, WHO, "U.N." → "UN"): once case-folded it reads as
    a common word, so it is matched case-sensitively (``find_acronyms``), never as a token."""
    bare = alias.replace(".", "")
    return bare if alias.isascii() and alias.isupper() and len(bare) <= 4 else None


@cache
def entity_index() -> tuple[dict[str, tuple[str, str]], dict[tuple[str, ...], tuple[str, str]]]:
    """(single-token alias → (class, id), multi-token alias → (class, id)) over both languages: the
    match entities, then the sources gazetteer (``lexicons/sources.json``) — a gazetteer entry naming an
    entity already known by any of its aliases joins it, otherwise it becomes ``src:<name>``."""
    return _indexes()[:2]


@cache
def acronym_index() -> dict[str, tuple[str, str]]:
    """Upper-case acronym (dots removed) → (class, id): ``acronyms`` of the match entities and the
    short all-capital aliases of the gazetteer (UN, WHO, AFP)."""
    return _indexes()[2]


@cache
def _indexes() -> tuple[dict, dict, dict[str, tuple[str, str]]]:
    from .lexicon import generic_words, stopwords  # (lexicon re-exports this module's names)

    single: dict[str, tuple[str, str]] = {}
    multi: dict[tuple[str, ...], tuple[str, str]] = {}
    acronyms: dict[str, tuple[str, str]] = {}
    inflect: list[tuple[str, tuple[str, str]]] = []  # one-word Arabic aliases, inflected at the end

    def add(toks: tuple[str, ...], hit: tuple[str, str]) -> None:
        if len(toks) == 1:
            single.setdefault(toks[0], hit)
        elif toks:
            multi.setdefault(toks, hit)

    for lang in LANGS:
        data = load_json(lang, "match_entities")
        entities = data.get("entities", {})
        for ent_id, ent in entities.items():
            for alias in ent["aliases"]:
                add(tuple(key_tokens(alias)), (ent["class"], ent_id))
                if lang == "ar" and " " not in alias:
                    inflect.append((alias, (ent["class"], ent_id)))
        for acro, ent_id in data.get("acronyms", {}).items():
            acronyms.setdefault(acro.replace(".", ""), (entities[ent_id]["class"], ent_id))
    for entry in load_json("", "sources").get("sources", []):
        cls = _GAZETTEER_CLASS.get(entry["kind"])
        aliases = (entry["name"], *entry.get("aliases", ()))
        keys = [tuple(key_tokens(a)) for a in aliases if not _acronym(a)]
        keys = [k for k in keys if k and not (len(k) == 1 and k[0] in stopwords())]
        if cls is None or not keys:
            continue
        known = next((h for k in keys if (h := single.get(k[0]) if len(k) == 1 else multi.get(k))), None)
        hit = known or (cls, "src:" + "-".join(re.findall(r"\w+", entry["name"].casefold())))
        for k in keys:
            add(k, hit)
        for a in aliases:
            if acro := _acronym(a):
                acronyms.setdefault(acro, hit)
    skip = stopwords() | generic_words()
    for word, hit in inflect:  # after every real alias: an inflected form never shadows one
        for form in inflections(word):
            if len(form) >= 3 and form not in skip:
                single.setdefault(form, hit)
    return single, multi, acronyms


_ACRONYM = re.compile(r"(?<![\w.])[A-Z](?:\.?[A-Z]){1,3}\.?(?![\w$])")
_LATIN = re.compile(r"[A-Za-z]")
_UPPER = re.compile(r"[A-Z]")
_UPPER_RUN = 0.6  # above this share of capitals among Latin letters the text is set in capitals


def find_acronyms(text: str) -> dict[str, str]:
    """Canonical entity id → class for acronyms written in capitals in the original text ("the UN",
    "WHO said"); none in a text set in capitals, where every word looks like one."""
    index = acronym_index()
    found, letters = {}, 0
    for m in _ACRONYM.finditer(text):
        hit = index.get(bare := m.group(0).replace(".", ""))
        if hit and (bare not in acronym_context() or _in_context(bare, text, m.end())):
            found[hit[1]] = hit[0]
            letters += len(bare)
    if found:  # the other Latin letters: mostly capitals means a headline set in capitals
        upper, latin = len(_UPPER.findall(text)) - letters, len(_LATIN.findall(text)) - letters
        if latin and upper > _UPPER_RUN * latin:
            return {}
    return found


@cache
def _multi_heads() -> frozenset[str]:
    """First tokens of the multi-token aliases (only these start a multi-token lookup)."""
    return frozenset(k[0] for k in entity_index()[1])


@cache
def group_index() -> dict[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """Token sequence → the entities it names together: the Arabic dual of a place name that heads
    the aliases of several places and is no alias of its own (كوريا of كوريا الشمالية and كوريا
    الجنوبية: الكوريتان names both), and the ``groups`` phrases of the match entities ("both Koreas")."""
    out = dual_groups(*entity_index())
    for lang in LANGS:
        data = load_json(lang, "match_entities")
        entities = data.get("entities", {})
        for phrase, ids in data.get("groups", {}).items():
            out.setdefault(tuple(key_tokens(phrase)), set()).update((entities[i]["class"], i) for i in ids)
    return {k: tuple(sorted(v)) for k, v in out.items() if k}


@cache
def _group_heads() -> frozenset[str]:
    return frozenset(k[0] for k in group_index())


@cache
def acronym_context() -> dict[str, tuple[tuple[tuple[str, ...], ...], frozenset[str]]]:
    """Ambiguous acronym → (word sequences one of which must follow it, words that must not follow it)
    from ``acronym_context`` of the match entities ("MENA news agency" is the agency, "MENA" alone the
    region; "AP exams" are no news agency)."""
    out = {}
    for lang in LANGS:
        for acro, rule in load_json(lang, "match_entities").get("acronym_context", {}).items():
            after = tuple(tuple(fold(w).split()) for w in rule.get("after", ()))
            out[acro.replace(".", "")] = (after, frozenset(fold(w) for w in rule.get("not_before", ())))
    return out


_NEXT_WORDS = re.compile(r"[^\W\d_]+")


def _in_context(acro: str, text: str, end: int) -> bool:
    """Whether the words after an ambiguous acronym (ending at ``end``) make it the entity."""
    after, not_before = acronym_context()[acro]
    words = _NEXT_WORDS.findall(fold(text[end:end + 40]))[:3]
    if words and words[0] in not_before:
        return False
    return not after or any(tuple(words[:len(seq)]) == seq for seq in after)


def find_entities(toks: list[str]) -> dict[str, str]:
    """Canonical entity id → class for entities named in the stemmed token list."""
    single, multi = entity_index()
    heads, groups_at = _multi_heads(), _group_heads()
    found: dict[str, str] = {}
    covered = 0  # tokens before this index belong to a multi-token alias already found
    for i, tok in enumerate(toks):
        if tok in heads:
            for n in (3, 2):
                hit = multi.get(tuple(toks[i:i + n]))
                if hit:
                    found[hit[1]] = hit[0]
                    covered = min(i + n, len(toks))
                    if covered - i == 2:
                        covered = max(covered, elided(toks, i, multi, conjunctions(), found))
                    break
        hit = single.get(tok)
        if hit and i >= covered:
            found[hit[1]] = hit[0]
        if tok in groups_at:
            _add_group(toks, i, found)
    return found


@cache
def place_words() -> frozenset[str]:
    """Stemmed tokens of every place alias (single or multi-token), of the group heads that name
    places together (North and South Korea) and the ``state_words`` of match_entities.json (Saudi
    Arabia, قطاع غزة): a subject made only of these, conjunctions and stop words is a place."""
    single, multi = entity_index()
    out = {tok for tok, (cls, _) in single.items() if cls == "place"}
    out |= {tok for toks, (cls, _) in multi.items() if cls == "place" for tok in toks}
    out |= {tok for toks in group_index() for tok in toks}
    out |= {stem(fold(w)) for lang in LANGS for w in load_json(lang, "match_entities").get("state_words", ())}
    return frozenset(out | conjunctions())


def multi_entity_spans(toks: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, entity id) of each multi-token alias in the stemmed token list ("international
    monetary fund", «صندوق النقد الدولي»), longest first at each position."""
    multi, heads = entity_index()[1], _multi_heads()
    out: list[tuple[int, int, str]] = []
    for i, tok in enumerate(toks):
        if tok in heads:
            for n in (3, 2):
                hit = multi.get(tuple(toks[i:i + n]))
                if hit:
                    out.append((i, i + n, hit[1]))
                    break
    return out


@cache
def conjunctions() -> frozenset[str]:
    """Folded free-standing conjunctions ("and", "أو"; Arabic و is a clitic the stem strips)."""
    return frozenset(fold(w) for lang in LANGS for w in load_json(lang, "match_entities").get("conjunctions", ()))


def _add_group(toks: list[str], i: int, found: dict[str, str]) -> None:
    """Add the entities of a ``group_index`` phrase starting at token ``i`` (the longest one)."""
    groups = group_index()
    for n in (3, 2, 1):
        hits = groups.get(tuple(toks[i:i + n]))
        if hits:
            for cls, ent in hits:
                found[ent] = cls
            return
