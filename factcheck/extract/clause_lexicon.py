"""Clause lexicon: one matcher of every word class the claim stage looks up on folded tokens
(tokens.py), and the predicate test built on it.

Needs: folded tokens and the language. Adds: per-token class marks (``marks``: clause classes of
clauses.json, event triggers, title cues, evaluative words, Arabic given names) and ``has_predicate``
(a verb cue or a verb-shaped token in a stretch). The clause cutting itself is in ``clauses.py``.
"""
from __future__ import annotations

from functools import cache
from typing import NamedTuple

from ..attribution.names_ar import names
from ..lexicons import folded_sets, load_json, load_list
from ..text.normalize import fold
from .tokens import Tok
from .verb_shape import verb_like


class Matcher:
    """Finds lexicon entries (words; ``*`` ends a prefix word) at a token position."""

    def __init__(self, entries: dict[str, list[str]]):
        self.exact: dict[str, list] = {}
        self.prefix: dict[str, list] = {}
        self._heads: dict = {}
        self._split: dict = {}
        self._by_norm: dict = {}
        self._windows: dict = {}
        for label, words in entries.items():
            for entry in words:
                pats = tuple((w[:-1], True) if w.endswith("*") else (w, False) for w in fold(entry).split())
                if not pats or not pats[0][0]:
                    continue
                head, is_prefix = pats[0]
                table = self.prefix if is_prefix else self.exact
                table.setdefault(head[:3] if is_prefix else head, []).append((pats, label))

    def _candidates(self, v: str) -> tuple:
        """Entries whose first word matches the folded variant ``v`` (memoised)."""
        found = self._heads.get(v)
        if found is None:
            found = tuple(self.exact.get(v, ())) + tuple(
                (pats, label) for pats, label in self.prefix.get(v[:3], ()) if v.startswith(pats[0][0]))
            if len(self._heads) < 200_000:
                self._heads[v] = found
        return found

    def _entries(self, variants: tuple[str, ...]) -> tuple[dict[str, int], tuple]:
        """(one-word labels as ``{label: 1}``, longest label first; multi-word entries) for a token's
        variants (memoised)."""
        got = self._split.get(variants)
        if got is None:
            cands = [c for v in variants for c in self._candidates(v)]
            singles = sorted({label for pats, label in cands if len(pats) == 1}, reverse=True)
            got = (dict.fromkeys(singles, 1), tuple(c for c in cands if len(c[0]) > 1))
            if len(self._split) < 200_000:
                self._split[variants] = got
        return got

    @staticmethod
    def _word(tok: Tok, pat: str, is_prefix: bool) -> bool:
        return any(v.startswith(pat) if is_prefix else v == pat for v in tok.variants)

    def at(self, toks: list[Tok], i: int, hi: int | None = None) -> list[tuple[int, str]]:
        """(number of tokens, label) of every entry matching at ``toks[i]``, longest first."""
        singles, multi = self._entries(toks[i].variants)
        if not multi:
            return [(1, label) for label in singles]
        hi = len(toks) if hi is None else hi
        found = {(1, label) for label in singles}
        for pats, label in multi:
            n = len(pats)
            if i + n <= hi and all(self._word(toks[i + k], w, p) for k, (w, p) in enumerate(pats) if k):
                found.add((n, label))
        return sorted(found, reverse=True)

    def marks(self, toks: list[Tok]) -> list[dict[str, int]]:
        """``labels`` at every token (most tokens match nothing: that case is a dictionary lookup; the
        variants are a function of the folded token, so the memo is keyed by ``norm``)."""
        by_norm, entries, out = self._by_norm, self._entries, []
        for i, t in enumerate(toks):
            got = by_norm.get(t.norm)
            if got is None:
                got = entries(t.variants)
                if len(by_norm) < 200_000:
                    by_norm[t.norm] = got
            singles, multi = got
            out.append(self._multi_labels(toks, i, multi) if multi else dict(singles) if singles else {})
        return out

    def _multi_labels(self, toks: list[Tok], i: int, multi: tuple) -> dict[str, int]:
        """``labels(toks, i)`` memoised by the folded words it can look at (variants are a function of
        ``norm``, so the norms of the next longest-entry tokens decide the result)."""
        n = max(len(pats) for pats, _ in multi)
        key = tuple(t.norm for t in toks[i:i + n])
        got = self._windows.get(key)
        if got is None:
            got = self.labels(toks, i)
            if len(self._windows) < 200_000:
                self._windows[key] = got
        return dict(got)

    def labels(self, toks: list[Tok], i: int) -> dict[str, int]:
        """``{label: tokens}`` of the entries matching at ``toks[i]`` (the longest match of each label),
        longest first; a fresh dict the caller may extend."""
        singles, multi = self._entries(toks[i].variants)
        if not multi:
            return dict(singles)
        d: dict[str, int] = {}
        for n, label in self.at(toks, i):
            d.setdefault(label, n)
        return d


class Lex(NamedTuple):
    matcher: Matcher
    non_verbs: frozenset[str]
    noun_markers: frozenset[str]  # prepositions after which no word is a finite verb
    triggers: frozenset[str]  # the event trigger labels (``ev:``/``weak:``)


_WORD_SETS = ("non_verbs", "noun_markers")  # word lists of clauses.json, not matcher classes


@cache
def lexicon(language: str) -> Lex:
    """One matcher for every word class the claim stage needs: clause classes (clauses.json),
    event triggers ``ev:``/``weak:``/``need:`` (events.json; an Arabic imperfect verb also with the future
    prefix س, ``_future``), title cues ``cue:`` (events_subjects.json)
    ``evaluative`` (evaluative.txt) and Arabic ``given_name`` (names_given.json)."""
    data = load_json(language, "clauses")
    entries = {k: list(v) for k, v in data.items() if not k.startswith("_") and k not in _WORD_SETS}
    future = _future if language == "ar" else list
    for event, spec in load_json(language, "events").get("events", {}).items():
        entries[f"ev:{event}"] = future(spec.get("triggers", []))
        entries[f"weak:{event}"] = future(spec.get("weak", []))
        entries[f"need:{event}"] = [w for w in spec.get("needs", []) if not w.startswith("$")]  # $money, $score: by shape
    subjects = load_json(language, "events_subjects")
    entries["cue:org"] = subjects.get("org_cues", [])
    entries["cue:person"] = subjects.get("person_cues", [])
    entries["evaluative"] = list(load_list(language, "evaluative"))
    entries["given_name"] = sorted(names().firsts) if language == "ar" else []
    triggers = frozenset(k for k in entries if k.startswith(("ev:", "weak:")))
    non_verbs, noun_markers = folded_sets(language, "clauses", _WORD_SETS)
    return Lex(Matcher(entries), non_verbs, noun_markers, triggers)


_IMPERFECT = ("ي", "ت", "ن")  # prefixes of the Arabic imperfect (يفتتح، تفتتح، نفتتح)


def _future(words: list[str]) -> list[str]:
    """Arabic trigger words and the future of each imperfect verb among them: س + the imperfect (ستفتتح، سيسرح)."""
    return list(dict.fromkeys(words + [f"س{w}" for w in words if " " not in w and w.startswith(_IMPERFECT)
                                       and not w.endswith("*")]))


def marks(toks: list[Tok], language: str) -> list[dict[str, int]]:
    """Per token: clause-lexicon classes matching there and their length in tokens."""
    return lexicon(language).matcher.marks(toks)


def has_predicate(toks: list[Tok], mk: list[dict[str, int]], lo: int, hi: int, language: str) -> bool:
    """True when ``toks[lo:hi]`` contains a verb cue or a verb-shaped token; a word right after a preposition that
    governs only nouns (``noun_markers``) is a noun, never a verb, whatever cue it spells (في ظل 'in light of', وسط
    تراجع الطلب 'amid a fall in demand')."""
    lex = lexicon(language)
    nv, nouns = lex.non_verbs, lex.noun_markers
    for i in range(lo, hi):
        m = mk[i]
        if "pred" in m:
            if m["pred"]:
                return True
            continue
        governed = i > 0 and not nouns.isdisjoint(toks[i - 1].variants[:2])
        m["pred"] = int(not governed and "predicate_cues" in m or verb_like(toks, i, language, nv, nouns))
        if m["pred"]:
            return True
    return False
