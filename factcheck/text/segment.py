"""Segmentation: paragraphs and sentences with offsets into the original text.

Needs: the article text. Adds: ``Segment`` objects (one per sentence) with paragraph index and the
headline flag (the first non-empty line). Sentences end at . ! ? ؟ … (and a run of them, e.g. "..")
followed by space or a closing quote, but not inside decimals (4.3, ٤٫٣), initials, names ending in ? or !
before a lower-case word ("Which? said", "Yahoo! reported"), known
abbreviations (lexicons/<lang>/abbreviations.txt), list markers ("1.") or a quotation («...», "...").
A list item's bullet or number opening a line ("• ", "- ", "1. ", "٣- ") is layout: the sentence
starts after it, so an item number is never read as a quantity. Text wrapped at a fixed width is
reflowed: its lines are joined into paragraphs again (offsets still index the original).
A wire dateline opening a paragraph ("CAIRO, July 10 (Reuters) -", "ISTANBUL, Sept 11 -" and "NAIROBI -" with the place in capitals, a release's "LEEDS, England, Sept. 1, 2025 --" with
a full date and no newswire, "بيروت (رويترز) -",
"القاهرة - «وكالات»:", and in a body paragraph «الموصل - » before two words) or a live page's time stamp ("18:32 BST –", "10:41 BST:", "3:05 p.m. ET" or "14:32"
before a capital or an Arabic letter opening the entry) becomes a segment of its own,
already flagged as furniture. Clauses are cut by
``extract/clauses.py``; the rest of the furniture is flagged by ``furniture.py``.
"""
from __future__ import annotations

import re
from functools import cache

from ..lexicons import load_json, load_set
from ..models import Segment

LINE_BREAKS = "\n\r\u2028\u2029\x85\x0b\x0c"  # what ends a line (and a paragraph, unless it was wrapped)
_LINE = re.compile(f"[^{LINE_BREAKS}]+")
BREAK = re.compile(f"[{LINE_BREAKS}]")
BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\ufeff\u200b\u2060"
_CLOSE = "\"'”’»)\\]"
# a sentence end: terminal punctuation (a run of it), optional closing quotes/brackets, then space
_END = re.compile(rf"[.!?؟…]+[{BIDI}]*[{_CLOSE}]*(?=[\s{BIDI}]|$)|[!?؟]+[{_CLOSE}]*")
# quotations inside which a sentence does not end (bounded so a stray quote cannot swallow a page)
_QUOTE = re.compile(r"«[^«»\n]{1,600}»|“[^“”\n]{1,600}”|\"[^\"\n]{1,600}\"")
_SPACE = " \t\u00a0" + BIDI
_PLACE = r"[A-Z][A-Za-z.'’-]*(?:[ /][A-Z][A-Za-z.'’-]*){0,3}"
_AR_WORD = r"[\u0621-\u064a\u0640\u064b-\u065f]+"
_CAPS_PLACE = r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}"
_AGENCY = r"[\u0621-\u064aA-Za-z\u0640\u064b-\u065f.&]+"
# CITY[, Country][, Month Day[, Year]] (Agency) - , or a newswire's 'CITY, Date /PRNewswire/ --' and
# 'CITY--(BUSINESS WIRE)--'   |   مدينة (وكالة) -   |   مدينة - «وكالة»:
_WIRE = re.compile(
    rf"{_PLACE}(?:, {_PLACE}){{0,2}}(?:, [A-Z][a-z]{{2,8}}\.? \d{{1,2}}(?:, \d{{4}})?)?"
    rf"(?: (?:\([A-Z][A-Za-z.&' ]{{0,30}}\)|/[A-Z][A-Za-z.&' ]{{0,30}}/) ?[-—–]+[ \u00a0]|[-—–]+\([A-Z][A-Za-z.&' ]{{0,30}}\)[-—–]+ ?)"
    # a release's 'CITY, Country, Month Day, Year --' (or 'CITY, Country – Month Day, Year:') with no newswire: the
    # full date makes it a dateline
    rf"|{_PLACE}(?:, {_PLACE}){{0,2}}(?:, | [-—–] )(?:[A-Z][a-z]{{2,8}}\.? \d{{1,2}},|\d{{1,2}} [A-Z][a-z]{{2,8}}) \d{{4}}"
    rf"(?: ?[-—–]+|:)[ \u00a0]"
    # 'ISTANBUL, Sept 11 - ' / 'SAO PAULO, Brazil, Oct 2 – ': a day and month, no agency, no year; the place in
    # capitals, as wire copy writes it ('Paris, March 3 - a day to remember' is prose)
    rf"|{_CAPS_PLACE}(?:, {_PLACE})?, [A-Z][a-z]{{2,8}}\.? \d{{1,2}} [-—–]+[ \u00a0]"
    # 'NAIROBI - ' / 'SAO PAULO, Brazil — ': a place in capitals (three letters at least: 'US - China' is a headline's
    # pair) and a dash before the sentence's capital
    rf"|[A-Z]{{3}}[A-Z.'’-]*(?: [A-Z][A-Z.'’-]+){{0,3}}(?:, {_PLACE})? [-—–]+[ \u00a0](?=[A-Z])"
    rf"|{_AR_WORD}(?: {_AR_WORD})? ?\({_AGENCY}(?: {_AGENCY}){{0,2}}\) ?[-–—:]+[ \u00a0]"
    rf"|{_AR_WORD}(?: {_AR_WORD})? ?[-–—]+ ?[«\"(]?{_AGENCY}(?: {_AGENCY}){{0,2}}[»\")]? ?:[ \u00a0]"
    # a live page's time stamp: "18:32 BST –", "9.05am -", "10:45 GMT |", "١٠:٤٥ ص –"
    rf"|(?:[0-2]?\d:[0-5]\d|[0-2]?\d\.[0-5]\d ?(?=[ap]\.?m)|[\u0660-\u0662]?[\u0660-\u0669]:[\u0660-\u0665][\u0660-\u0669])"
    rf"(?: ?[ap]\.?m\.?| ?[صم](?=[ :]))?(?: بتوقيت(?: [\u0621-\u064a]+){{1,2}} ?[-–—|:][ \u00a0]"
    rf"|(?: [A-Z]{{2,4}})?(?: \([A-Z]{{2,4}}\))?(?: ?[-–—|:][ \u00a0]|[ \u00a0](?=[A-Z\u0621-\u064a])))")
# a list item's bullet or number opening a line ("• ", "- ", "1. ", "12) ", "٣- "): layout, not text
# an interview's question and answer labels («س:» «ج:», "Q:" "A:") are such layout too
_MARKER = re.compile(r"(?:[•·▪■►◆●○◦*]|[-–—]|\(?(?:\d{1,2}|[\u0660-\u0669]{1,2})[.)\-–]|(?:[سج]|سؤال|جواب|Q|A) ?:)"
                     r"[ \t\u00a0]+(?=\S)")
# a section label before a bar opening a headline («حوار |», 'Exclusive |'): one or two words, then a line of at
# least three words with no other bar (a menu bar, 'World | Business | Markets', keeps its bars)
# an Arabic wire dateline with neither date nor agency opening a body paragraph («الموصل - اندلع حريق»): a place of
# one or two words, a dash, then two words (a day and a number after the dash are the dated rule's, ``datelines``)
_AR_PLACE_DASH = re.compile(rf"{_AR_WORD}(?: {_AR_WORD})? [-–—] (?={_AR_WORD}[ \u00a0][\u0621-\u064a])")  # harakat too: «وقّعت»
_SECTION = re.compile(r"[^\W\d_]{2,14}(?: [^\W\d_]{2,14})? ?\| ?(?=[^|\s]+(?: [^|\s]+){2,}[^|]*$)")
_NEXT_WORD = re.compile(rf"[\s{BIDI}\"'“‘«(]*([^\W\d_][\w'’-]*)")


@cache
def _abbreviations() -> frozenset[str]:
    return load_set("en", "abbreviations") | load_set("ar", "abbreviations")


def _word_before(text: str, dot: int) -> str:
    i = dot
    while i > 0 and dot - i < 40 and not text[i - 1].isspace() and text[i - 1] not in "(«\"“" + BIDI:
        i -= 1
    return text[i:dot + 1]


def _is_abbreviation(text: str, dot: int, end: int) -> bool:
    """True when the '.' at ``dot`` closes an abbreviation or an initial, not a sentence."""
    word = _word_before(text, dot)
    low = word.lower()
    if low in _abbreviations():
        ctx = load_json("en", "abbreviations_context")
        if low in ctx.get("terminal", ()):
            m = _NEXT_WORD.match(text, dot + 1, end)
            if m and m.group(1) in ctx.get("sentence_starters", ()):
                return False
        return True
    letters = word[:-1].replace(".", "")
    if letters.isdigit() and len(letters) <= 2 and _line_start(text, dot - len(word) + 1):
        return True  # list marker "1."
    if len(letters) == 1 and "\u0621" <= letters <= "\u064a":
        return True  # an Arabic initial («رجل الأعمال (ع. م.)»، «المتهم أ. ب.»): no Arabic word is one letter
    # single initials ("J. Smith", "U.S.") and dotted acronyms
    return 0 < len(letters) <= 2 and letters.isalpha() and letters[:1].isupper()


def _line_start(text: str, i: int) -> bool:
    while i > 0 and text[i - 1] in _SPACE:
        i -= 1
    return i == 0 or text[i - 1] in "\n\r\u2028\u2029"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in _SPACE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _SPACE):
        end -= 1
    return start, end


def _quoted(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTE.finditer(text, start, end)]


def _inside(pos: int, stop: int, quotes: list[tuple[int, int]]) -> bool:
    """True when a sentence end at ``pos``..``stop`` falls strictly inside a quotation."""
    return any(qs < pos and stop < qe for qs, qe in quotes)


def _continues(text: str, stop: int, end: int) -> bool:
    """True when the word after a single '.' is lower-case (so the '.' did not end a sentence)."""
    nxt = stop
    while nxt < end and text[nxt] in _SPACE:
        nxt += 1
    return nxt < end and text[nxt].islower()


def _name_mark(text: str, first: int, stop: int, end: int) -> bool:
    """'Which? said' / 'Yahoo! reported': a single ? or ! written onto a capitalised name and followed by
    a lower-case word is part of the name (a sentence never goes on in lower case after its end)."""
    if stop != first + 1 or text[first] not in "?!" or first < 2 or not text[first - 1].isalpha():
        return False
    i = first
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    return text[i].isupper() and text[i].isascii() and _continues(text, stop, end)


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence boundaries inside ``text[start:end]`` as (start, end) pairs, trimmed of space."""
    out: list[tuple[int, int]] = []
    cur = start
    stretch = text[start:end]
    quotes = _quoted(text, start, end) if any(c in stretch for c in "«“\"") else []
    for m in _END.finditer(text, start, end):
        stop, first = m.end(), m.start()
        if quotes and _inside(first, stop, quotes):
            continue
        if text[first] == "." and m.group().rstrip(_CLOSE + BIDI) == ".":
            if _is_abbreviation(text, first, end) or _continues(text, stop, end):
                continue
        elif _name_mark(text, first, stop, end):
            continue
        s, e = _trim(text, cur, stop)
        if e > s:
            out.append((s, e))
        cur = stop
    s, e = _trim(text, cur, end)
    if e > s:
        out.append((s, e))
    return out


WRAP_MAX = 100  # a text whose longest body line is at most this wide may be wrapped at a fixed width
WRAP_MIN = 30
WRAP_FULL = 0.8  # a line this share of the width or longer fills its line
WRAP_SHARE = 0.8  # wrapped: this share of the lines left open (no sentence mark) fill their line
_TERMINAL = ".!?؟…:"


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-empty lines as (start, end) pairs, trimmed of surrounding space; the lines of a text wrapped
    at a fixed width are rejoined (``_reflow``)."""
    out = []
    for m in _LINE.finditer(text):
        s, e = _trim(text, m.start(), m.end())
        if e > s:
            out.append((s, e))
    return _reflow(text, out)


def _reflow(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join hard-wrapped lines (wire feeds, e-mail, PDF copies). The text counts as wrapped when its
    body lines are at most ``WRAP_MAX`` characters and at least half of them fill the width; then a
    line that fills the width and does not end with a sentence mark continues on the next line,
    unless that one opens a list item. The headline is never joined; an article with full-length
    paragraph lines is left as it is."""
    body = lines[1:]
    if len(body) < 3:
        return lines
    width = max(e - s for s, e in body)
    if not WRAP_MIN <= width <= WRAP_MAX:
        return lines
    full = WRAP_FULL * width
    open_lines = [e - s for s, e in body[:-1] if not _closes(text, s, e)]
    if len(open_lines) < 2 or sum(n >= full for n in open_lines) < WRAP_SHARE * len(open_lines):
        return lines
    out = lines[:1]
    joined = False
    for k, (s, e) in enumerate(body):
        if joined:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
        nxt = body[k + 1] if k + 1 < len(body) else None
        joined = (nxt is not None and e - s >= full and not _closes(text, s, e)
                  and not _MARKER.match(text, nxt[0], nxt[1]))
    return out


def _closes(text: str, start: int, end: int) -> bool:
    """The line ends with a sentence mark (or a colon), closing quotes aside."""
    return text[start:end].rstrip(_CLOSE + BIDI)[-1:] in _TERMINAL


def wire_dateline(text: str, start: int, end: int) -> int:
    """End of a wire dateline opening ``text[start:end]`` (``start`` when there is none)."""
    m = _WIRE.match(text, start, end)
    return m.end() if m and text[m.end():end].strip() else start


def segment(text: str) -> tuple[Segment, ...]:
    """Split ``text`` into sentences; the first non-empty line is the headline; a wire dateline
    opening a paragraph is a segment of its own, flagged as furniture."""
    out: list[Segment] = []
    for p, (ps, pe) in enumerate(paragraphs(text)):
        marker = _MARKER.match(text, ps, pe) or _SECTION.match(text, ps, pe)
        ps = marker.end() if marker else ps
        body = wire_dateline(text, ps, pe)
        if body == ps and p > 0 and (m := _AR_PLACE_DASH.match(text, ps, pe)):
            body = m.end()  # not in a headline, where «السعودية - الإمارات» is a pair
        if body > ps:
            s, e = _trim(text, ps, body)
            out.append(Segment(s, e, text[s:e], paragraph=p, headline=(p == 0), furniture=True))
        for s, e in split_sentences(text, body, pe):
            out.append(Segment(s, e, text[s:e], paragraph=p, headline=(p == 0)))
    return tuple(out)
