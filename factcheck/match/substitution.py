"""The substitution signal of ``relate``: one language, the same words in the same order but for
one or two replaced in one place ("worded alike but for 'X' vs 'Y'"), unless the replaced words are
forms of one word, reporting verbs, time or scope words, synonyms, a learned paraphrase pair, a
name and its clipped form (Man / Manchester), or the currencies of one sum converted (``money``).

Needs: two ``ClaimKeys``, the date, attribution-verb and synonym lexicons and the learned pairs. Adds:
``substitution()``, a list with the one signal or none. Folded copies only; no offsets out.
"""
from __future__ import annotations

from dataclasses import replace
from functools import cache, lru_cache

from ..lexicons import load_json, load_list
from ..text.normalize import fold, stem
from . import features as F
from .keys import ClaimKeys
from .lexicon import learned, polar_lookup, scope_index
from .money import explained
from .names import skeleton
from .qkeys import QKey
from .tokens import WORD

# date words (lexicons/<lang>/dates.json) whose change is another time, never another fact
_TIME_KEYS = ("months", "weekdays", "ordinals", "pre_modifiers", "post_modifiers", "relative_days", "periods",
              "year_words", "month_words")
_PERIOD_KEYS = ("week_words", "week_modifiers", "quarter_words", "quarter_ordinals", "quarter_position", "year_phrases")


@cache
def _unweighed() -> tuple[frozenset[str], frozenset[str]]:
    """(roots, forms) of words that never make a substitution: reporting verbs (قال/أعلن,
    said/announced: lexicons/<lang>/attribution_verbs.json) and forecast/plan words
    (``modal_words``), in any inflection (their roots of three letters or more), and, as written
    (folded and stemmed), scope words (city/district: ``match_scope.json``, a scope difference) and
    date words (first/second quarter, last/this year: ``dates.json``, another time). Nouns are
    matched by form, not root: a rough root of عالم (world) is that of معلم (teacher), of من (from)
    that of اليمن."""
    verbs = set(F.modal_words())
    for v in load_json("ar", "attribution_verbs").get("verbs", []):
        verbs.update(fold(w) for w in (v["past"], v["present"], v.get("participle", ""), *v.get("extra", ())) if w)
    for v in load_json("en", "attribution_verbs").get("verbs", []):
        verbs.update(stem(fold(w)) for w in (v.get("base", ""), *v.get("forms", ())) if w)
    nouns = set(scope_index())
    for lang in ("ar", "en"):
        dates = load_json(lang, "dates")
        periods = dates.get("weeks_quarters", {})
        for entry in [*(dates.get(k, ()) for k in _TIME_KEYS), *(periods.get(k, ()) for k in _PERIOD_KEYS)]:
            nouns.update(w for text in _strings(entry) for w in fold(text).split())
    verb_forms = {stem(w) for w in verbs} | verbs
    forms = verb_forms | nouns | {stem(w) for w in nouns}
    return frozenset(r for r in map(F.root, verb_forms) if len(r) >= 3), frozenset(forms)  # (short roots collide)


def _strings(value) -> list[str]:
    """Every string in a lexicon value (a list, or a dict's keys and values)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() if not k.startswith("_") for s in (k, *_strings(v))]
    return [s for v in value for s in _strings(v)] if isinstance(value, list | tuple) else []


SUB_MAX, SUB_SHARED = 2, 3  # at most this many words replaced on each side, at least this many shared


def substitution(ka: ClaimKeys, kb: ClaimKeys, shared: int | None = None,
                 partners: dict | None = None) -> list[F.Signal]:
    """One language, the same words in the same order but for one or two in one place (a place, an
    object, a verb replaced): "worded alike but for 'X' vs 'Y'". Forms of one word (``root``) count
    as the same word; not when a replaced word is a reporting verb, a forecast, scope or date word,
    nor when the two share an antonym pole and oppose on none (rose/climbed, cutting/loss: synonyms), a learned paraphrase pair or
    words of one synonym group (bought/acquired: ``relate_synonyms.json``).
    ``shared``: the content overlap, when known; ``partners``: learned pairs as word → {word: weight}
    (the shipped model's by default)."""
    if ka.language != kb.language:
        return []
    if (len(ka.content & kb.content) if shared is None else shared) < SUB_SHARED:
        return []
    ra, rb = F.roots(ka.content), F.roots(kb.content)
    common = len(ra & rb)
    if not 0 < len(ra) - common <= SUB_MAX or not 0 < len(rb) - common <= SUB_MAX:
        return []  # (the words replaced in place include every word the other side lacks)
    shared, (xa, wa), (xb, wb) = _replaced(ka.tokens, kb.tokens)
    if shared < SUB_SHARED:
        return []
    if not (0 < len(xa) <= SUB_MAX and 0 < len(xb) <= SUB_MAX) or set(xa) & set(xb):
        return []
    (xa, wa), (xb, wb) = _without_hypernym((xa, wa), (xb, wb), ka, kb)
    if not xa or not xb:
        return []  # people in general for one group of them ("500 people" / "500 workers"): no other thing
    if len(xa) == len(xb) == 1 and _bare(xa[0]) == _bare(xb[0]):
        return []  # one word in another form (رحيل / سنرحل: "leaving" / "we will leave")
    if len(wa) == len(wb) == 1 and _clipped(wa[0], wb[0], ka.marks | kb.marks):
        return []  # one name word and its clipped form (Man City / Manchester City)
    if explained(ka, kb):
        return []  # one sum told in two currencies (60 million euros / 51 million pounds: ``money``)
    skip_roots, skip_forms = _unweighed()
    if any(r in skip_roots and _verbal(w) for r, w in zip(xa + xb, wa + wb, strict=True)) \
            or any(w in skip_forms for w in wa + wb):
        return []
    pa, pb = _poles(wa), _poles(wb)
    if _one_pole(pa, pb) or _paraphrase(wa, wb, learned()[1] if partners is None else partners) or _synonyms(xa, xb):
        return []
    x, y = sorted((" ".join(wa), " ".join(wb)))
    return [F.Signal("substitution", "conflict", f"worded alike but for '{x}' vs '{y}'")]


def other_things(ka: ClaimKeys, kb: ClaimKeys) -> str | None:
    """Why differing figures may count different things: worded alike but for one or two words in one
    place once the figures' own words (numbers, number words, units) are left out, and the replaced
    words hold no antonym pole ("sentenced the former minister to seven years" vs "sentenced the
    businessman to three years"; not "rose" vs "fell"): a substitution as ``substitution`` finds it."""
    if ka.language != kb.language or not ka.quantities or not kb.quantities:
        return None
    ga, gb = _groups(ka), _groups(kb)
    if ga and gb and ga.keys().isdisjoint(gb) and not _synonyms(tuple(ga), tuple(gb)):
        x, y = sorted((" / ".join(sorted(ga.values())), " / ".join(sorted(gb.values()))))
        return f"different groups counted: '{x}' vs '{y}'"
    (ta, ca), (tb, cb) = _figureless(ka), _figureless(kb)
    if len(ca & cb) < SUB_SHARED:
        return None  # ``substitution``'s first test, before copying the keys
    sa, sb = replace(ka, tokens=ta, content=ca), replace(kb, tokens=tb, content=cb)
    found = substitution(sa, sb)
    if not found:
        return None
    _, (_, wa), (_, wb) = _replaced(sa.tokens, sb.tokens)
    if _poles(wa) or _poles(wb):
        return None
    return "different things: " + found[0].reason.removeprefix("worded alike but for ")


def _group_noun(q: QKey) -> str | None:
    """The noun of a count of people that names one group of them ("12 soldiers" → soldiers), not
    people in general ("people", أشخاص: ``generic_people``)."""
    words = WORD.findall(fold(q.text))
    if q.unit == "person" and words and not words[-1][0].isdigit() and stem(words[-1]) not in generic_people():
        return words[-1]
    return None


def _groups(k: ClaimKeys) -> dict[str, str]:
    """Root → word of the group nouns of ``k``'s figures (``_group_noun``)."""
    return {F.root(stem(w)): w for w in map(_group_noun, k.quantities) if w}


def _figureless(k: ClaimKeys) -> tuple[tuple[str, ...], frozenset[str]]:
    """The tokens and content words of ``k`` without the words of its quantities' own text
    (``F.figure_words``: number words, units), but for the group nouns ("12 soldiers" vs "20 civilians")."""
    figure = F.figure_words(k) - {form for w in map(_group_noun, k.quantities) if w for form in (w, stem(w))}
    tokens = tuple(t for t in k.tokens if t not in figure)
    return tokens, frozenset(c for c in tokens if not c[0].isdigit())


def _without_hypernym(a: Replaced, b: Replaced, ka: ClaimKeys, kb: ClaimKeys) -> tuple[Replaced, Replaced]:
    """The replaced words of both sides without a word naming people in general on one side
    ("people", أشخاص) and the group noun one of the other side's counts of people names ("workers",
    عمال): the general word takes in the group, so the pair is no replacement."""
    for flip in (False, True):
        (xs, ws), (ys, vs), other = (b, a, ka) if flip else (a, b, kb)
        generic = [i for i, w in enumerate(ws) if stem(w) in generic_people()]
        groups = {stem(w) for w in map(_group_noun, other.quantities) if w}
        group = [j for j, v in enumerate(vs) if stem(v) in groups]
        if generic and group:
            i, j = generic[0], group[0]
            mine, theirs = (xs[:i] + xs[i + 1:], ws[:i] + ws[i + 1:]), (ys[:j] + ys[j + 1:], vs[:j] + vs[j + 1:])
            return (theirs, mine) if flip else (mine, theirs)
    return a, b


@cache
def generic_people() -> frozenset[str]:
    """Stems of the counted nouns that name people in general ("people", أشخاص: ``relate_people.txt``)."""
    return frozenset(stem(fold(w)) for lang in ("ar", "en") for w in load_list(lang, "relate_people"))


Replaced = tuple[tuple[str, ...], tuple[str, ...]]  # (roots, words) replaced on one side


def _replaced(ta: tuple[str, ...], tb: tuple[str, ...]) -> tuple[int, Replaced, Replaced]:
    """(words of the shared head and tail, then each side's roots and words between them) of two
    claims' content words in order, compared by root."""
    (sa, words_a), (sb, words_b) = _sequence(ta), _sequence(tb)
    n = min(len(sa), len(sb))
    head = 0
    while head < n and sa[head] == sb[head]:
        head += 1
    tail = 0
    while tail < n - head and sa[-1 - tail] == sb[-1 - tail]:
        tail += 1
    ends_a, ends_b = slice(head, len(sa) - tail), slice(head, len(sb) - tail)
    return head + tail, (sa[ends_a], words_a[ends_a]), (sb[ends_b], words_b[ends_b])


def _clipped(x: str, y: str, marks: frozenset[str]) -> bool:
    """Whether two words are one name word and its clipping: both are name marks of a subject
    (``names.subject_marks``) and one starts the other (Man, Manchester)."""
    short, long_ = sorted((x, y), key=len)
    return long_.startswith(short) and skeleton(x) in marks and skeleton(y) in marks


def _verbal(word: str) -> bool:
    """A word met by a reporting verb's root may be its form, not an Arabic adjective in ـي (عربي: أعرب)."""
    return word.isascii() or not word.endswith("ي")


# Arabic verb prefixes: future سـ, then a person prefix (أ ن ت ي; أ folds to ا)
_AR_VERB_PREFIX = "سنتيا"


def _bare(r: str) -> str:
    """A root (``F.root``) with any Arabic verb prefixes it keeps peeled while two letters stay
    (سنرحل → رحل): forms of one word that ``F.root`` leaves apart meet here."""
    while len(r) > 2 and r[0] in _AR_VERB_PREFIX:
        r = r[1:]
    return r


@lru_cache(maxsize=16384)
def _sequence(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(roots, words) of a claim's content words in order (numbers and one-letter remnants left out)."""
    words = tuple(t for t in tokens if len(t) > 1 and not t[0].isdigit())
    return tuple(F.root(t) for t in words), words


@cache
def _synonym_groups() -> dict[str, frozenset[tuple[str, int]]]:
    """Root of each word of ``lexicons/<lang>/relate_synonyms.json`` → the groups holding it (a
    phrase's words each join its group: "laid off" and "fired" are one act)."""
    out: dict[str, set] = {}
    for lang in ("ar", "en"):
        lexicon = load_json(lang, "relate_synonyms")  # acts, and counted nouns of one thing (raid/strike)
        for i, group in enumerate(lexicon.get("groups", []) + lexicon.get("counted", [])):
            for phrase in group:
                for w in fold(phrase).split():
                    out.setdefault(F.root(stem(w)), set()).add((lang, i))
    return {k: frozenset(v) for k, v in out.items()}


def _synonyms(ra: tuple[str, ...], rb: tuple[str, ...]) -> bool:
    """The replaced words of both sides (roots) all belong to one synonym group (bought / acquired,
    اعتقلت / احتجزت): the same act told in other words, no substitution."""
    groups = _synonym_groups()
    common = None
    for r in ra + rb:
        g = groups.get(r)
        if not g:
            return False
        common = g if common is None else common & g
        if not common:
            return False
    return bool(common)


def _paraphrase(wa: tuple[str, ...], wb: tuple[str, ...], partners: dict) -> bool:
    """A learned word pair that leans to agreement (one word for the other in paraphrases)."""
    return any(partners.get(x, {}).get(y, 0.0) < 0 for x in wa for y in wb)


def _poles(words: tuple[str, ...]) -> frozenset:
    return frozenset(p for w in words for p in polar_lookup(w))


def _one_pole(pa: frozenset, pb: frozenset) -> bool:
    """Words on one antonym pole (rose/climbed; cutting/loss: both down) and opposite on none."""
    return bool(pa & pb) and not any((g, -s) in pb for g, s in pa if s)
