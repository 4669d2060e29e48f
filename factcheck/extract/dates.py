"""Dates: absolute and relative calendar references resolved against the publication date.

Needs: the article text, the span to search, the language and the publication date (or None:
relative references are then left out, never guessed). Adds: ``DateRef`` objects.

One regex per language is assembled at import from ``lexicons/<lang>/dates.json`` (``date_grammar``); it matches the
original text (orthographic variants, harakat, tatweel and bidi marks are allowed by the pattern, not
removed from the text), so every span indexes the article as submitted. Matched words are folded only
to look their meaning up. Spans cover the calendar phrase ("يوم الجمعة", "30 نوفمبر المقبل", "late
May 2024", "عام 2021") but not the preposition that cues it ("في", "in", "since") nor an
attached و/ف/ب clitic; a part of the day after a weekday or relative day is in the span ("Friday evening",
أمس مساءً). A yearless day-month inside an event's name (ثورة 25 يناير، "the September 11 attacks":
``named_event_*`` in the lexicon) is left out, never completed from publication. Resolution rules are in ``calendar``: a bare month, weekday or day-month resolves ahead of publication
by its clause's tense (``date_direction``: "will rise in November", سترفع … في نوفمبر, "On Friday, the
ministry will announce", "starting Monday"), else by the rule of its form; explicit modifiers always win. A year alone needs a cue: a year word
(any year 1000–2999) or a preposition / precision word (1900–2100 only). Slashed numeric dates
follow the lexicon's ``numeric_order``: day first for Arabic (13/9/2025); month first for English
(9/13/2025, US wire style) unless the first number is above 12, which makes it day first (13/09/2025, as
British and Arab outlets write it); numeric dates are modern, so only years 1900–2100 are read (15/09/1446
is a Hijri date); a slashed day and month without a year is read only after an Arabic day prefix (يوم 10/9, day
first, its year resolved as a day-month's), never alone (9/11 names the attacks). A year right after a Hijri month (رمضان 1446، شهر رمضان من عام 1446) is Hijri when below
``calendar.HIJRI_LAST``, never read as a Gregorian year: Hijri dates are converted by ``date_hijri``, no finer than
the calendars outlets follow allow.
A day of a relative month ("the 20th of last month", 11 من الشهر الجاري) counts from the publication month;
a day alone ("on the 9th") is the most recent such day, or the next when its clause reads ahead; a season
after a modifier ("this summer", الصيف الماضي) is its year, left out where "last" or "next" could name two
(``calendar.season``). A half before "the year" ("the first half of the year") is the publication year, as
"the end of the year" is (``date_ends``). Ranges ("from 10 to 14 September", "between March and May 2024")
get both ends from ``date_ranges``.
Week and quarter phrases come from ``date_periods`` (a week or weekend → the month its days share, else
their year, never one day; a quarter → its first month,
its last after an end word), fiscal years ("the 2024-25 fiscal year", "FY25") from ``date_fiscal``, years as
modifiers ("a 2019 collision") from ``date_attributive``, counts back from publication ("two days ago", قبل يومين)
from ``date_ago`` and windows ending at publication ("the past 24 hours", الساعات الـ24 الماضية) from
``date_windows``; all win over any date they overlap.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from ..lexicons import load_json
from ..models import DateRef
from . import calendar as cal
from .date_ago import ago_anchored, find_ago
from .date_attributive import attributive_anchored, find_attributive_years
from .date_datelines import dateline_day
from .date_direction import bare_direction, figure_present, news_present, starts_from
from .date_ends import period_end
from .date_fiscal import find_named_years, year_anchored
from .date_grammar import Grammar, build, word_key
from .date_hijri import find_hijri, find_hijri_days, hijri_anchored
from .date_merge import with_periods
from .date_monday import bare_weekday_date
from .date_nth_weekday import find_nth_weekdays
from .date_period_for import period_for
from .date_periods import find_periods, period_anchored
from .date_quarter_pairs import find_quarter_pairs
from .date_ranges import complete
from .date_windows import find_windows, window_anchored
from .numbers import INVISIBLE as _INVISIBLE

_HARAKAT = "\u064b-\u065f\u0670\u0640"
_REACH = 32  # longest left context before an anchor ("the beginning of next year")
_NEXT_WORD = re.compile(f"[\\s{_INVISIBLE}]*([^\\W\\d_][\\w{_HARAKAT}]*)")
_PREV_WORD = re.compile(f"(\\w+)[{_HARAKAT}]*[\\s{_INVISIBLE},\u060c]*$")


def _dir(g: Grammar, word: str | None) -> str | None:
    return g.modifiers.get(word_key(word)) if word else None


def _bare(g: Grammar, text: str, s: int, e: int, day: bool = True) -> str | None:
    """Direction of a date with no modifier: ``ahead`` by its clause's tense (see ``date_direction``); a ``day``
    (a weekday or a day of a month, not a month alone) also after a present verb of a scheduled event."""
    return bare_direction(text, s, e, g.language, scheduled=day)


def _next_word(text: str, pos: int) -> str:
    m = _NEXT_WORD.match(text, pos)
    return word_key(m[1]) if m else ""


def _hijri_direction(g: Grammar, text: str):
    """For a yearless Hijri day at ``text[s:e]``: (direction, end) by a modifier right after it (1 رمضان الماضي, its
    span then running over it), else by its clause's tense."""
    def direction(s: int, e: int) -> tuple[str | None, int]:
        m = _NEXT_WORD.match(text, e)
        if m and _dir(g, m[1]):
            return _dir(g, m[1]), m.end()
        return bare_direction(text, s, e, g.language, scheduled=True), e
    return direction


def _prev_word(text: str, pos: int) -> str:
    m = _PREV_WORD.search(text, max(0, pos - 40), pos)
    return word_key(m[1]) if m else ""


def _first(m: re.Match, *names: str) -> tuple[Any, Any]:
    """(group name, text) of the first of ``names`` that took part in the match."""
    for name in names:
        if m[name] is not None:
            return name, m[name]
    return None, None


def _day_form(p: str):
    """Handler of day-month[-year] forms (dmy, mdy, ordinal day) under group prefix ``p``."""
    def handle(m: re.Match, g: Grammar, pub: date | None, text: str) -> list:
        mo = g.months[word_key(m[p + "m"])]
        day = g.ordinals[word_key(m["ordo"] or m["ordw"])] if p == "ord" else int(m[p + "d"])
        s, e = m.span(p + "s")
        if m[p + "y"]:
            y = int(m[p + "y"])
            return [(s, e, cal.iso(y, mo, day), False)] if cal.valid_day(y, mo, day) else []
        post = m.groupdict().get(p + "post")
        if pub is None or (not post and _names_event(g, text, s, e)):
            return []
        direction = _dir(g, post) or _bare(g, text, s, e)
        if direction == cal.AHEAD and news_present(text, s, g.language):
            direction = cal.PRESENT
        value = cal.day_month(pub, mo, day, direction)
        named_day = m.groupdict().get(p + "wd")
        if value is not None and named_day and word_key(named_day) in g.weekdays:
            value = cal.matching_weekday(value, g.weekdays[word_key(named_day)])  # 'Friday 25 July': 2025's
        if value is None or _single_event(g, text, s, e) and not cal.recent(pub, value, g.single_recent):
            return []  # 'since the October 7 attack': an incident named by a date the text does not make recent
        return [(s, e, value, True)]
    return handle


_CLITICS = "وفبل"


def _names_event(g: Grammar, text: str, s: int, e: int) -> bool:
    """Whether a yearless day-month is part of an event's name (ثورة 25 يناير، the September 11 attacks):
    it names a past year the text does not give, so it is never completed relative to publication."""
    before = _prev_word(text, s)
    if before in g.named_before or (before[:1] in _CLITICS and before[1:] in g.named_before):
        return True
    return bool(g.named_after) and _next_word(text, e).lower() in g.named_after


def _single_event(g: Grammar, text: str, s: int, e: int) -> bool:
    """Whether a yearless day-month stands next to a noun of one incident (the October 7 attack, هجوم 7
    أكتوبر): such a date names the incident, recent or long past."""
    if not (g.single_before or g.single_after):
        return False
    before = _prev_word(text, s)
    if before in g.single_before or (before[:1] in _CLITICS and before[1:] in g.single_before):
        return True
    return _next_word(text, e).lower() in g.single_after


def _day_of_month(m: re.Match, g: Grammar, pub: date | None, text: str) -> list:
    """A day of a relative month: "11 من الشهر الجاري", "the 20th of last month"."""
    if pub is None:
        return []
    day = int(m["dpd"]) if m["dpd"] else g.ordinals[word_key(m["dpo"])]
    step = {cal.PAST: -1, cal.NEXT: 1, cal.CURRENT: 0}.get(_dir(g, m["dppre"] or m["dppost"]) or "")
    value = None if step is None else cal.day_of_month(pub, step, day)
    return [(*m.span("dps"), value, True)] if value else []


def _day_alone(m: re.Match, g: Grammar, pub: date | None, text: str) -> list:
    """A day without a month: "on the 9th" (see ``calendar.day_alone``)."""
    if pub is None:
        return []
    s, e = m.span("das")
    value = cal.day_alone(pub, int(m["dad"]), _bare(g, text, s, e))
    return [(s, e, value, True)] if value else []


def _numeric(m: re.Match, g: Grammar, pub, text) -> list:
    if m.lastgroup == "iso":
        y, mo, d, s, e = int(m["isoy"]), int(m["isom"]), int(m["isod"]), *m.span("isos")
    else:
        a, b, y, s, e = int(m["numa"]), int(m["numb"]), int(m["numy"]), *m.span("nums")
        if g.numeric_order == "mdy":
            mo, d = (a, b) if a <= 12 else (b, a)
        else:
            d, mo = (a, b) if b <= 12 else (b, a)
    # numeric dates are modern: a year outside 1900–2100 (15/09/1446) is a Hijri one, never Gregorian
    return [(s, e, cal.iso(y, mo, d), False)] if 1900 <= y <= 2100 and cal.valid_day(y, mo, d) else []


def _numeric_day_month(m: re.Match, g: Grammar, pub, text) -> list:
    """A slashed day and month with no year after a day prefix (يوم 10/9): resolved as 10 سبتمبر is."""
    if pub is None:
        return []
    d, mo = int(m["nda"]), int(m["ndb"])
    s, e = m.span("nds")
    if not (1 <= mo <= 12 and cal.valid_day(2000, mo, d)):
        return []
    direction = _bare(g, text, s, e)
    if direction == cal.AHEAD and news_present(text, s, g.language):
        direction = cal.PRESENT
    value = cal.day_month(pub, mo, d, direction)
    return [(s, e, value, True)] if value else []


def _years(m: re.Match, g: Grammar, text: str, group: str, span: str, lo: int, hi: int) -> list:
    """Year-precision refs: the cued year and a continuation year ("2019 و2021", "2019 to 2021")."""
    out: list = []
    hijri = g.hijri_before.search(text, max(0, m.start(span) - _REACH), m.start(span)) is not None
    last = f"{m.lastgroup}y2"
    for grp, spn in ((group, span), (last, last)):
        if m[grp] is None:
            continue
        y, (s, e) = int(m[grp]), m.span(spn)
        if not lo <= y <= hi or _next_word(text, m.end(grp)) in g.not_after_year:
            break
        if hijri and y < cal.HIJRI_LAST:  # شهر رمضان من عام 1446: a Hijri year; رمضان عام 2025 stays Gregorian
            break
        out.append((s, e, cal.iso(y), False))
    return out


def _year_word(m, g, pub, text) -> list:
    return _years(m, g, text, "ywy", "yws", 1000, 2999)


def _year_cue(m, g, pub, text) -> list:
    group, _ = _first(m, "ycy", "ycy3")
    return _years(m, g, text, group, "ycs" if group == "ycy" else "ycs2", 1900, 2100)


def _month_year(m, g, pub, text) -> list:
    y = int(m["myy"])
    s, e = m.span("mys")
    if not 1000 <= y <= 2999 or _next_word(text, m.end("myy")) in g.not_after_year:
        return []
    return [(s, e, cal.iso(y, g.months[word_key(m["mym"])]), False)]


def _month_mod(m, g, pub, text) -> list:
    if pub is None or _prev_word(text, m.start("mms")) in g.weekday_blockers:
        return []
    _, month = _first(m, "mmm", "mmm2")
    _, mod = _first(m, "mmpre", "mmpost")
    return [(*m.span("mms"), cal.month(pub, g.months[word_key(month)], _dir(g, mod)), True)]


def _month_cue(m, g, pub, text) -> list:
    if pub is None:
        return []
    _, month = _first(m, "mcm", "mcm2", "mcm3")
    span, _ = _first(m, "mcs", "mcs2")
    s, e = m.span(span)
    if period_for(text, s, g.language) or figure_present(text, s, g.language):
        direction: str | None = cal.NEAREST
    else:
        direction = _bare(g, text, s, e, day=False)
    return [(s, e, cal.month(pub, g.months[word_key(month)], direction), True)]


def _period(m, g, pub, text) -> list:
    s, e = m.span("prs")
    prev = _prev_word(text, s)
    if m["prpost"] and prev in load_json(g.language, "dates").get("post_modifier_articles", ()):
        article = _PREV_WORD.search(text, max(0, s - 40), s)
        assert article is not None  # ``prev`` is its word
        s = article.start(1)  # "the year to date"
    elif pub is None or prev in g.weekday_blockers:
        return []
    if pub is None:
        return []
    _, unit = _first(m, "pru", "pru2")
    _, mod = _first(m, "prpre", "prpost")
    unit = g.periods[word_key(unit)]
    if unit in g.seasons:
        return _season(m, g, pub, text, unit, _dir(g, mod))
    value = cal.period(pub, unit, _dir(g, mod))
    return [(s, e, value, True)] if value else []


def _season(m: re.Match, g: Grammar, pub: date, text: str, unit: str, direction: str | None) -> list:
    """"this summer", الصيف الماضي: the season's year (see ``calendar.season``), unless a noun reading follows."""
    s, e = m.span("prs")
    word = word_key(m["pru"] or m["pru2"])
    if _next_word(text, e) in g.season_blockers.get(word, ()):
        return []
    first, last = g.seasons[unit]
    value = cal.season(pub, first, last, direction)
    return [(s, e, value, True)] if value else []


_OPEN_Q, _CLOSE_Q = "\"«“„'", "\"»”'"
_NAME_WORDS = 3  # a quoted stretch this short is a name ("اليوم السابع", «اليوم», the "Today" show)


def _in_short_quote(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` lies inside a quoted name of at most ``_NAME_WORDS`` words."""
    left = max(text.rfind(c, max(0, s - 40), s) for c in _OPEN_Q)
    right = [i for i in (text.find(c, e, e + 40) for c in _CLOSE_Q) if i >= 0]
    if left < 0 or not right or "\n" in text[left:min(right)]:
        return False
    inside = text[left + 1:min(right)]
    return not any(c in inside for c in _OPEN_Q + _CLOSE_Q) and len(inside.split()) <= _NAME_WORDS


def _relative_day(m, g, pub, text) -> list:
    if pub is None or _in_short_quote(text, m.start("rds"), m.end("rds")):
        return []
    if m["rdwd"] is None and _next_word(text, m.end("rds")) in g.rel_blockers:
        return []
    return [(*m.span("rds"), cal.shift_days(pub, g.rel_days[word_key(m["rdw"])]), True)]


def _weekday(m, g, pub, text) -> list:
    if pub is None or _prev_word(text, m.start("wds")) in g.weekday_blockers:
        return []
    if g.weekday_tails and _next_word(text, m.end("wdw")) in g.weekday_tails:
        return []  # الأحد عشر: eleven
    mod = m["wdpre"] or m["wdpost"]
    s, e = m.span("wds")
    if not (mod or m["wdpfx"]) and word_key(m["wdw"]) in g.need_cue and not (
            starts_from(text, s, g.language) or bare_weekday_date(text, s, e, m.end("wdw"), g.language)):
        return []
    wd = g.weekdays[word_key(m["wdw"])]
    after = None if mod else _WEEK_AFTER.get(g.language, re.compile("(?!)")).match(text, e)
    if after:  # "Tuesday week": the Tuesday a week after the coming one
        later = date.fromisoformat(cal.weekday(pub, wd, cal.AHEAD)) + timedelta(weeks=1)
        return [(s, after.end(), later.isoformat(), True)]
    mod = mod or _shared_modifier(g, text, e)
    return [(s, e, cal.weekday(pub, wd, _dir(g, mod) or _bare(g, text, s, e)), True)]


_NEXT_TWO = re.compile(r"[ \u00a0]+(\S+)[ \u00a0]+([^\s.,،؛:]+)")


def _shared_modifier(g: Grammar, text: str, e: int) -> str | None:
    """The plural modifier after the weekday coordinated with this one (يومي الأحد والاثنين المقبلين), else None."""
    m = _NEXT_TWO.match(text, e)
    if m is None or not m[1].startswith("و") or word_key(m[1][1:]) not in g.weekdays:
        return None
    return m[2] if _dir(g, m[2]) else None


def _week_after(language: str) -> re.Pattern | None:
    words = load_json(language, "dates").get("weekday_week_after")
    if not words:
        return None
    alts = "|".join(re.escape(w) for w in words)
    return re.compile(f"[ \\u00a0](?:{alts})(?![\\w-])", re.IGNORECASE)


_WEEK_AFTER = {lang: p for lang in ("ar", "en") if (p := _week_after(lang)) is not None}


def _period_end(m, g, pub, text) -> list:
    return period_end(m, g.language, pub, text, _next_word(text, m.end("pes")))


_HANDLERS = {
    "iso": _numeric, "num": _numeric, "nd": _numeric_day_month, "ord": _day_form("ord"), "dmy": _day_form("dmy"),
    "mdy": _day_form("mdy"), "dp": _day_of_month, "da": _day_alone, "my": _month_year, "mm": _month_mod, "mc": _month_cue, "yw": _year_word,
    "yc": _year_cue, "pr": _period, "pe": _period_end, "rd": _relative_day, "wd": _weekday,
}
_GRAMMARS = {language: build(language) for language in ("ar", "en")}


def may_hold_dates(text: str, start: int, end: int, language: str) -> bool:
    """False when no reader of ``find_dates`` has its anchor in ``text[start:end]``, so that ``find_dates`` finds
    nothing there whatever the publication date: a cheap test for callers that try many short spans."""
    grammar = _GRAMMARS.get(language, _GRAMMARS["en"])
    return (grammar.anchors.search(text, start, end) is not None or period_anchored(text, start, end, language)
            or ago_anchored(text, start, end, language) or window_anchored(text, start, end, language)
            or year_anchored(text, start, end, language) or hijri_anchored(text, start, end, language)
            or attributive_anchored(text, start, end, language))


def find_dates(text: str, start: int, end: int, language: str, published: date | None) -> list[DateRef]:
    """Dates inside ``text[start:end]``, in text order; relative ones only when ``published`` is known.

    Every date form contains an anchor (a 1-, 2- or 4-digit number, a month, weekday, relative-day or
    period word), so the full pattern is only tried at word starts up to ``_REACH`` characters before
    an anchor: the same matches as scanning every position, at a fraction of the cost. A dated dateline
    before ``start`` (a press release's 'AUSTIN, Texas, March 3, 2026 /PRNewswire/ --') stands for
    ``published``: the release speaks from its own day (``date_datelines``).
    """
    published = dateline_day(text, start, language) or published
    grammar = _GRAMMARS.get(language, _GRAMMARS["en"])
    out: list[DateRef] = []
    forms: list[str] = []
    pos = tried = start
    for anchor in grammar.anchors.finditer(text, start, end):
        if anchor.start() < pos:
            continue
        for w in grammar.starts.finditer(text, max(pos, tried, anchor.start() - _REACH), end):
            if w.start() > anchor.start():
                break
            tried = w.start() + 1
            m = grammar.regex.match(text, w.start(), end)
            if m:
                for s, e, value, relative in _HANDLERS[m.lastgroup or ""](m, grammar, published, text):
                    out.append(DateRef(s, e, text[s:e], value, relative))
                    forms.append(m.lastgroup or "")
                pos = tried = m.end()
                break
    out = complete(out, forms, text, language, grammar.month_at, published)
    periods = find_periods(text, start, end, language, published) + find_ago(text, start, end, language, published)
    for extra in (find_quarter_pairs, find_nth_weekdays):
        periods += [p for p in extra(text, start, end, language, published)
                    if not any(s < p[1] and p[0] < e for s, e, _, _ in periods)]
    periods += find_windows(text, start, end, language, published)
    periods += [h for h in find_hijri(text, start, end, language, out)
                if not any(s < h[1] and h[0] < e for s, e, _, _ in periods)]
    periods += [h for h in find_hijri_days(text, start, end, language, published, _hijri_direction(grammar, text))
                if not any(s < h[1] and h[0] < e for s, e, _, _ in periods)]
    for extra_years in (find_named_years, find_attributive_years):  # "the 2025 budget", then "a 2019 collision"
        periods += [y for y in extra_years(text, start, end, language)
                    if not any(s < y[1] and y[0] < e for s, e, _, _ in periods)]
    return with_periods(out, periods, text, language)

