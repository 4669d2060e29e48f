"""Tense cue before a date: does a bare month, weekday or day-month read forward (future) or backward?

Needs: the article text, the floor of the search (the sentence start) and the date's start offset.
Adds: ``ahead(...) -> bool``, True when the clause before the date carries a future or modal cue.

The last 24 words between the clause start (the floor, a line break, or a word ending in
``. ! ? ; :``) and the date are read from the nearest back; the first word that marks a tense
decides. A future cue ("will", "is set to", "vowed to", "could" not followed by "have"; Arabic a verb of
promising with its ب/أن object before the date, وعد الوزير بخفض الأسعار في أكتوبر, or of expecting with its
أن + imperfect object, توقعت الأرصاد أن تبلغ الحرارة 50 درجة الأحد; Arabic س/سوف/لن/قد
before an imperfect verb, من المقرر أن, an imperfect verb starting with ي, or one starting with ت
that opens the clause as in a headline) makes the date ahead; a past cue ("said", "was", an -ed
verb, a perfect verb ending in ت or وا, لم/كان before a future word) or none at all leaves the
existing rule, and so does a relative pronoun ("will finish the plant which opened in March": the
date belongs to the relative clause). ``cue_after`` reads the words after a date up to the end of its
clause ("On Friday, the ministry will announce", يوم الجمعة سيعلن الوزير): there only an explicit
future (will, is set to, س/سوف, من المقرر) counts as future, modals and bare imperfects decide
nothing, and a past cue or a relative pronoun ends the reading. Invisible characters are those of
``numbers.INVISIBLE``. Word lists are data in ``lexicons/<lang>/dates_tense.json``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ..lexicons import load_json
from ..text.normalize import fold
from .numbers import INVISIBLE

_MARKS = f"\u064b-\u065f\u0670\u0640{INVISIBLE}"
_STRIP = re.compile(f"[{_MARKS}]")
_INVISIBLE_CHARS = "".join(re.findall(f"[{INVISIBLE}]", "".join(map(chr, range(0x10000)))))
_ENDS = frozenset(".!?;:؛؟")  # a word ending in one of these closes a clause
_PUNCT = "\"'’‘“”«»„()[]{},،.!?;:؛؟…—–-+*/%" + _INVISIBLE_CHARS
_WINDOW = 300  # characters read before a date at most
_WORDS = 24  # words read before a date at most
_AFTER_CHARS, _AFTER_WORDS = 120, 10  # read after a date at most
FUTURE, PAST, BLOCKED = "future", "past", "blocked"


class _Prefixes:
    """Exact entries plus ``*``-terminated prefixes of a folded word list."""

    def __init__(self, entries) -> None:
        self.exact = frozenset(fold(e) for e in entries if not e.endswith("*"))
        self.prefixes = tuple(fold(e[:-1]) for e in entries if e.endswith("*"))

    def __contains__(self, word: str) -> bool:
        return word in self.exact or word.startswith(self.prefixes)


@dataclass(frozen=True)
class _Lex:
    data: dict
    sets: dict
    phrases: dict  # last word → tuples of phrase words
    non_verbs: _Prefixes | None


@cache
def _lex(language: str) -> _Lex:
    data = load_json(language, "dates_tense")
    key = fold if language == "ar" else str.lower
    sets = {k: frozenset(key(w) for w in v) for k, v in data.items() if isinstance(v, list)}
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for p in data.get("future_phrases", ()):
        words = tuple(fold(p).split())
        phrases.setdefault(words[-1], []).append(words)
    non_verbs = _Prefixes(data["non_verbs"]) if "non_verbs" in data else None
    return _Lex(data, sets, phrases, non_verbs)


def ahead(text: str, floor: int, pos: int, language: str) -> bool:
    """True when a future cue precedes ``pos`` in its clause (see the module docstring)."""
    return cue_before(clause_words(text, floor, pos), language)[0] == FUTURE


def cue_before(words: list[str], language: str) -> tuple[str | None, int]:
    """(FUTURE, PAST, BLOCKED or None, index of the deciding word or -1) of the clause words before a date,
    read from the nearest back; BLOCKED after a relative pronoun or a never-ahead word (since, منذ)."""
    if not words:
        return None, -1
    lex = _lex("ar" if language == "ar" else "en")
    if _key(words[-1], language) in lex.sets["never_ahead_after"]:
        return BLOCKED, len(words) - 1
    read = _arabic if language == "ar" else _english
    for i in range(len(words) - 1, -1, -1):
        if _key(words[i], language) in lex.sets["relatives"]:
            return BLOCKED, i  # the date is in a relative clause: the main clause's tense does not reach it
        cue = read(words, i, lex)
        if cue:
            return cue, i
    return None, -1


def cue_after(text: str, pos: int, language: str) -> tuple[str | None, str]:
    """(FUTURE or PAST, the word) of the first explicit tense cue after ``pos`` in its clause, else (None, "")."""
    words, closed = _words_after(text, pos)
    lex = _lex("ar" if language == "ar" else "en")
    for i, w in enumerate(words):
        if _key(w, language) in lex.sets["relatives"]:
            break
        if language == "ar":
            kind = _arabic_class(w)[0]
            if kind in ("ي", "ت", "imperfect"):
                break  # the clause's own verb, with no future marker
            cue = _arabic(words, i, lex) if kind in ("future", "phrase", "past") or kind is None else None
        else:
            cue = _english(words, i, lex)
            if cue == FUTURE and w.lower() in lex.sets["modals"]:
                cue = None  # "On Friday, he would not comment": a modal after the date decides nothing
        if cue or i in closed:
            return cue, w
    return None, ""


def clause_words(text: str, floor: int, pos: int) -> list[str]:
    """The words of the clause before ``pos`` (at most ``_WORDS``), punctuation stripped."""
    return _words(text, max(floor, pos - _WINDOW), pos)


def _words(text: str, lo: int, pos: int) -> list[str]:
    """The last ``_WORDS`` words of ``text[lo:pos]`` after its last line break or clause-closing mark."""
    lo = text.rfind("\n", lo, pos) + 1 or lo
    toks = text[lo:pos].replace("/", " ").split()[-_WORDS:]  # «يوليو/تموز»: two month names, no verb
    for j in range(len(toks) - 1, -1, -1):
        if toks[j].rstrip(_INVISIBLE_CHARS)[-1:] in _ENDS:
            toks = toks[j + 1:]
            break
    return [w for w in (t.strip(_PUNCT) for t in toks) if w]


def _words_after(text: str, pos: int) -> tuple[list[str], set[int]]:
    """The words after ``pos`` up to a line break or the word that closes the clause (. ! ? ; :), and the
    index of that word (a comma does not close it: "On Friday, the ministry will …")."""
    hi = text.find("\n", pos, pos + _AFTER_CHARS)
    toks = text[pos:hi if hi >= 0 else pos + _AFTER_CHARS].replace("/", " ").split()[:_AFTER_WORDS]
    words: list[str] = []
    closed: set[int] = set()
    for t in toks:
        w = t.strip(_PUNCT)
        if w:
            words.append(w)
        if t.rstrip(_INVISIBLE_CHARS)[-1:] in _ENDS:
            closed.add(len(words) - 1)
            break
    return words, closed


def _key(word: str, language: str) -> str:
    return _folded(word) if language == "ar" else word.lower()


def _english(words: list[str], i: int, lex: _Lex) -> str | None:
    """Tense marked by English word ``i`` (None: no mark)."""
    w, s = words[i], lex.sets
    low = w.lower()
    if w in s["future"] or low.endswith(("'ll", "’ll")):
        return FUTURE
    if w in s["modals"]:
        j = i + 1
        while j < len(words) and words[j].lower() in s["modal_skip"]:
            j += 1
        return PAST if j < len(words) and words[j].lower() in s["perfect"] else FUTURE
    if low == "to" and i:
        before = words[i - 1].lower()
        prev2 = words[i - 2].lower() if i > 1 else ""
        if (before in s["future_to"] or before in s["commit_to"]) and prev2 not in s["past_aux"]:
            return FUTURE  # "plans to", "vowed to": the infinitive's event lies ahead
        if before in s["future_to_copula"] and prev2 in s["copulas"]:
            return FUTURE
    if low in s.get("expect_verbs", ()) or low in s.get("expect_participles", ()) and i and (
            words[i - 1].lower() in s["copulas"] or words[i - 1].lower() in ("was", "were", "been", "be")) and (
            i + 1 >= len(words) or words[i + 1].lower() != "to"):
        return FUTURE  # "Analysts expect two cuts before December", "Winds were expected on Sunday"
    if low in s["past"]:
        return None if _participle(words, i, s) else PAST  # "will be held": a participle, read on to "will"
    return PAST if _ed_verb(words, i, s) else None


def _participle(words: list[str], i: int, s: dict) -> bool:
    """An irregular past form after a copula or auxiliary ("be held", "been paid"): a participle."""
    return bool(i) and words[i].lower() not in s["past_aux"] and words[i - 1].lower() in s["participle_after"]


def _ed_verb(words: list[str], i: int, s: dict) -> bool:
    """A lower-case -ed word not after an auxiliary, determiner or preposition: a past verb."""
    w = words[i]
    if len(w) < 5 or not w.endswith("ed") or w.endswith("eed") or not w.islower() or w in s["not_past_ed"]:
        return False
    return not (i and words[i - 1].lower() in s["participle_after"])


def _arabic(words: list[str], i: int, lex: _Lex) -> str | None:
    """Tense marked by Arabic word ``i`` in its context (None: no mark)."""
    s = lex.sets
    if _commitment(words, i, s) or _expectation(words, i, lex):
        return FUTURE
    kind, f = _arabic_class(words[i])
    if i > 1 and f[:1] in "يت" and kind not in ("past", "phrase") and f"{_folded(words[i - 2])} {_folded(words[i - 1])}" in (
            s.get("stipulation_leads", ())):
        return FUTURE  # على أن يتم التسليم في أكتوبر: a stipulated future
    if kind is None:
        return None
    if kind == "phrase":
        first = _phrase_start(words, i, f, lex)
        if first is None:
            return None
        return PAST if _after_past_aux(words, first, s) else FUTURE  # كانت تعتزم، كان من المقرر
    if kind == "future":
        return PAST if _after_past_aux(words, i, s) else FUTURE  # كان سيبدأ
    if kind == "past" or _after_past_aux(words, i, s):
        return PAST
    if (i and _folded(words[i - 1]) in s["modal"]) or kind == "ي" or (kind == "ت" and i == 0 and not _perfect_v_vi(words, i, s)):
        return FUTURE
    return None


def _perfect_v_vi(words: list[str], i: int, s: dict) -> bool:
    """Whether a clause-opening ت-word is a masculine perfect of form VI (تفاعل: تسارع، تضاعف، تعادل)
    or a listed one of form V (``gendered_perfects``: تحسن، توقف، تأهل), told from its twin feminine
    imperfect (تواصل الحكومة "the government continues") by the definite noun of masculine form
    after it (no ة or ات ending, with ال or heading a construct: تحسن الاقتصاد "the economy improved",
    تضاعف عدد الزوار; its present is يتحسن)."""
    f = _folded(words[i])
    if not (len(f) == 5 and f[2] == "ا" or f in s["gendered_perfects"]) or i + 1 >= len(words):
        return False
    w = _folded(words[i + 1])
    if w.endswith(("ه", "ات")):
        return False
    # definite with ال, or the head of a construct (تضاعف عدد الزوار)
    return len(w) > 4 and w.startswith("ال") or len(w) > 2 and i + 2 < len(words) and _folded(words[i + 2]).startswith("ال")


def _commitment(words: list[str], i: int, s: dict) -> bool:
    """A verb of promising (وعد، تعهدت) whose object, a ب-noun or أن-clause, stands between it and the date
    (وعد الوزير بخفض الأسعار في أكتوبر): the promised event lies ahead. Not after كان/لم, and not when
    the date follows the verb directly (تعهد في أكتوبر بخفض الأسعار: the date is the promise's)."""
    f = _folded(words[i])
    if f not in s["commit"] and not (len(f) > 3 and f[0] in "وف" and f[1:] in s["commit"]):
        return False
    if any(_folded(w) in s["past_before_imperfect"] for w in words[max(0, i - 3):i]):
        return False  # كان الوزير قد وعد
    return any(w in ("ان", "بان") or (len(w) > 3 and w[0] == "ب" and w not in s["deadline"])
               for w in map(_folded, words[i + 1:-1]))


def _expectation(words: list[str], i: int, lex: _Lex) -> bool:
    """A verb of expecting or forecasting (توقعت، رجح، تنبأ) whose أن + imperfect object stands between it and the
    date (توقعت الأرصاد أن تبلغ الحرارة 50 درجة الأحد): the expected event lies ahead. Not after كان/لم, and not
    when the date follows the verb before its object (توقعت الأرصاد الأحد أن تنخفض: the date is the forecast's)."""
    s, f = lex.sets, _folded(words[i])
    if f not in s["expect"] and not (len(f) > 3 and f[0] in "وف" and f[1:] in s["expect"]):
        return False
    if any(_folded(w) in s["past_before_imperfect"] for w in words[max(0, i - 3):i]):
        return False
    assert lex.non_verbs is not None
    later = [_folded(w) for w in words[i + 1:]]
    return any(w in ("ان", "بان") and (_imperfect(n, lex.non_verbs) or n in s["present_neutral"])
               for w, n in zip(later, later[1:], strict=False))


@lru_cache(maxsize=16384)
def _arabic_class(word: str) -> tuple[str | None, str]:
    """(kind, folded form) of an Arabic word out of context, read as written, then without a و/ف clitic:
    kind is phrase (last word of a future phrase), future, past, ي / ت (an imperfect verb that reads
    as future), imperfect (one that needs a modal before it) or None."""
    lex = _lex("ar")
    raw = _STRIP.sub("", word)
    f = fold(raw)
    kind = _kind(raw, f, lex)
    if kind is None and len(f) > 3 and f[0] in "وف":
        raw, f = raw[1:], f[1:]
        kind = _kind(raw, f, lex)
    return kind, f


def _kind(raw: str, f: str, lex: _Lex) -> str | None:
    s = lex.sets
    if f in lex.phrases:
        return "phrase"
    non_verbs = lex.non_verbs
    assert non_verbs is not None  # the Arabic lexicon lists them
    if f in s["future"] or _sin_future(raw, f, non_verbs):
        return "future"
    if f in s["past"]:
        return "past"
    if _imperfect(f, non_verbs):
        return f[0] if f[0] in "يت" and f not in s["present_neutral"] else "imperfect"
    return "past" if _perfect(f, non_verbs) else None


def _after_past_aux(words: list[str], i: int, s: dict) -> bool:
    """كان/كانت/لم one or two words before word ``i`` (كانت الشركة تعتزم، كان سيبدأ): a past reading."""
    return any(_folded(w) in s["past_before_imperfect"] for w in words[max(0, i - 2):i])


@lru_cache(maxsize=8192)
def _folded(word: str) -> str:
    return fold(_STRIP.sub("", word))


def _phrase_start(words: list[str], i: int, f: str, lex: _Lex) -> int | None:
    """Index of the first word of a future phrase ending at word ``i`` (None: no phrase ends there)."""
    for phrase in lex.phrases.get(f, ()):
        n = len(phrase)
        if i + 1 >= n and tuple(_folded(w) for w in words[i + 1 - n:i]) == phrase[:-1]:
            return i + 1 - n
    return None


def _sin_future(raw: str, f: str, non_verbs: _Prefixes) -> bool:
    """س + imperfect prefix (ي ت ن أ) + a stem of two letters or more: سيرتفع، ستبدأ، سنعمل، سأعود."""
    if len(f) < 4 or raw[0] != "س" or raw[1] not in "يتنأ" or f.endswith(("ه", "ات")):
        return False
    return f not in non_verbs


def _imperfect(f: str, non_verbs: _Prefixes) -> bool:
    """Imperfect verb by shape (يفعل، تفعل، نفعل), as ``clauses`` reads it; not ending in ت/ات/ه."""
    if len(f) < 4 or f[0] not in "يتن" or f.endswith(("ت", "ه")) or f in non_verbs:
        return False
    return not (f[0] == "ت" and len(f) >= 5 and f[3] == "ي")


def _perfect(f: str, non_verbs: _Prefixes) -> bool:
    """Feminine (فعلت) or plural (فعلوا) perfect verb by shape."""
    if len(f) < 4 or f.startswith("ال") or f.endswith("ات") or f in non_verbs:
        return False
    if f[0] in "بل" and f[1:] in non_verbs:
        return False
    return f.endswith(("ت", "وا"))
