"""Matching lexicons, loaded once and folded/stemmed the way claim tokens are.

Needs: ``lexicons/<lang>/match_*`` files. Adds: lookup tables for stopwords, negation cues,
antonym poles and named entities (canonical ids shared across Arabic and English).
"""
from __future__ import annotations

from functools import cache, lru_cache

from ..lexicons import load_json, load_list
from ..text.normalize import fold, stem
from .entities import (  # noqa: F401  (re-exported: the matching modules read them from here)
    acronym_context,
    acronym_index,
    conjunctions,
    entity_index,
    find_acronyms,
    find_entities,
    group_index,
    multi_entity_spans,
    place_words,
)

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
def negation_exceptions() -> tuple[frozenset[tuple[str, str]], dict[str, tuple[str, ...]], frozenset[tuple[str, str]]]:
    """(folded two-token sequences that begin with a cue but do not negate, cue → prefixes of a next
    word that make it no negation: "غير ال*" is غير before a definite adjective, غير النفطية;
    (word before, cue) of a cue that negates only a purpose clause: "^كي لا" is كي لا, "so as not to")."""
    pairs: set[tuple[str, str]] = set()
    before: set[tuple[str, str]] = set()
    prefixes: dict[str, list[str]] = {}
    for line in load_list("ar", "match_negation_exceptions"):
        toks = fold(line).split()
        if len(toks) == 2 and toks[0].startswith("^"):
            before.add((toks[0][1:], toks[1]))
        elif len(toks) == 2 and toks[1].endswith("*"):
            prefixes.setdefault(toks[0], []).append(toks[1][:-1])
        elif len(toks) == 2:
            pairs.add((toks[0], toks[1]))
    return frozenset(pairs), {k: tuple(v) for k, v in prefixes.items()}, frozenset(before)


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
