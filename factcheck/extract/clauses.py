"""Clauses: lexicon matching on folded tokens (tokens.py) and clause cutting.

Needs: the article text, a sentence (or a frame's content inside it) and the language. Adds: the
clause spans of that stretch, each carrying its own predicate: cuts at ؛ ; and at commas or
connectors (lexicons/<lang>/clauses.json) that open a new proposition, and in Arabic at و + a verb (or وأن)
with its own subject when both sides carry a figure (ارتفع التضخم إلى 5% وتراجعت البطالة إلى 7%); verbless
or too short pieces stay attached; own-voice lead-ins ("تجدر الإشارة إلى") are cut off the front.
"""
from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import NamedTuple

from ..attribution.names_ar import names
from ..lexicons import load_json, load_list
from ..text.normalize import fold
from .tokens import Tok, tokenize
from .verb_shape import verb_like

_PAIRS = re.compile(r"«[^«»]{0,400}»|“[^“”]{0,400}”|\"[^\"\n]{0,400}\"|\([^()]{0,200}\)")
_EDGE = " \t\u00a0\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\ufeff،,;؛:-–—"
_TAIL = _EDGE + ".!?؟…"
_OPEN = "«“\"('‘$€£¥"
_CLOSE = "»”\")'’%٪‰+"  # + closes a name: «أوبك+»
_CURLY = {"“": "”", "«": "»"}  # paired quote marks that differ: one left unclosed inside a piece is dropped
_CURLY_CLOSE = {c: o for o, c in _CURLY.items()}


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
    event triggers ``ev:``/``weak:``/``need:`` (events.json), title cues ``cue:`` (events_subjects.json)
    ``evaluative`` (evaluative.txt) and Arabic ``given_name`` (names_given.json)."""
    data = load_json(language, "clauses")
    entries = {k: list(v) for k, v in data.items() if not k.startswith("_") and k not in _WORD_SETS}
    for event, spec in load_json(language, "events").get("events", {}).items():
        entries[f"ev:{event}"] = spec.get("triggers", [])
        entries[f"weak:{event}"] = spec.get("weak", [])
        entries[f"need:{event}"] = [w for w in spec.get("needs", []) if w != "$money"]
    subjects = load_json(language, "events_subjects")
    entries["cue:org"] = subjects.get("org_cues", [])
    entries["cue:person"] = subjects.get("person_cues", [])
    entries["evaluative"] = list(load_list(language, "evaluative"))
    entries["given_name"] = sorted(names().firsts) if language == "ar" else []
    triggers = frozenset(k for k in entries if k.startswith(("ev:", "weak:")))
    non_verbs, noun_markers = (frozenset(fold(w) for w in data.get(k, ())) for k in _WORD_SETS)
    return Lex(Matcher(entries), non_verbs, noun_markers, triggers)


def marks(toks: list[Tok], language: str) -> list[dict[str, int]]:
    """Per token: clause-lexicon classes matching there and their length in tokens."""
    return lexicon(language).matcher.marks(toks)


def has_predicate(toks: list[Tok], mk: list[dict[str, int]], lo: int, hi: int, language: str) -> bool:
    """True when ``toks[lo:hi]`` contains a verb cue or a verb-shaped token."""
    lex = lexicon(language)
    nv, nouns = lex.non_verbs, lex.noun_markers
    for i in range(lo, hi):
        m = mk[i]
        if "pred" in m:
            if m["pred"]:
                return True
            continue
        m["pred"] = int("predicate_cues" in m or verb_like(toks, i, language, nv, nouns))
        if m["pred"]:
            return True
    return False


def _protected(text: str, start: int, end: int) -> list[tuple[int, int]]:
    stretch = text[start:end]
    if not any(c in stretch for c in "«“\"("):
        return []
    return [m.span() for m in _PAIRS.finditer(text, start, end)]


_AND_THAT = frozenset({"وان", "وبان", "وانه", "وانها", "وانهم", "وبانه", "وبانها", "وبانهم"})  # folded وأن(ها) / وبأن


def _joined_verb(toks: list[Tok], mk: list[dict[str, int]], j: int, hi: int) -> bool:
    """'وتراجعت البطالة' / 'وتراجعت نسبة التطعيم': a و-prefixed finite verb followed by its own definite
    subject (an ال-word or a construct noun before one) or a count after a past event verb, which may open a second
    coordinated clause with no comma (Arabic VSO)."""
    t = toks[j]
    if j + 1 >= hi or t.norm[:1] != "و" or len(t.variants) < 2 or t.variants[1].startswith("ال"):
        return False
    if t.norm in _AND_THAT:
        return True  # 'أن ينمو الاقتصاد 3.1% وأن يتراجع التضخم إلى 6%': a second complement
    nxt = toks[j + 1].norm
    if _count_at(toks, mk, j + 1, hi) and (_event_verb(toks, mk, j) or "count_verbs" in mk[j]):
        return True  # 'اعتقل 5 وأصيب 3 آخرون' / 'ونزح نحو 12 مليونا': a past verb whose subject is a count (VS)
    construct = j + 2 < hi and nxt[:1].isalpha() and toks[j + 2].norm.startswith("ال")  # 'وتراجعت نسبة التطعيم'
    if not (nxt.startswith("ال") and len(nxt) > 3 or construct and "openers" not in mk[j + 1]):
        return False  # 'يمتد 17 كيلومتراً ويخدم 500 ألف راكب': the same subject goes on
    lex = lexicon("ar")
    return "predicate_cues" in mk[j] or verb_like(toks, j, "ar", lex.non_verbs, lex.noun_markers)


def _count_at(toks: list[Tok], mk: list[dict[str, int]], k: int, hi: int) -> bool:
    """A count starts at ``toks[k]``: digits or a count word (عشرات، الآلاف), after approximations (نحو، أكثر من)."""
    while k < hi and "count_leads" in mk[k]:
        k += mk[k]["count_leads"]
    return k < hi and (toks[k].norm[:1].isdigit() or "count_words" in mk[k])


def _event_verb(toks: list[Tok], mk: list[dict[str, int]], j: int) -> bool:
    """'وأصيب' / 'واعتقل': a و-prefixed past verb of an event lexicon (not an imperfect يـ/تـ/نـ, whose subject
    goes on from before: 'يمتد 17 كيلومتراً ويخدم 500 ألف راكب'; not a feminine verbal noun: 'مقتل 4 وإصابة 12')."""
    w = toks[j].norm
    return _event_head(mk[j]) and w[1:2] not in ("ي", "ت", "ن") and not w.endswith(("ه", "ة", "ات"))


def _event_head(m: dict[str, int]) -> bool:
    """An event word's marks ('اعتقل 5 وأصيب 3'): the piece's predicate, though not verb-shaped."""
    return any(k.startswith("ev:") for k in m)


def _counted(toks: list[Tok], a: int, b: int) -> bool:
    """True when ``toks[a:b]`` holds a number written in digits."""
    return any(t.norm[:1].isdigit() for t in toks[a:b])


def _candidates(text, toks, mk, lo, hi, colon, language="en"):
    """(token index, kind) where a new clause may start."""
    prot = _protected(text, toks[lo].start, toks[hi - 1].end)
    out = []
    for j in range(lo + 1, hi):
        if prot and any(a < toks[j].start < b for a, b in prot):
            continue
        gap = text[toks[j - 1].end:toks[j].start]
        if gap == " ":
            if "free_connectors" in mk[j]:
                out.append((j, "conn"))
            elif "coordinators" in mk[j] and j + 1 < hi:
                out.append((j + 1, "coord"))
            elif language == "ar" and _joined_verb(toks, mk, j, hi):
                out.append((j, "verb"))
            continue
        if "؛" in gap or ";" in gap:
            out.append((j, "semi"))
        elif "،" in gap or "," in gap:
            kind = "conn" if "connectors" in mk[j] else "weak" if "weak_connectors" in mk[j] else "comma"
            if kind == "comma" and colon is not None and toks[j].start > colon:
                continue
            out.append((j, kind))
        elif "free_connectors" in mk[j]:
            out.append((j, "conn"))
        elif language == "ar" and not gap.strip(_CLOSE + " ") and _joined_verb(toks, mk, j, hi):
            out.append((j, "verb"))  # '5% وتراجعت': a closing mark and a space
    return out


def _stands(toks, mk, j, nxt, kind, language) -> bool:
    """True when the piece ``toks[j:nxt]`` opened by a ``kind`` boundary is a proposition of its own."""
    n = nxt - j
    if kind == "coord":
        return n >= 3 and has_predicate(toks, mk, j, nxt, language)
    if kind == "verb":
        return n >= 3
    if kind == "semi":
        return n >= 3
    if kind == "conn":
        return n - mk[j].get("connectors", mk[j].get("free_connectors", 1)) >= 2
    if "openers" in mk[j] or "attribution_leads" in mk[j] or n < 3:
        return False
    if n == 3:  # '، وأصيب 40 آخرون': a verb with its coordinating clitic opens a short clause with its own count
        verb = has_predicate(toks, mk, j, j + 1, language) or any(k.startswith("ev:") for k in mk[j])
        return language == "ar" and toks[j].norm[:1] in "وف" and verb and any(t.norm[:1].isdigit() for t in toks[j:nxt])
    return has_predicate(toks, mk, j, nxt, language)


def _list_item(text: str, toks: list[Tok], mk: list[dict[str, int]], j: int, hi: int, language: str) -> bool:
    """True when the comma before ``toks[j]`` separates items of a noun list ("by war, violence and
    persecution"): one or two predicate-free words, then "and"/"or", like the item before the comma,
    which follows a preposition; both items are written alike (lower case or capitalised)."""
    k = j
    while k < hi and k - j < 2 and "list_coordinators" not in mk[k]:
        k += 1
    if k == j or k + 1 >= hi or "list_coordinators" not in mk[k] or has_predicate(toks, mk, j, k, language):
        return False
    p = j - 1
    while p > 0 and j - p <= 2 and "openers" not in mk[p - 1]:
        p -= 1
    if p < 1 or "openers" not in mk[p - 1] or has_predicate(toks, mk, p, j, language):
        return False
    return text[toks[p].start].isupper() == text[toks[j].start].isupper() and not toks[j - 1].norm[:1].isdigit()


_TIME_LEADS = frozenset({"يوم", "on", "في", "last", "this"})
_ANY_DAY = date(2000, 1, 1)  # a reference day only to recognise relative dates; values are not used


def _time_insertion(text: str, toks: list[Tok], i: int, j: int, language: str) -> bool:
    """True when ``toks[i:j]``, set off by commas, is only a date or day ("، الأحد،", ", on Monday,")."""
    if not 0 < j - i <= 3:
        return False
    from .dates import find_dates  # dates needs no clauses; imported here to keep the module graph flat
    spans = [(d.start, d.end) for d in find_dates(text, toks[i].start, toks[j - 1].end, language, _ANY_DAY)]
    return bool(spans) and all(t.norm in _TIME_LEADS or any(s <= t.start and t.end <= e for s, e in spans)
                               for t in toks[i:j])


def _reported(toks: list[Tok], a: int, b: int, language: str) -> bool:
    """True when ``toks[a:b]`` holds a reporting verb: after «أعلنت الوزارة، الثلاثاء،» the
    attribution stage takes what follows as the announcement's content, so the cut stays."""
    from ..attribution.cues import lexicon as cue_lexicon  # needs no extract module
    verb = cue_lexicon(language).verb
    return any(verb(t.norm) for t in toks[a:b])


def _absorbs_right(toks, mk, a, b, language) -> bool:
    """True when the piece ``toks[a:b]`` only leads into the next one (time phrase, 'according to')."""
    if b - a < 3 and not (b - a == 2 and _event_head(mk[a]) and _counted(toks, a, b)) or "attribution_leads" in mk[a]:
        return True  # short, but an event word with its count stands ('اعتقل 5 وأصيب 3 آخرون')
    return "openers" in mk[a] and not has_predicate(toks, mk, a, b, language)


def cut(text: str, toks: list[Tok], mk: list[dict[str, int]], lo: int, hi: int,
        language: str) -> list[tuple[int, int]]:
    """Clause pieces of ``toks[lo:hi]`` as token ranges."""
    if hi - lo < 2:
        return [(lo, hi)] if hi > lo else []
    colon = text.find(":", toks[lo].start, toks[hi - 1].end)
    cands = _candidates(text, toks, mk, lo, hi, None if colon < 0 else colon, language)
    starts = [lo]
    ends: dict[int, int] = {}  # a piece start -> the end of the piece before it, when a word lies between
    for k, (j, kind) in enumerate(cands):
        nxt = cands[k + 1][0] if k + 1 < len(cands) else hi
        if kind == "coord" and not has_predicate(toks, mk, starts[-1], j - 1, language):
            continue
        if kind == "verb" and not (_counted(toks, starts[-1], j) and _counted(toks, j, nxt)
                                   and (toks[j].norm in _AND_THAT or has_predicate(toks, mk, starts[-1], j, language)
                                        or any(map(_event_head, mk[starts[-1]:j])))):  # وأنها: a second complement
            continue  # 'ارتفع التضخم إلى 5% وتراجعت البطالة إلى 7%': two facts, each with its own figure
        if kind == "verb" and toks[j + 1].norm[:1].isdigit() and any("openers" in m for m in mk[j + 2:nxt]) and (
                "count_verbs" not in mk[j]):  # 'وهرب 200 سجين من السجن': a flight's origin is its own
            continue  # 'قُتل 12 شخصاً وأصيب 30 آخرون في انفجار': the adjunct is both events' circumstance
        if kind == "comma" and _list_item(text, toks, mk, j, hi, language):
            continue
        if kind == "comma" and k and cands[k - 1][1] == "comma" and _time_insertion(
                text, toks, cands[k - 1][0], j, language) and not _reported(toks, starts[-1], j, language):
            continue  # قرر التحالف، الأحد، تمديد …: the clause goes on after a day set off by commas
        if j - starts[-1] >= 2 and _stands(toks, mk, j, nxt, kind, language):
            starts.append(j)
            if kind == "coord":
                ends[j] = j - 1
    pieces = [(a, ends.get(b, b)) for a, b in zip(starts, starts[1:] + [hi], strict=True)]
    merged: list[tuple[int, int]] = []
    pending = None
    for k, (a, b) in enumerate(pieces):
        first = a if pending is None else pending
        if k + 1 < len(pieces) and _absorbs_right(toks, mk, a, b, language):
            pending = first
            continue
        pending = None
        merged.append((first, b))
    return merged


def strip_leadin(toks: list[Tok], mk: list[dict[str, int]], lo: int, hi: int) -> int:
    """First token index after an own-voice lead-in formula at ``toks[lo]`` (``lo`` when none)."""
    n = mk[lo].get("leadins", 0) if lo < hi else 0
    return lo + n if hi - (lo + n) >= 2 else lo


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``start, end`` without surrounding space, separators and final sentence punctuation."""
    while start < end and (text[start] in _EDGE or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _TAIL or text[end - 1].isspace()):
        end -= 1
    return start, end


def piece_span(text: str, toks: list[Tok], a: int, b: int, lo: int, hi: int) -> tuple[int, int]:
    """Character span of the token range ``[a, b)`` with its own quotes and brackets, inside [lo, hi)."""
    s, e = toks[a].start, toks[b - 1].end
    while s > lo and text[s - 1] in _OPEN:
        s -= 1
    while e < hi and text[e] in _CLOSE:
        e += 1
    s, e = trim(text, s, e)
    if text.count('"', s, e) % 2:
        if text[s] == '"':
            s += 1
        elif e < hi and text[e] == '"':
            e += 1
        elif text[e - 1] == '"':
            e -= 1
    if e > s and (text[s] in _CURLY or text[e - 1] in _CURLY_CLOSE):  # '“Exports will rise,” X said': as with "
        o = text[s] if text[s] in _CURLY else _CURLY_CLOSE[text[e - 1]]
        n = text.count(o, s, e) - text.count(_CURLY[o], s, e)
        s, e = (s + 1, e) if n > 0 and text[s] == o else (s, e - 1) if n < 0 and text[e - 1] == _CURLY[o] else (s, e)
    return s, e


def clause_spans(text: str, start: int, end: int, language: str) -> list[tuple[int, int]]:
    """Clause spans inside ``text[start:end]`` (a convenience over ``tokenize``/``cut``)."""
    toks = tokenize(text, start, end)
    mk = marks(toks, language)
    out = []
    for a, b in cut(text, toks, mk, 0, len(toks), language):
        s, e = piece_span(text, toks, strip_leadin(toks, mk, a, b), b, start, end)
        if e > s:
            out.append((s, e))
    return out
