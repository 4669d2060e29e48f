"""Clauses: clause cutting on folded tokens, with the word classes of ``clause_lexicon``.

Needs: the article text, a sentence (or a frame's content inside it) and the language. Adds: the
clause spans of that stretch, each carrying its own predicate: cuts between the sentences of a quotation reported
as one, at ؛ ; and at commas or
connectors (lexicons/<lang>/clauses.json) that open a new proposition, and in Arabic at و + a verb (or وأن)
with its own subject when both sides carry a figure (ارتفع التضخم إلى 5% وتراجعت البطالة إلى 7%); verbless
or too short pieces stay attached, as does an English name's appositive with the predicate after it
(``clause_appositives``: 'Flink, the Berlin-based startup, is laying off 15%'); own-voice lead-ins ("تجدر الإشارة إلى") are cut off the front.
"""
from __future__ import annotations

import re

from ..text.segment import split_sentences
from .clause_adjuncts import figured as _figured
from .clause_adjuncts import list_item, phrase_verb, reported, time_clause, time_insertion, when_of_year
from .clause_appositives import appositives, subject_participle
from .clause_lexicon import Lex, Matcher, has_predicate, lexicon, marks
from .tokens import Tok, tokenize
from .verb_shape import verb_like

__all__ = ["Lex", "Matcher", "clause_spans", "cut", "has_predicate", "lexicon", "marks", "piece_span",
           "strip_leadin", "trim"]

_PAIRS = re.compile(r"«[^«»]{0,400}»|“[^“”]{0,400}”|\"[^\"\n]{0,400}\"|\([^()]{0,200}\)")
_EDGE = " \t\u00a0\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\ufeff،,;؛:-–—"
_TAIL = _EDGE + ".!?؟…"
_OPEN = "«“\"('‘$€£¥"
_CLOSE = "»”\")'’%٪‰+"  # + closes a name: «أوبك+»
_CURLY = {"“": "”", "«": "»"}  # paired quote marks that differ: one left unclosed inside a piece is dropped
_CURLY_CLOSE = {c: o for o, c in _CURLY.items()}


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


def _and_clause(text: str, toks: list[Tok], mk: list[dict[str, int]], lo: int, j: int, hi: int, language: str) -> bool:
    """'Exports rose 5% and imports fell 2%': English 'and' before a subject of one to three words and its own verb,
    with a verb and a figure on both sides since the last comma, joins two facts (a verb right after 'and' shares the
    subject before it: 'Police arrested 12 people and seized 40 kg' is one)."""
    if language != "en" or "list_coordinators" not in mk[j]:
        return False
    start = lo  # the left clause runs back to the last comma: 'Output rose in 2023, prices and wages fell' lists nouns
    for k in range(j - 1, lo, -1):
        if "," in text[toks[k - 1].end:toks[k].start]:
            start = k
            break
    if not (_figured(toks, mk, start, j) and has_predicate(toks, mk, start, j, language)):
        return False
    for v in (j + 2, j + 3, j + 4):
        if v >= hi or any(toks[k].norm[:1].isdigit() or "list_coordinators" in mk[k] for k in range(j + 1, v)):
            return False
        if has_predicate(toks, mk, v, v + 1, language) and not has_predicate(toks, mk, j + 1, v, language):
            return _figured(toks, mk, v, hi)
    return False


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


def _trigger_head(m: dict[str, int]) -> bool:
    """An event trigger, strong or weak ('رفع البنك المركزي'): a clause's verb though not verb-shaped."""
    return any(k.startswith(("ev:", "weak:")) for k in m)


def _candidates(text, toks, mk, lo, hi, colon, language="en"):
    """(token index, kind) where a new clause may start."""
    prot = _protected(text, toks[lo].start, toks[hi - 1].end)
    sentences = _sentence_starts(text, toks[lo].start, toks[hi - 1].end)
    out = []
    for j in range(lo + 1, hi):
        if toks[j].start in sentences:
            out.append((j, "sent"))
            continue
        if prot and any(a < toks[j].start < b for a, b in prot):
            continue
        gap = text[toks[j - 1].end:toks[j].start]
        if gap == " ":
            if "free_connectors" in mk[j] or "verb_connectors" in mk[j] and _verb_next(toks, mk, j, hi, language):
                out.append((j, "conn"))  # 'بينما'; 'فيما حصل' (not 'فيما يتعلق')
            elif "coordinators" in mk[j] and j + 1 < hi and not _named(text, toks[j + 1]) or _and_clause(
                    text, toks, mk, lo, j, hi, language):
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
        elif "free_connectors" in mk[j] or "verb_connectors" in mk[j] and _verb_next(toks, mk, j, hi, language):
            out.append((j, "conn"))
        elif language == "ar" and not gap.strip(_CLOSE + " ") and _joined_verb(toks, mk, j, hi):
            out.append((j, "verb"))  # '5% وتراجعت': a closing mark and a space
        elif not gap.strip(_CLOSE + " ") and _and_clause(text, toks, mk, lo, j, hi, language):
            out.append((j + 1, "coord"))  # 'rose 5% and imports fell 2%'
    return out


def _named(text: str, tok: Tok) -> bool:
    """A capitalised word after a coordinator mid-sentence is a name, never the auxiliary it spells ('in April and
    May', 'and Will Smith'): no second predicate starts there."""
    return text[tok.start].isupper()


def _sentence_starts(text: str, start: int, end: int) -> frozenset[int]:
    """Where a sentence after the first starts inside ``text[start:end]``: the sentences of a quotation reported
    as one (its content, read without the quote marks: '"We sold 5,000 tickets. Revenue rose 12%," the club
    said'), each of which states its own fact; ``segment.split_sentences`` decides, abbreviations and all."""
    if not any(c in text[start:end] for c in ".!?؟"):
        return frozenset()
    last = end
    while last > start and text[last - 1] in _TAIL:
        last -= 1
    if last - start > 2 and _QUOTE_PAIRS.get(text[start]) == text[last - 1]:
        start, end = start + 1, last - 1  # the quotation is the whole stretch: its own sentences
    return frozenset(s for s, _ in split_sentences(text, start, end)[1:])


_QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"'}


def _verb_next(toks: list[Tok], mk: list[dict[str, int]], j: int, hi: int, language: str) -> bool:
    """A verb right after the connector at ``toks[j]`` (فيما حصل، فيما تراجعت): it opens a clause of its own; an
    opener phrase it begins (فيما يتعلق، فيما يخص: 'regarding') does not."""
    k = j + mk[j]["verb_connectors"]
    return k < hi and "openers" not in mk[j] and (has_predicate(toks, mk, k, k + 1, language) or _event_head(mk[k]) or any(
        key.startswith("weak:") for key in mk[k]))


def _compound_preposition(toks, mk, j: int, nxt: int, language: str) -> bool:
    """An English free connector (``free_connectors``: because, while) followed by a preposition (``openers``) heads a
    verbless phrase that explains the clause before it and stays attached: 'because of the storm', and before 'of',
    which only completes a compound preposition, whatever follows; a preposition fronted inside a clause of its own
    ('while in Germany sales fell') keeps its predicate and stands."""
    k = j + 1
    if language != "en" or "free_connectors" not in mk[j] or k >= nxt or "openers" not in mk[k]:
        return False
    return toks[k].norm == "of" or not has_predicate(toks, mk, k, nxt, language)


def _stands(toks, mk, j, nxt, kind, language) -> bool:
    """True when the piece ``toks[j:nxt]`` opened by a ``kind`` boundary is a proposition of its own."""
    n = nxt - j
    if kind == "coord":
        return n >= 3 and has_predicate(toks, mk, j, nxt, language)
    if kind == "verb":
        return n >= 3
    if kind == "semi":
        return n >= 3
    if kind == "sent":
        return n >= 2
    if kind == "conn":
        return n - mk[j].get("connectors", mk[j].get("free_connectors", 1)) >= 2 and not _compound_preposition(
            toks, mk, j, nxt, language)
    if "openers" in mk[j] or "attribution_leads" in mk[j] or n < 3:
        return False
    if n == 3:  # '، وأصيب 40 آخرون': a verb with its coordinating clitic opens a short clause with its own count
        verb = has_predicate(toks, mk, j, j + 1, language) or any(k.startswith("ev:") for k in mk[j])
        return language == "ar" and toks[j].norm[:1] in "وف" and verb and any(t.norm[:1].isdigit() for t in toks[j:nxt])
    return has_predicate(toks, mk, j, nxt, language)


def _absorbs_right(text, toks, mk, a, b, language) -> bool:
    """True when the piece ``toks[a:b]`` only leads into the next one (time phrase, 'according to', a verbless
    phrase opened by a preposition: 'Amid rising costs,', في ظل ارتفاع الأسعار; not when a comma inside it already
    closes such a phrase before a clause with an event word: 'في ظل ارتفاع الأسعار، رفع البنك المركزي …')."""
    if b - a < 3 and not (b - a == 2 and _event_head(mk[a]) and _figured(toks, mk, a, b)) or "attribution_leads" in mk[a]:
        return True  # short, but an event word with its count stands ('اعتقل 5 وأصيب 3 آخرون'، 'أصيب العشرات')
    return "openers" in mk[a] and not phrase_verb(toks, mk, a, b, language, text) and not any(
        any(c in text[toks[k - 1].end:toks[k].start] for c in ",،") and any(map(_trigger_head, mk[k:b]))
        for k in range(a + 1, b))


def _pluperfect_goes_on(toks: list[Tok], mk: list[dict[str, int]], a: int, j: int) -> bool:
    """A cut at ``j`` would split كان … قد + perfect, one verb (the pluperfect): the piece opened at ``a`` by a كان-form
    has no قد and no verb of its own yet (a relative clause inside it aside: وكانت الوزيرة، التي استقالت، قد) and
    ``j`` is that قد, or ``j`` is the verb right after it (Arabic only: the labels are Arabic)."""
    if j and "pluperfect_particles" in mk[j - 1]:
        return True
    if "pluperfect_particles" not in mk[j] or "pluperfect_auxiliaries" not in mk[a]:
        return False
    for i in range(a + 1, j):
        if "insertion_leads" in mk[i]:
            break  # the rest is a relative clause on the subject
        if "pluperfect_particles" in mk[i] or has_predicate(toks, mk, i, i + 1, "ar"):
            return False
    return True


_REFUSAL_AFTER = frozenset({"a", "an", "the", "its", "their"})  # 'declined to a record low': a figure's fall


_ORDERED_MAX = 3  # words of who is told to do something ('passengers', 'residents of the area')


def _before_refusal(text: str, toks: list[Tok], mk: list[dict[str, int]], lo: int, hi: int) -> int:
    """End of ``toks[lo:hi]`` before a refusal coordinated with it that runs to its end ('and declined to give a
    figure', 'but refused to say how many', ``refusal_verbs``), or an order ('and warned passengers to check before
    they travel', ``directive_verbs``, with no figure: 'ordered it to pay £720m' states one): the speaker's act, no part
    of a claim. ``hi`` when none, or when a comma follows the act (a clause of its own may come after it)."""
    for j in range(lo + 2, hi - 2):
        if toks[j - 1].norm not in ("and", "but"):
            continue
        refusal = "refusal_verbs" in mk[j]
        to = j + 1 if refusal else _ordered(toks, mk, j, hi)
        if to and toks[to].norm == "to" and to + 1 < hi and (
                toks[to + 1].norm.isalpha() and toks[to + 1].norm not in _REFUSAL_AFTER):
            after = text[toks[j].start:toks[hi - 1].end]
            if not refusal and any(c.isdigit() for c in after):
                continue  # 'and ordered it to pay a further £720m': an order with a figure states a fact
            return hi if any(c in after for c in ",;،؛") else j - 1
    return hi


def _ordered(toks: list[Tok], mk: list[dict[str, int]], j: int, hi: int) -> int:
    """Index of the 'to' after a verb of ordering at ``j`` and the few words of who was told ('urged residents
    to'), 0 when none."""
    if "directive_verbs" not in mk[j]:
        return 0
    for k in range(j + 2, min(hi, j + 2 + _ORDERED_MAX)):
        if toks[k].norm == "to":
            return k
        if not toks[k].norm.isalpha():
            return 0
    return 0


def cut(text: str, toks: list[Tok], mk: list[dict[str, int]], lo: int, hi: int,
        language: str) -> list[tuple[int, int]]:
    """Clause pieces of ``toks[lo:hi]`` as token ranges."""
    if hi - lo < 2:
        return [(lo, hi)] if hi > lo else []
    hi = _before_refusal(text, toks, mk, lo, hi)  # '… had been injured and declined to give a figure'
    colon = text.find(":", toks[lo].start, toks[hi - 1].end)
    cands = _candidates(text, toks, mk, lo, hi, None if colon < 0 else colon, language)
    starts = [lo]
    ends: dict[int, int] = {}  # a piece start -> the end of the piece before it, when a word lies between
    apps = appositives(text, toks[lo:hi]) if language == "en" and cands else []
    inside = {s for _, s, _ in apps} | {e for _, _, e in apps}
    if language == "en" and cands and (sp := subject_participle(text, toks, mk, lo, hi)) is not None:
        inside |= set(sp)  # 'More than 420 firefighters, backed by 11 planes, were battling the blaze'
    for k, (j, kind) in enumerate(cands):
        nxt = cands[k + 1][0] if k + 1 < len(cands) else hi
        if inside and kind == "comma" and (toks[j].start in inside or toks[j - 1].end in inside and has_predicate(
                toks, mk, j, j + 1, language)):
            continue  # 'Flink, the Berlin-based startup, is laying off': the appositive is inside the subject
        if kind == "coord" and not has_predicate(toks, mk, starts[-1], j - 1, language):
            continue
        if _pluperfect_goes_on(toks, mk, starts[-1], j):
            continue  # 'وكان التيار الصدري، بزعامة مقتدى الصدر، قد أعلن': كان … قد + perfect is one verb
        if kind not in ("sent", "semi") and ("ranking_tails" in mk[j] or kind == "comma" and "elaboration_leads" in mk[j]):
            continue  # ', followed by Kazakhstan with 28,147'، تلتها كازاخستان: the runner-up; '، أبرزها تشاد ومصر': members
        if kind == "verb" and not (_figured(toks, mk, starts[-1], j) and _figured(toks, mk, j, nxt)
                                   and (toks[j].norm in _AND_THAT or has_predicate(toks, mk, starts[-1], j, language)
                                        or any(map(_event_head, mk[starts[-1]:j])))):  # وأنها: a second complement
            continue  # 'ارتفع التضخم إلى 5% وتراجعت البطالة إلى 7%': two facts, each with its own figure
        if kind == "verb" and (toks[j + 1].norm[:1].isdigit() or "count_words" in mk[j + 1]) and any(
                "openers" in m for m in mk[j + 2:nxt]) and (
                "count_verbs" not in mk[j]):  # 'وهرب 200 سجين من السجن': a flight's origin is its own
            continue  # 'قُتل 12 شخصاً وأصيب 30 آخرون في انفجار': the adjunct is both events' circumstance
        if kind == "comma" and list_item(text, toks, mk, j, hi, language):
            continue
        if kind in ("comma", "weak", "conn") and (when_of_year(toks, j) or time_clause(toks, mk, j, nxt, language)):
            continue  # 'since 2019, when 22 people died': the relative tells what happened in that year
        if kind == "comma" and k and cands[k - 1][1] == "comma" and time_insertion(
                text, toks, cands[k - 1][0], j, language) and not reported(toks, starts[-1], j, language):
            continue  # قرر التحالف، الأحد، تمديد …: the clause goes on after a day set off by commas
        if j - starts[-1] >= 2 and _stands(toks, mk, j, nxt, kind, language):
            if kind == "weak" and "plain_coordinators" in mk[j] and nxt - j >= 3:
                starts.append(j + 1)  # ', and 14 villages were evacuated': the 'and' belongs to neither claim
                ends[j + 1] = j
                continue
            starts.append(j)
            if kind == "coord":
                ends[j] = j - 1
    pieces = [(a, ends.get(b, b)) for a, b in zip(starts, starts[1:] + [hi], strict=True)]
    sentence_ends = {j for j, kind in cands if kind == "sent"}  # a sentence leads into no other
    merged: list[tuple[int, int]] = []
    pending = None
    for k, (a, b) in enumerate(pieces):
        first = a if pending is None else pending
        if k + 1 < len(pieces) and b not in sentence_ends and _absorbs_right(text, toks, mk, a, b, language):
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
    return _bidi_paired(text, s, e)


_BIDI = (("\u2066\u2067\u2068", "\u2069"), ("\u202a\u202b\u202d\u202e", "\u202c"))  # isolates, embeddings


def _bidi_paired(text: str, s: int, e: int) -> tuple[int, int]:
    """``s, e`` cutting no bidi isolate (LRI/RLI/FSI … PDI) or embedding (LRE/RLE/LRO/RLO … PDF): an opener left open
    takes its closer when only edge marks lie between (منذ ⁧١٥ أيلول⁩.), a closer left alone takes its opener the same
    way before the span; a pair that cannot be completed loses the unpaired mark at the span's edge."""
    for openers, closer in _BIDI:
        if not any(c in openers or c == closer for c in text[s:e]):
            continue
        depth = lone = 0
        for c in text[s:e]:
            if c in openers:
                depth += 1
            elif c == closer:
                depth, lone = (depth - 1, lone) if depth else (0, lone + 1)
        while depth and e < len(text) and (text[e] == closer or text[e] in _EDGE and closer in text[e:e + 3]):
            depth -= text[e] == closer
            e += 1
        while lone and s > 0 and (text[s - 1] in openers or text[s - 1] in _EDGE and any(
                o in text[max(0, s - 3):s] for o in openers)):
            lone -= text[s - 1] in openers
            s -= 1
        while depth and e > s and text[e - 1] in openers:
            depth, e = depth - 1, e - 1
        while lone and e > s and text[e - 1] == closer:
            lone, e = lone - 1, e - 1
        while (depth or lone) and s < e and (text[s] in openers or text[s] == closer):
            s += 1
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
