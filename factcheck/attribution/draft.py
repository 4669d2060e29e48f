"""A frame as the cue finders see it, before typing and carry-over, plus helpers shared by them.

Needs: tokens of one sentence. Adds: ``Draft`` (cue, explicit source tokens, cited span, content
bounds, flags) and small token utilities (clause boundaries, content trimming).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..models import Span
from .cues import Lexicon, Tok
from .recipients_ar import genitive_outlet

COMMAS = frozenset({",", "،", ";", "؛"})
DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "these", "those", "this", "our", "my"})
INSERTION_MAX = 20  # ", who spoke on condition of anonymity because they were not authorized to ...,"
_MIN_CLAUSE = 3  # words of the clause a frame inserted after it can report
_APOSTROPHES = frozenset("'’")
_CONTRACTIONS = frozenset({"s", "t", "re", "ll", "ve", "d", "m"})
TRIM = " \t\u00a0,،;؛:.\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069-–—"


@dataclass
class Draft:
    """One found attribution frame in a sentence (offsets into the article)."""

    lead: int  # where the frame starts: earlier frames' content stops here
    cue: Span | None
    source_toks: list[Tok] = field(default_factory=list)
    source: Span | None = None  # set when narrower than source_toks (an outlet inside "reports")
    cited: Span | None = None
    content_start: int = 0
    content_end: int = 0
    performative: bool = False
    statement: bool = False  # the source is a statement channel ("في بيان رسمي")
    report: bool = False  # unnamed reports with no cue
    participle: bool = False  # a participle cue with no subject of its own (مشيراً، معتبراً، "adding")
    formal: bool = False  # the source spoke through a formal channel ("said in a statement")
    organisation: bool = False  # the source speaks in its own document ("said in its annual report")
    apposition: Span | None = None  # a title before the named source ("The CEO, Priya Nair, said")
    clause: Span | None = None  # a trailing reporting clause ("..., X said in a statement to Y.")
    tail: int = 0  # where a closed reporting clause ends ("..., X said on Monday, and Z": the comma)
    tail_start: int = 0  # where the content resumes after it (Z), reported by the same source
    own: bool = False  # the writer's own voice with a non-claim adjunct as its clause ("..., as expected")


def clause_start(toks: list[Tok], i: int, lex: Lexicon, text: str = "") -> int:
    """Index of the first token of the clause holding ``toks[i]`` (after a comma or a joiner); with
    ``text``, a parenthesised acronym ('منظمة الصحة العالمية (WHO)') stays inside the clause."""
    j = i
    while True:
        while j > 0 and toks[j - 1].word and toks[j - 1].f not in lex["clause_joiners"]:
            j -= 1
        if not (text and j > 3 and toks[j - 1].f == ")" and acronym_group(text, toks, j - 1)):
            return j
        j -= 3


def acronym_group(text: str, toks: list[Tok], k: int) -> bool:
    """``toks[k]`` closes '(WHO)' / '(Esa)' / «(وام)»: one word in brackets right after a word (the short form
    of the name before it), starting with a capital Latin letter or written in at most
    ``_ARABIC_ACRONYM_MAX`` Arabic letters (سانا، وام، واس)."""
    if not (k >= 3 and toks[k].f == ")" and toks[k - 2].f == "(" and toks[k - 1].word and toks[k - 3].word):
        return False
    word = text[toks[k - 1].start:toks[k - 1].end]
    return "A" <= word[0] <= "Z" or len(word) <= _ARABIC_ACRONYM_MAX and all("\u0621" <= c <= "\u064a" for c in word)


_ARABIC_ACRONYM_MAX = 5


def words_only(text: str, toks: list[Tok]) -> bool:
    """All tokens are words, or brackets of a parenthesised acronym."""
    k = len(toks) - 1
    while k >= 0:
        if acronym_group(text, toks, k):
            k -= 3
        elif toks[k].word:
            k -= 1
        else:
            return False
    return True


def is_clause_initial(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """True when only joiners (and/or a comma) stand between ``toks[i]`` and the clause start."""
    j = i - 1
    while j >= 0 and toks[j].word and toks[j].f in lex["clause_joiners"]:
        j -= 1
    return j < 0 or toks[j].f in COMMAS or toks[j].f in (":", "(", "-", "–", "—")


def trails(toks: list[Tok], i: int, k: int, lex: Lexicon) -> bool:
    """'X rose 5%, according to Y, as demand improved': a prepositional frame at ``i``, inserted between a
    clause and a continuation that cannot stand alone (opening after the comma ``k``), reports the clause
    before it."""
    if i < _MIN_CLAUSE + 1 or toks[i - 1].f not in COMMAS or k + 1 >= len(toks) or toks[k].f not in COMMAS:
        return False
    return bool(coordinated(toks, k + 1, lex) or lex["dependent_openers"].match(toks, k + 1)) and sum(
        t.word for t in toks[:i - 1]) >= _MIN_CLAUSE


def coordinated(toks: list[Tok], j: int, lex: Lexicon) -> bool:
    """A coordinated clause opens at ``j`` ('and employs 1,200 people', «ويوظف 1200 شخص», «وارتفعت الواردات»):
    after a frame inserted between two clauses, the frame closes the clause before it and goes on over this one."""
    if j >= len(toks) or not toks[j].word:
        return False
    f = toks[j].f
    if lex.language == "ar":  # the conjunction is a clitic of the clause's first word
        return f.startswith("و") and len(f) > 3 and not lex["dependent_openers"].match(toks, j)
    return f in lex["verb_coordinators"]


def next_comma(toks: list[Tok], i: int, stop: int | None = None) -> int:
    """Index of the first comma at or after ``i`` (``len(toks)`` if none)."""
    stop = len(toks) if stop is None else stop
    for k in range(i, stop):
        if toks[k].f in COMMAS:
            return k
    return stop


def cited_after(text: str, toks: list[Tok], k: int, d: Draft, lex: Lexicon, trailing: bool = False) -> int:
    """After a prepositional source closed by the comma at ``k``: ', citing/نقلاً عن Y,' sets ``d.cited``;
    the index of the comma closing Y (``k`` when there is none). A ``trailing`` frame ('Y, according to the
    FT, which cited two people close to the talks.') may close the sentence with it."""
    if k + 1 >= len(toks) or toks[k].f not in COMMAS or d.cited is not None:
        return k
    n = lex["cited_links"].match(toks, k + 1)
    if not n:
        return k
    m = next_comma(toks, k + 1 + n)
    cited = strip_quotes(toks[k + 1 + n:m])  # without the full stop of a trailing frame
    if not cited or m >= len(toks) - 1 and not (trailing and m == len(toks)):
        return k
    d.cited = Span.of(text, cited[0].start, cited[-1].end)
    return m


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without surrounding spaces and clause punctuation (quotes are kept)."""
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def source_stop(toks: list[Tok], k: int, lex: Lexicon) -> int:
    """Length of the stop phrase (a time word, a channel) at ``k`` that ends a source phrase, 0 when none. Right after
    an indefinite noun naming an outlet (صحيفة صباح، لقناة صباح) the word is the outlet's name, its genitive, not a
    time word: an indefinite construct head cannot end the phrase. In Arabic في before a document (في لائحة الاتهام،
    في دراسة) is the channel the source spoke through."""
    if k and "outlet_nouns" in lex.sets:
        f = toks[k - 1].f
        if f in lex["outlet_nouns"] or f.startswith("ل") and f[1:] in lex["outlet_nouns"]:
            return 0
        if "outlet_genitive_heads" in lex.sets and genitive_outlet(toks, k, lex):
            return 0  # 'المدير العام لوكالة الطاقة الذرية': the office's genitive, not the outlet spoken to
    n = lex["source_stops"].match(toks, k)
    if not n and "charge_documents" in lex.sets and toks[k].f == "في" and k + 1 < len(toks) and (
            toks[k + 1].f in lex["document_nouns"] or lex["charge_documents"].match(toks, k + 1)):
        return 2  # 'النيابة العامة في لائحة الاتهام', 'الوزارة في دراسة': the document spoken through, no part of the source
    return n


def cut_source(toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """Source phrase tokens up to the first comma, stop phrase or colon."""
    for k in range(len(toks)):
        if k and (toks[k].f in COMMAS or toks[k].f == ":" or source_stop(toks, k, lex)):
            return toks[:k]
    return toks


def strip_quotes(toks: list[Tok]) -> list[Tok]:
    """Drop a dangling quote mark at either end (keep balanced «X» pairs)."""
    from .cues import QUOTES_CLOSE, QUOTES_OPEN
    while toks and not toks[-1].word and toks[-1].f not in QUOTES_CLOSE and toks[-1].f != ")" and not (
            name_mark(toks, len(toks) - 1) or dotted_abbreviation(toks, len(toks) - 1)):
        toks = toks[:-1]
    opens = sum(t.f in QUOTES_OPEN and t.f not in QUOTES_CLOSE for t in toks)
    closes = sum(t.f in QUOTES_CLOSE and t.f not in QUOTES_OPEN for t in toks)
    if toks and toks[-1].f in QUOTES_CLOSE and closes > opens and toks[-1].f not in QUOTES_OPEN:
        toks = toks[:-1]
    return toks


def scan(text: str, toks: list[Tok], lex: Lexicon, attempt, keep=None) -> list[Draft]:
    """Drafts of one sentence in text order: at each trigger token, skip own-voice formulas, else
    ``attempt(text, toks, i, lex) -> (draft | None, next index)``; ``keep(draft, found)`` may veto."""
    out: list[Draft] = []
    triggers = lex.triggers
    own_voice = lex["own_voice"]
    i = 0
    for k in [k for k, t in enumerate(toks) if t.f in triggers]:  # the next trigger token at or after i
        if k < i:
            continue
        i = k
        n = own_voice.match(toks, i)
        if n:
            i += n
            continue
        d, nxt = attempt(text, toks, i, lex)
        if d is not None and (keep is None or keep(d, out)):
            out.append(d)
        i = max(nxt, i + 1)
    return out


def name_hyphen(toks: list[Tok], k: int) -> bool:
    """``toks[k]`` is the hyphen inside one written word between two words ('Al-Masry', 'El-Sherif'), the
    apostrophe inside a name ("O'Leary", "D'Souza": not a contraction's "'s", "n't", "'re"), or the ampersand
    joining the words of a firm's name ('Holt & Partners', 'AT&T')."""
    if not (0 < k < len(toks) - 1 and toks[k - 1].word and toks[k + 1].word):
        return False
    inside = toks[k - 1].end == toks[k].start and toks[k].end == toks[k + 1].start
    return toks[k].f == "&" or inside and (toks[k].f == "-" or toks[k].f in _APOSTROPHES and len(
        toks[k - 1].f) == 1 and toks[k + 1].f not in _CONTRACTIONS)


def dotted_abbreviation(toks: list[Tok], k: int) -> bool:
    """``toks[k]`` is the last full stop of an abbreviation written letter by letter ('U.S.', 'U.N.', 'U.K.'), part
    of the name it closes."""
    if k < 3 or toks[k].f != "." or toks[k - 2].f != ".":
        return False
    letters = toks[k - 3], toks[k - 1]
    return all(t.word and len(t.f) == 1 for t in letters) and all(
        toks[m].end == toks[m + 1].start for m in range(k - 3, k))


def name_mark(toks: list[Tok], k: int) -> bool:
    """``toks[k]`` is a ? or ! written onto the word before it inside a name ('Which?', 'Yahoo!')."""
    return 0 < k and toks[k].f in ("?", "!") and toks[k - 1].word and toks[k - 1].end == toks[k].start and (
        k + 1 == len(toks) or toks[k + 1].start > toks[k].end)


def own_clause(toks: list[Tok], i: int, start: int, lex: Lexicon) -> int:
    """Where the content of a trailing prepositional frame at ``i`` written with no comma before it starts: inside
    its own clause ('..., الذين يقدر عددهم بنحو 1.2 مليون بحسب X', '..., and exports fell 3% according to X'), after
    the last comma when a clause opener (``own_clause_openers``: relative pronouns, coordinators) follows it; else
    ``start``. With a comma before the frame it tags the sentence from ``start``."""
    if not i or toks[i - 1].f in COMMAS or "own_clause_openers" not in lex.sets:
        return start
    m = next((m for m in range(i - 2, start, -1) if toks[m].f in COMMAS), None)
    if m is None or not lex["own_clause_openers"].match(toks, m + 1):
        return start
    return m + 2 if toks[m + 1].f in lex["clause_joiners"] and m + 2 < i else m + 1  # 'and' joins, no part of it

