"""Matching lexicons, loaded once and folded/stemmed the way claim tokens are.

Needs: ``lexicons/<lang>/match_*`` files. Adds: lookup tables for stopwords, negation cues,
antonym poles and named entities (canonical ids shared across Arabic and English).
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from ..lexicons import load_json, load_list
from ..text.normalize import fold, key_tokens, stem
from .groups import dual_groups, elided, inflections

LANGS = ("ar", "en")
_PROCLITICS = ("وال", "بال", "فال", "لل", "ال", "و", "ف", "ب", "ل")


@cache
def stopwords() -> frozenset[str]:
    """Folded and stemmed function words of both languages."""
    return _folded_set("stopwords")


@cache
def negation_cues() -> frozenset[str]:
    """Folded negation cue tokens of both languages, the prepositions of absence (``without_cues``)
    included: none of them is a content word."""
    return frozenset(fold(w) for lang in LANGS for name in ("match_negation", "match_without")
                     for w in load_list(lang, name))


@cache
def without_cues() -> frozenset[str]:
    """Folded prepositions of absence of both languages ("without", دون، بدون، بلا): they negate only
    the word after them, not the claim (``keys.ClaimKeys.lacks``)."""
    return frozenset(fold(w) for lang in LANGS for w in load_list(lang, "match_without"))


@cache
def modal_words(framed: bool = False) -> frozenset[str]:
    """Folded and stemmed forecast/plan words of both languages (``lexicons/<lang>/relate_modal.txt``);
    a line ``!word`` names a form that means something else too (توقع, also "signs"): left out
    unless ``framed``, a reporting cue, where it opens what is expected («توقع محللون أن …»)."""
    lines = [w for lang in LANGS for w in load_list(lang, "relate_modal")]
    never = set() if framed else {fold(w[1:]) for w in lines if w.startswith("!")}
    return frozenset(form for w in lines for form in (fold(w.lstrip("!")), stem(fold(w.lstrip("!"))))
                     if form not in never)


@cache
def modal_comparisons() -> frozenset[str]:
    """Folded and stemmed words that, right before a forecast word, compare a fact with it ("than
    expected", «تفوق التوقعات»: ``lexicons/<lang>/relate_modal_comparisons.txt``)."""
    return frozenset(form for lang in LANGS for w in load_list(lang, "relate_modal_comparisons")
                     for form in (fold(w), stem(fold(w))))


@cache
def existence_words() -> frozenset[str]:
    """Folded and stemmed words of existence after a negation («لا يوجد»، "there is no"): the word
    negated is the one after them (``lexicons/<lang>/match_existence.txt``)."""
    return frozenset(form for lang in LANGS for w in load_list(lang, "match_existence") for form in (fold(w), stem(fold(w))))


@cache
def light_nouns() -> frozenset[str]:
    """Folded light nouns after a preposition of absence whose complement is what is absent
    ("without loss of life", «دون سقوط ضحايا»)."""
    return frozenset(fold(w) for lang in LANGS for w in load_list(lang, "match_light_nouns"))


@cache
def negation_exceptions() -> tuple[frozenset[tuple[str, str]], dict[str, tuple[str, ...]]]:
    """(folded two-token sequences that begin with a cue but do not negate, cue → prefixes of a next
    word that make it no negation: "غير ال*" is غير before a definite adjective, غير النفطية)."""
    pairs: set[tuple[str, str]] = set()
    prefixes: dict[str, list[str]] = {}
    for line in load_list("ar", "match_negation_exceptions"):
        toks = fold(line).split()
        if len(toks) == 2 and toks[1].endswith("*"):
            prefixes.setdefault(toks[0], []).append(toks[1][:-1])
        elif len(toks) == 2:
            pairs.add((toks[0], toks[1]))
    return frozenset(pairs), {k: tuple(v) for k, v in prefixes.items()}


@cache
def polar_index() -> dict[str, tuple[tuple[str, int], ...]]:
    """Folded and stemmed antonym entries → ((group, +1|-1|0), ...) over both languages; a group's
    "steady" words (unchanged, ثبت) are its third state, 0, opposite to either pole."""
    index: dict[str, set[tuple[str, int]]] = {}
    for lang in LANGS:
        for group in load_json(lang, "match_antonyms").get("groups", []):
            name = f"{lang}:{group['name']}"
            for pole, sign in (("plus", 1), ("minus", -1), ("steady", 0)):
                for word in group.get(pole, ()):
                    if " " in word:
                        continue
                    folded = fold(word)
                    for key in {folded, stem(folded)}:
                        index.setdefault(key, set()).add((name, sign))
    return {k: tuple(sorted(v)) for k, v in index.items()}


@cache
def fixed_poles() -> frozenset[tuple[str, str]]:
    """(word before, pole word), folded, of the two-word phrases in which a pole word names nothing
    that moves (``fixed`` of match_antonyms.json: «الحد الأدنى», "lower house"); each also without
    the Arabic article on both words."""
    out: set[tuple[str, str]] = set()
    for lang in LANGS:
        for phrase in load_json(lang, "match_antonyms").get("fixed", ()):
            first, _, second = fold(phrase).partition(" ")
            out.add((first, second))
            out.add((first.removeprefix("ال"), second.removeprefix("ال")))
    return frozenset(out)


def scale(group: str) -> str:
    """The scale of a pole group without its language ("ar:movement" → "movement"): the groups of
    ar/ and en/ match_antonyms.json are parallel, so "rose" and "انخفضت" are opposite poles."""
    return group.partition(":")[2] or group


def _candidates(token: str) -> tuple[str, ...]:
    """The folded token, its stem, the token with one proclitic or the article removed, and any of
    these without the future prefix سـ."""
    out = [token, stem(token)]
    for p in _PROCLITICS:
        if token.startswith(p) and len(token) - len(p) >= 3:
            out.append(token[len(p):])
    for c in list(out):  # the future prefix before a present verb: سيرتفع، وستنخفض → يرتفع، تنخفض
        if len(c) >= 5 and c[0] == "س" and c[1] in _PRESENT:
            out.append(c[1:])
    return tuple(dict.fromkeys(out))


_PRESENT = "يتنا"  # Arabic present-tense person prefixes (أ folds to ا)


# what an English word may add to an antonym entry: inflections only ("bank" is not "ban" + k)
_EN_ENDINGS = frozenset({"s", "d", "es", "ed", "er", "en", "ly", "al"})  # -al: acquittal, approval, denial


@lru_cache(maxsize=65536)
def polar_lookup(token: str) -> tuple[tuple[str, int], ...]:
    """Antonym poles of a folded token: every (group, sign) of an entry that some reading of it equals
    or extends by ≤ 2 letters ("خسرت" is both movement − and contest −: a loss of value and of a match);
    an English word only by an inflection ending (``_EN_ENDINGS``: "rises", "lower", not "bank") or a
    doubled final consonant ("acquittal" → "acquitt" → acquit)."""
    index = polar_index()
    hits: set[tuple[str, int]] = set()
    for cand in _candidates(token):
        english = cand.isascii()
        for cut in (0, 1, 2):
            if cut and len(cand) - cut < 3:
                break
            if cut and english and cand[-cut:] not in _EN_ENDINGS and not (cut == 1 and cand[-1] == cand[-2]):
                continue  # (a doubled final consonant is one too: stem "acquitt" of acquittal, "bann")
            hits.update(index.get(cand[:-cut] if cut else cand, ()))
    return tuple(sorted(hits))


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


_QUAL_CLITIC = ("ب", "و", "ل", "ف")


def is_qualifier(tok: str) -> bool:
    """A folded word of a qualifier phrase around a number ("at least", "أكثر من"), also after a clitic."""
    quals = qualifier_words()
    return tok in quals or (len(tok) > 3 and tok[0] in _QUAL_CLITIC and tok[1:] in quals)


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
def scope_exceptions() -> dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]:
    """Folded/stemmed scope word → (words before it, words after it) of the ``not_scope`` phrases in
    which it is no scope ("second quarter", "مديرية الصحة"); "#" stands for any number."""
    index = scope_index()
    out: dict[str, list] = {}
    for lang in LANGS:
        for phrase in load_json(lang, "match_scope").get("not_scope", []):
            words = fold(phrase).split()
            at = next((i for i, w in enumerate(words) if w in index or stem(w) in index), None)
            if at is None:
                continue
            rule = (tuple(words[:at]), tuple(words[at + 1:]))
            for key in {words[at], stem(words[at])}:
                out.setdefault(key, []).append(rule)
    return {k: tuple(v) for k, v in out.items()}


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
