"""Datelines: date-and-publisher lines ('Published 14 Sep 2025, 09:41 AM', «الأحد 14 سبتمبر 2025 - 10:30 ص»)
and wire datelines holding their date that open a paragraph («القاهرة - 12 مارس (رويترز) -»), which are cut off
the sentence they open as a furniture segment of their own."""
from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace

from ..extract.tokens import Tok, tokenize
from ..models import Segment
from .furniture_lexicon import WIDGET_MAX_WORDS, is_digit, token_classes

TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b|[\u0660-\u0669]{1,2}:[\u0660-\u0669]{2}")
_DATE_DIGITS = re.compile(r"^(?:\d{1,2}|1[89]\d\d|20\d\d|\d{1,2}[:.]\d\d)$")
_HIJRI_YEAR = re.compile(r"^1[34]\d\d$")
_NUMERIC_DATE = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|[\u0660-\u0669]{1,4}[/.-][\u0660-\u0669]{1,2}[/.-][\u0660-\u0669]{1,4}")


def _is_date_digit(tok: Tok) -> bool:
    """Digits that can be part of a date or time: a day, a year, hours and minutes (not 1,200)."""
    return bool(_DATE_DIGITS.match(tok.norm))


def dateline_line(text: str, toks: list[Tok], cls: list[AbstractSet[str]], base: int = 0) -> bool:
    """A date-and-publisher or 'published ... ago' line: a date word, a time or a numeric date, with
    date-like digits and few other words (with a Hijri month or marker, a year 13xx-14xx is a date too)."""
    hijri = any("hijri" in c for c in cls)
    if any(is_digit(t) and not (_is_date_digit(t) or (hijri and _HIJRI_YEAR.match(t.norm))) for t in toks):
        return False  # a count ("1,200 jobs") makes it a statement, not a dateline
    if any(is_digit(t) and text[t.end - base:t.end - base + 1] in ("%", "٪") for t in toks):
        return False  # so does a percentage
    words = sum(("dateline" in c) or ("hijri" in c) for c in cls)
    if not (words or TIME.search(text) or _NUMERIC_DATE.search(text)):
        return False  # a count and a year with no date word is a fact line ("Exports rose 12% in 2023")
    dated = words + sum(map(is_digit, toks))
    other = len(toks) - dated
    # a double stamp ('Posted: Sep 14, 2025 / 09:41 AM EDT | Updated: ...') is longer, but all date words
    if dated < 2 or len(toks) > (2 * WIDGET_MAX_WORDS if other <= 1 else WIDGET_MAX_WORDS):
        return False
    return other <= 3 or (other <= 5 and (bool(TIME.search(text)) or "|" in text))


_DASH = re.compile(r"\s[-–—]\s")
PLACE_MAX_WORDS = 3  # a place before the dash: «بيروت», 'New Delhi', «شرم الشيخ»
OUTLET_MAX_WORDS = 6  # an outlet after it: 'Press Trust of India', «وكالة المغرب العربي للأنباء»


def place_outlet_line(text: str, toks: list[Tok], cls: list[AbstractSet[str]], base: int = 0) -> bool:
    """A place-and-outlet line ('LAGOS - Premium Times', «بيروت - الوكالة الوطنية للإعلام»): one dash between a
    place of at most three words and an outlet's name (a wire agency, or words headed by an ``outlets`` word),
    no figure, no outlet word before the dash ('Fox News - CNN ratings war' is a headline)."""
    dashes = list(_DASH.finditer(text))
    if len(dashes) != 1 or any(map(is_digit, toks)):
        return False
    cut = base + dashes[0].start()
    left = sum(t.end <= cut for t in toks)
    if not 1 <= left <= PLACE_MAX_WORDS or not 1 <= len(toks) - left <= OUTLET_MAX_WORDS:
        return False
    marks = ["outlets" in c or "agencies" in c for c in cls]
    return not any(marks[:left]) and any(marks[left:])


_AR = r"[\u0621-\u064a\u0640\u064b-\u065f]+"
_AGENCY_WORD = r"[\u0621-\u064aA-Za-z\u0640\u064b-\u065f.&]+"
_DAY = r"(?:[0-3]?[0-9]|[\u0660-\u0663]?[\u0660-\u0669])"
_YEAR = r"(?:[12][0-9]{3}|[\u0661\u0662][\u0660-\u0669]{3})"
# a wire dateline holding its date: place[، country][ -|،|في] [weekday] day month[ month][ year] then (agency) -,
# /agency/, a dash or colon right after the year (a full date stands for the missing agency, as a release's dateline
# does in ``segment``), or a bare slash («القاهرة في 3 نوفمبر/»)
_DATED_WIRE = re.compile(
    rf"(?P<place>{_AR}(?: {_AR})?(?:، ?{_AR}(?: {_AR})?)?)(?: ?[-–—،,] ?| في | )(?P<date>(?:{_AR}،? )?{_DAY} {_AR}(?: {_AR})?(?:،? {_YEAR}(?: ?هـ| ?م)?)?)"
    rf"(?: ?(?:\({_AGENCY_WORD}(?: {_AGENCY_WORD}){{0,2}}\)|/ ?{_AGENCY_WORD}(?: {_AGENCY_WORD}){{0,2}} ?/) ?[-–—:]*"
    rf"|(?<=[0-9\u0660-\u0669]) ?(?:[-–—]+|:)| ?/)[ \u00a0]+")


def dateddateline_line(text: str, start: int, end: int, language: str) -> int:
    """End of a wire dateline that holds its date, opening ``text[start:end]`` («القاهرة - 12 مارس (رويترز) -»,
    «دبي، 12 مارس 2025 (وام) –», «الرياض في 12 مارس /واس/»): a place, a day and a month word (``dateline`` words
    of the lexicon, a weekday before them allowed), an optional year and the agency in brackets or slashes, or a
    dash closing a full date («بيروت – 14 تموز 2025 –»);
    ``start`` when there is none, or when nothing follows it."""
    m = _DATED_WIRE.match(text, start, end)
    if m is None or not text[m.end():end].strip():
        return start
    toks = tokenize(text, m.start("date"), m.end("date"))
    return m.end() if any("dateline" in c or "hijri" in c for c in token_classes(toks, language)) else start


def split_datelines(text: str, segments: Sequence[Segment], language: str) -> list[Segment]:
    """``segments`` with a dated wire dateline opening a paragraph's first sentence cut off it as a furniture
    segment of its own (``segment`` cuts off the datelines with no date: «بيروت (رويترز) -»)."""
    out: list[Segment] = []
    for k, s in enumerate(segments):
        first = (k == 0 or segments[k - 1].paragraph != s.paragraph) and not s.furniture
        cut = dateddateline_line(text, s.start, s.end, language) if first else s.start
        if cut == s.start:
            out.append(s)
            continue
        e = len(text[s.start:cut].rstrip())
        out.append(replace(s, end=s.start + e, text=text[s.start:s.start + e], furniture=True))
        out.append(replace(s, start=cut, text=text[cut:s.end]))
    return out
