"""Week, weekend and quarter dates: "last week", "over the weekend", الأسبوع المقبل, "Q3 2025", الربع الثالث من العام.

Needs: the article text, the span to search, the language and the publication date (or None).
Adds: (start, end, value, relative) tuples that ``dates.find_dates`` turns into ``DateRef`` objects.

Conventions (also in the ``weeks_quarters`` comment of ``lexicons/<lang>/dates.json``):
- a week resolves to the month all its days lie in, else to their year (``calendar.week``: "last week"
  never names one day), counted from the publication week (two weeks for "the week before last" / الأسبوع
  قبل الماضي, "past2" in the lexicon) over every week start the language's outlets use (``week_starts``);
  a position word before it ("early next week", نهاية الأسبوع الماضي) joins the span. A bare week after a
  start or middle word (مطلع الأسبوع) is the publication week; after an end word ("by the end of the week",
  بنهاية الأسبوع) and a weekend ("over the weekend", عطلة نهاية الأسبوع الماضي) are read by
  ``calendar.weekend`` over the lexicon's days, by their modifier or else their clause's tense; bare, they
  need a preposition before them (``weekend_cues``), or in Arabic a word with the article or a number, which
  heads no construct (الإمارات نهاية الأسبوع). All are relative, so left out without a publication date;
- a quarter resolves at month precision to its FIRST month ("in Q3 2025" → 2025-07): a period is
  dated by its start, as "in July" is. When an end word precedes it ("by the end of the third
  quarter", بنهاية الربع الثالث) it resolves to its LAST month (2025-09), the month the phrase names; a quarter of
  a split year ("the third quarter of fiscal 2025/26", "Q1 FY25/26", الربع الأول من العام المالي 2025/2026) is a
  quarter of the year it ends, as ``date_fiscal`` dates the split year (2026-07, 2026-01).
  The year is the explicit one (not relative), else the year phrase's ("this / next / last year",
  العام الجاري / المقبل / الماضي), else the publication year, or the next one when a future cue reads the
  quarter ahead (``date_direction``) and it is over at publication ("will restart in the second quarter",
  said in September → the next April), or the year before when a past verb reads it back and it has not begun
  at publication ("sales rose in the third quarter", said in April → the last July); both relative. The two
  yearless ends of a quarter range ("from the first quarter to the third quarter") are dated together
  (``date_ranges.pair_periods``).
Spans follow ``dates``: the calendar phrase with its position word ("نهاية الربع الثالث من العام
الجاري", "the end of the fourth quarter"), never the cueing preposition nor an attached clitic.
A quarter followed by "of" / من and no year (the third quarter of the game) and a quarter-final /
ربع النهائي are not dates; ربع or "a quarter" without an ordinal is a fraction, never matched.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..lexicons import load_json
from ..text.normalize import fold
from . import calendar as cal
from .date_direction import bare_direction, reporting_verb
from .date_ranges import pair_periods
from .numbers import INVISIBLE as _INVISIBLE

_HARAKAT = "\u064b-\u065f\u0670\u0640"
_INNER = f"[{_HARAKAT}{_INVISIBLE}]*"
_SP = f"(?:[\\s{_INVISIBLE}]+)"
_D = "[0-9\u0660-\u0669\u06f0-\u06f9]"
_YEAR = f"{_D}{{4}}(?!{_D}|[.,\u066b\u066c]{_D}|\\s?[%\u066a])"
_CLITIC = "(?:[وف]?(?:[بك]|ل(?!ل))?)"
_AR_CLASS = {**{c: "[اأإآٱ]" for c in "اأإآٱ"}, **{c: "[يىی]" for c in "يىی"}, "ك": "[كک]"}
_DIRECTIONS = {cal.PAST: -1, cal.NEXT: 1, cal.CURRENT: 0, "past2": -2, "next2": 2}  # past2: the week before last
_AFTER = re.compile(f"[\\s{_INVISIBLE}\\-]*([^\\W\\d_][\\w{_HARAKAT}]*)")
_STARTS = re.compile(r"(?<!\w)\w")
_REACH = 40  # longest text before an anchor ("the beginning of the fourth-")
_BEFORE = re.compile(f"(\\w+)[{_HARAKAT}]*[\\s{_INVISIBLE}]*$")


def _word(word: str) -> str:
    """Pattern of one lexicon entry: Arabic orthographic variants, harakat and bidi marks allowed."""
    units = []
    if word.startswith("ال") and len(word) > 3:
        units, word = ["(?:ال|لل)"], word[2:]
    for i, c in enumerate(word):
        if c == " ":
            units.append(_SP)
        elif c in "هة" and (i == len(word) - 1 or word[i + 1] == " "):
            units.append("[هة]")
        else:
            units.append(_AR_CLASS.get(c, re.escape(c)))
    return _INNER.join(units).replace(f"{_INNER}{_SP}{_INNER}", _SP)


def _alts(words) -> str:
    """Alternation of entries, longest first."""
    return "(?:" + "|".join(_word(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


def _key(matched: str) -> str:
    key = " ".join(fold(matched).split())
    return "ال" + key[2:] if key.startswith("لل") else key


def _table(mapping: dict) -> dict:
    return {_key(w): k for k, words in mapping.items() for w in words}


@dataclass(frozen=True)
class _Grammar:
    regex: re.Pattern
    anchor: re.Pattern
    modifiers: dict
    ordinals: dict
    positions: dict
    years: dict
    of_words: frozenset
    week_not_before: frozenset
    not_after: frozenset
    results: frozenset  # nouns of a reporter's results after a yearless quarter: its own (fiscal) period
    blockers: frozenset
    week_positions: dict  # folded position word -> start / middle / end
    weekend_words: frozenset
    weekend_cues: frozenset
    after_prefixes: tuple  # article forms of a word after which a bare week is adverbial (الإمارات نهاية الأسبوع)
    week_starts: tuple  # weekday numbers a week may begin on (the union is read)
    weekend_days: tuple
    week_end_days: tuple
    articles: bool  # whether a bare week needs an article ("the end of the week")
    bare_not_before: frozenset  # words after a bare week that make it another week ("the week before")
    bare_not_before_prefixes: tuple  # the article of an adjective continuing it (نهاية الأسبوع الأول)
    complementizers: frozenset  # a word after a bare week that opens a reported clause after a verb of saying
    language: str


def _pattern(q: dict, arabic: bool) -> str:
    """The week and quarter forms of one language's ``weeks_quarters`` lexicon."""
    mods, ords = _alts(q["week_modifiers"]), _alts(w for ws in q["quarter_ordinals"].values() for w in ws)
    qw, of = _alts(q["quarter_words"]), _alts(q["quarter_of"])
    codes = "(?:" + "|".join(re.escape(c) for c in q["quarter_codes"]) + ")"
    pos = _alts(w for ws in q["quarter_position"].values() for w in ws)
    art = f"(?:{_alts(q['quarter_articles'])}{_SP})?" if q["quarter_articles"] else ""
    phrases = _alts(w for ws in q["year_phrases"].values() for w in ws)
    lam = "ل?" if arabic else ""
    short = _alts(q["year_short_prefixes"]) if q.get("year_short_prefixes") else "(?!)"
    year = (f"(?:(?:{_SP}?[,\u060c]?{_SP}?|{_SP}?-{_SP}?)(?:{of}{_SP})?{lam}(?:{_alts(q['year_words'])}{_SP}?)?"
            f"(?P<y>{_YEAR})(?:[/\\-–](?P<yt>{_D}{{2}}(?:{_D}{{2}})?)(?!{_D}))?(?:م(?!\\w))?"
            f"|{_SP}(?:{of}{_SP}|{lam})(?P<yp>{phrases})"
            f"|{_SP}(?:{of}{_SP})?{short}(?P<ys>{_D}{{2}})(?:[/\\-–](?P<yst>{_D}{{2}})(?!{_D}))?(?!{_D}))")
    wpos = _alts(w for ws in q.get("week_positions", {}).values() for w in ws)
    wart = f"(?:(?P<wart>{_alts(q['week_articles'])}){_SP})?" if q.get("week_articles") else ""
    words = _alts(q["week_words"] + q.get("weekend_words", []))
    week = (f"(?P<w>(?:(?P<wpos>{wpos})(?:{_SP}|-))?(?:(?P<wpre>{mods}){_SP})?{wart}(?P<ww>{words})"
            f"(?:{_SP}(?P<wpost>{mods}))?)")
    quarter = (f"(?P<q>(?:(?P<qpos>{pos}){_SP})?(?:{art}(?P<qo>{ords})(?:{_SP}|-){qw}|{qw}{_SP}(?P<qo2>{ords})"
               f"|{codes}(?P<qn>[1-4])|(?P<qr>[1-4]){codes}(?:(?P<yg>{_D}{{2}})(?!{_D}))?)(?:{year})?)")
    return f"(?<!\\w){_CLITIC}(?:{week}|{quarter})(?!\\w)"


def _build(language: str) -> _Grammar:
    q = load_json(language, "dates")["weeks_quarters"]
    anchor = _alts(q["week_words"] + q.get("weekend_words", []) + q["quarter_words"]) + "|" + "|".join(
        f"{re.escape(c)}[1-4]|[1-4]{re.escape(c)}" for c in q["quarter_codes"])
    flags = 0 if language == "ar" else re.IGNORECASE  # Arabic has no case: keep sre's literal scans
    years = {_key(w): d for d, ws in q["year_phrases"].items() for w in ws}
    return _Grammar(
        regex=re.compile(_pattern(q, language == "ar"), flags), anchor=re.compile(anchor, flags),
        modifiers={_key(k): v for k, v in q["week_modifiers"].items()}, ordinals=_table(q["quarter_ordinals"]),
        positions=_table(q["quarter_position"]), years=years,
        of_words=frozenset(_key(w) for w in q["quarter_of"]),
        week_not_before=frozenset(_key(w) for w in q["week_not_before"]),
        not_after=frozenset(_key(w) for w in q["not_after"]),
        results=frozenset(_key(w) for w in q.get("quarter_results", ())),
        blockers=frozenset(_key(w) for w in q.get("week_blockers", ())),
        week_positions=_table(q.get("week_positions", {})),
        weekend_words=frozenset(_key(w) for w in q.get("weekend_words", ())),
        weekend_cues=frozenset(_key(w) for w in q.get("weekend_cues", ())),
        after_prefixes=tuple(_key(w) for w in q.get("weekend_after_prefixes", ())),
        week_starts=tuple(q.get("week_starts", (0,))), weekend_days=tuple(q.get("weekend_days", (5, 6))),
        week_end_days=tuple(q.get("week_end_days", q.get("weekend_days", (5, 6)))),
        articles=bool(q.get("week_articles")), language=language,
        bare_not_before=frozenset(_key(w) for w in q.get("bare_week_not_before", ())),
        bare_not_before_prefixes=tuple(q.get("bare_week_not_before_prefixes", ())) or ("\0",),
        complementizers=frozenset(_key(w) for w in q.get("bare_week_complementizers", ())),
    )


def _next_key(text: str, pos: int) -> str:
    m = _AFTER.match(text, pos)
    return _key(m[1]) if m else ""


def _week(m: re.Match, g: _Grammar, pub: date | None, text: str) -> tuple | None:
    """A week or weekend phrase: the week's value, or the weekend's (see ``calendar.week`` / ``weekend``)."""
    word = m["wpre"] or m["wpost"]
    if pub is None or _next_key(text, m.end()) in g.week_not_before:
        return None
    position = g.week_positions.get(_key(m["wpos"])) if m["wpos"] else None
    weekend = _key(m["ww"]) in g.weekend_words
    if word is None:
        return _bare_week(m, g, pub, text, position, weekend)
    direction = g.modifiers[_key(word)]
    step = _DIRECTIONS[direction]
    before = _BEFORE.search(text, max(0, m.start("w") - 30), m.start("w"))
    if position is None and abs(step) < 2 and before and _key(before[1]) in g.blockers:
        return None  # "the last week of term"; "the week before last" needs its "the"
    start = m.start("wpos") if position else m.start("wpre") if m["wpre"] else m.start("ww")
    if weekend:
        if position or abs(step) > 1:
            return None
        if direction == cal.CURRENT and bare_direction(text, start, m.end(), g.language) == cal.BEHIND:
            direction = cal.BEHIND  # "rallied this weekend", read on a Monday: the one just over
        return (start, m.end("w"), cal.weekend(pub, direction, g.weekend_days), True)
    return (start, m.end("w"), cal.week(pub, step, g.week_starts), True)


def _adverbial_after(g: _Grammar, word: str) -> bool:
    """A word after which a bare week phrase cannot be its genitive, so stands as an adverb of time: a number or a
    word with the article (``weekend_after_prefixes``: الإمارات نهاية الأسبوع, as a definite noun heads no construct)."""
    return word[-1:].isdigit() or bool(g.after_prefixes) and _key(word).startswith(g.after_prefixes)


def _bare_week(m: re.Match, g: _Grammar, pub: date, text: str, position: str | None, weekend: bool) -> tuple | None:
    """"over the weekend", خلال عطلة نهاية الأسبوع, مطلع الأسبوع, "by the end of the week": no modifier."""
    if g.articles and m["wart"] is None:
        return None  # "a late-week rally", "weekend trips"
    if weekend == bool(position):
        return None  # "the week" alone; "the end of the weekend"
    after = _next_key(text, m.end())
    if (after in g.bare_not_before or after.startswith(g.bare_not_before_prefixes)) and not _reported(g, text, m, after):
        return None  # "the end of the week before", نهاية الأسبوع الأول من سبتمبر
    start = m.start("wpos") if position else m.start("wart") if g.articles else m.start("ww")
    if position in ("start", "middle"):  # مطلع الأسبوع, "early in the week": the publication week
        return (start, m.end("w"), cal.week(pub, 0, g.week_starts), True)
    before = _BEFORE.search(text, max(0, start - 30), start)
    clitic = text[m.start():m.start("w")]
    if not (before and (_key(before[1]) in g.weekend_cues or _adverbial_after(g, before[1]))
            or any(c in g.weekend_cues for c in clitic)):
        return None  # رحلات نهاية الأسبوع, "the weekend edition"
    days = g.weekend_days if weekend else g.week_end_days
    return (start, m.end("w"), cal.weekend(pub, bare_direction(text, start, m.end(), g.language), days), True)


def _reported(g: _Grammar, text: str, m: re.Match, after: str) -> bool:
    """'said over the weekend that X': a complementizer after a bare week that a cue preposition puts right after a
    verb of saying opens the reported clause; it does not make another week as a relative 'that' does ('the weekend
    that they met')."""
    if after not in g.complementizers:
        return False
    start = m.start("wpos") if m["wpos"] else m.start("wart") if m["wart"] else m.start("ww")
    cue = _BEFORE.search(text, max(0, start - 30), start)
    if cue is None:
        return False
    verb = _BEFORE.search(text, max(0, cue.start() - 30), cue.start())
    return bool(verb and _key(cue[1]) in g.weekend_cues and reporting_verb(verb[1], g.language))


def _quarter(m: re.Match, g: _Grammar, pub: date | None, text: str) -> tuple | None:
    after = _next_key(text, m.end())
    if after in g.not_after or (m["y"] is None and m["yp"] is None and m["ys"] is None and (after in g.of_words or after in g.results)):
        return None  # 'the third quarter of the game'; 'Second-Quarter Results': the reporter's own fiscal quarter
    n = int(m["qn"] or m["qr"]) if m["qn"] or m["qr"] else int(g.ordinals[_key(m["qo"] or m["qo2"])])
    at_end = m["qpos"] is not None and g.positions[_key(m["qpos"])] == "end"
    if m["yg"] and (m["y"] or m["ys"]):
        return None  # "3Q25 2024": two years
    if m["y"] or m["ys"] or m["yg"]:
        short = m["ys"] or m["yg"]  # "Q3 FY26": fiscal 2026; "3Q25": the third quarter of 2025
        year, relative = int(m["y"]) if m["y"] else _short_year(int(short)), False
        year = _split_year(year, m["yt"] or m["yst"])  # "Q3 of fiscal 2025/26": the fiscal year ending in 2026
        if not 1900 <= year <= 2100:
            return None
    elif pub is None:
        return None
    elif m["yp"]:
        year, relative = pub.year + _DIRECTIONS[g.years[_key(m["yp"])]], True
    else:
        year, relative = cal.quarter_year(pub, n, bare_direction(text, *m.span("q"), g.language)), True
    return (*m.span("q"), cal.quarter_month(year, n, at_end), relative)


def _split_year(year: int, tail: str | None) -> int:
    """The year a split year ("2025/26", "2025-2026") ends in, as ``date_fiscal`` dates it; 0 (no year) when the
    second does not follow the first; ``year`` itself with no second."""
    if tail is None:
        return year
    second = int(tail) if len(tail) == 4 else year - year % 100 + int(tail) + (100 if int(tail) < year % 100 else 0)
    return second if second == year + 1 else 0


def _short_year(yy: int) -> int:
    """A two-digit year after a short fiscal prefix ("FY26"): 20YY, 19YY from 70 on (as ``date_fiscal`` reads it)."""
    return 1900 + yy if yy >= 70 else 2000 + yy


_GRAMMARS = {language: _build(language) for language in ("ar", "en")}


def period_anchored(text: str, start: int, end: int, language: str) -> bool:
    """Whether ``text[start:end]`` holds an anchor of a week or quarter phrase (without one ``find_periods`` finds
    nothing)."""
    return _GRAMMARS.get(language, _GRAMMARS["en"]).anchor.search(text, start, end) is not None


def find_periods(text: str, start: int, end: int, language: str, published: date | None) -> list[tuple]:
    """(start, end, value, relative) of week and quarter phrases inside ``text[start:end]``.

    Every phrase contains an anchor (a week or quarter word, or a code such as Q3), so the full
    pattern is only tried at word starts up to ``_REACH`` characters before an anchor.
    """
    g = _GRAMMARS.get(language, _GRAMMARS["en"])
    out: list[tuple] = []
    bare: list[bool] = []  # a quarter naming no year of its own
    pos = start
    for anchor in g.anchor.finditer(text, start, end):
        if anchor.start() < pos:
            continue
        for w in _STARTS.finditer(text, max(pos, anchor.start() - _REACH), anchor.end()):
            m = g.regex.match(text, w.start(), end)
            if m and m.end() > anchor.start():
                found = (_week if m["w"] else _quarter)(m, g, published, text)
                if found:
                    out.append(found)
                    bare.append(not m["w"] and not m["y"] and not m["yp"] and not m["ys"])
                pos = m.end()
                break
    return pair_periods(out, bare, text, language, published) if len(out) > 1 else out
