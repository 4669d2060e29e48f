"""Dates: absolute and relative calendar references resolved against the publication date.

Needs: the article text, the span to search, the language and the publication date (or None:
relative references are then left out, never guessed). Adds: ``DateRef`` objects.

One regex per language is assembled at import from ``lexicons/<lang>/dates.json``; it matches the
original text (orthographic variants, harakat, tatweel and bidi marks are allowed by the pattern, not
removed from the text), so every span indexes the article as submitted. Matched words are folded only
to look their meaning up. Spans cover the calendar phrase ("يوم الجمعة", "30 نوفمبر المقبل", "late
May 2024", "عام 2021") but not the preposition that cues it ("في", "in", "since") nor an
attached و/ف/ب clitic. Resolution rules are in ``calendar``: a bare month, weekday or day-month resolves ahead of publication
by its clause's tense (``date_direction``: "will rise in November", سترفع … في نوفمبر, "On Friday, the
ministry will announce", "starting Monday"), else by the rule of its form; explicit modifiers always win. A year alone needs a cue: a year word
(any year 1000–2999) or a preposition / precision word (1900–2100 only). Slashed numeric dates
follow the lexicon's ``numeric_order``: day first for Arabic (13/9/2025); month first for English
(9/13/2025, US wire style) unless the first number is above 12, which makes it day first.
Week and quarter phrases come from ``date_periods`` (a week → its Monday, a quarter → its first month,
its last after an end word), fiscal years ("the 2024-25 fiscal year", "FY25") from ``date_fiscal`` and counts
back from publication ("two days ago", قبل يومين) from ``date_ago``; all win over any date they overlap.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..lexicons import load_json
from ..models import DateRef
from ..text.normalize import fold
from . import calendar as cal
from .date_ago import find_ago
from .date_direction import bare_direction, starts_from
from .date_ends import period_end
from .date_ends import words as period_end_words
from .date_fiscal import find_named_years
from .date_merge import with_periods
from .date_periods import find_periods
from .numbers import INVISIBLE as _INVISIBLE

_HARAKAT = "\u064b-\u065f\u0670\u0640"
_INNER = f"[{_HARAKAT}{_INVISIBLE}]*"  # between the letters of a word
_TRAIL = f"[{_HARAKAT}]*"  # after its last letter
_SP = f"(?:[\\s{_INVISIBLE}]+)"
_D = "[0-9\u0660-\u0669\u06f0-\u06f9]"
_DAY = f"{_D}{{1,2}}(?!{_D})"
_YEAR = f"{_D}{{4}}(?!{_D}|[.,\u066b\u066c]{_D}|\\s?[%\u066a])"
_COMMA = f"(?:{_SP}?[,\u060c]{_SP}?|{_SP})"
_PSEP = f"(?:{_SP}|-{_SP}?)"
_END = r"(?!\w)"
_NEVER = "(?!)"
_AR_CLITIC = "(?:[وف]?(?:[بك]|ل(?!ل))?)"
_ARTICLE = "(?:ال|لل)"
_AR_CLASS = {**{c: "[اأإآٱ]" for c in "اأإآٱ"}, **{c: "[يىی]" for c in "يىی"}, "ك": "[كک]"}
# a 1-, 2- or 4-digit number, one branch per first digit (the look-behind follows the digit: see _openings)
_DIGIT_ANCHORS = [f"{chr(c)}(?<!{_D}.)(?:{_D}{{3}}|{_D}?)(?!{_D})"
                  for a, b in ((0x30, 0x39), (0x660, 0x669), (0x6F0, 0x6F9)) for c in range(a, b + 1)]
_REACH = 32  # longest left context before an anchor ("the beginning of next year")
_NEXT_WORD = re.compile(f"[\\s{_INVISIBLE}]*([^\\W\\d_][\\w{_HARAKAT}]*)")
_PREV_WORD = re.compile(f"(\\w+)[{_HARAKAT}]*[\\s{_INVISIBLE},\u060c]*$")


def _ar_units(word: str, strict: bool) -> list[str]:
    """Pattern units of an Arabic lexicon entry: one per letter, orthographic variants as classes."""
    if strict:
        return [re.escape(c) for c in word]
    units = []
    if word.startswith("ال") and len(word) > 3:
        units, word = [_ARTICLE], word[2:]
    for i, c in enumerate(word):
        final = i == len(word) - 1 or word[i + 1] == " "
        if c == " ":
            units.append(_SP)
        elif c in "هة" and final:
            units.append("[هة]")
        else:
            units.append(_AR_CLASS.get(c, re.escape(c)))
    return units


def _en_units(word: str, ci: bool) -> list[list[str]]:
    """Unit sequences of an English entry: case-insensitive, or its own and UPPER spelling."""
    def seq(w: str, fold_case: bool) -> list[str]:
        return [_SP if c == " " else f"[{c}{c.upper()}]" if fold_case and c.isalpha() else re.escape(c)
                for c in w]
    if ci:
        return [seq(word.lower(), True)]
    return [seq(w, False) for w in dict.fromkeys([word, word.upper()])]


def _trie(seqs: list[list[str]], inner: str, trail: str) -> str:
    """One alternation of all unit sequences, factored on shared prefixes (sre tries far fewer branches)."""
    branches = _branches(seqs, inner, trail)
    return "(?:" + "|".join(branches) + ")" if branches else _NEVER


def _branches(seqs: list[list[str]], inner: str, trail: str) -> list[str]:
    """The top-level branches of ``_trie(seqs)``."""
    root: dict = {}
    for seq in seqs:
        node = root
        for unit in seq:
            node = node.setdefault(unit, {})
        node[None] = {}
    return _emit(root, inner, trail)


def _emit(node: dict, inner: str, trail: str) -> list[str]:
    branches = []
    for unit, child in node.items():
        if unit is None:
            continue
        alts = _emit(child, inner, trail)
        rest = "(?:" + "|".join(alts) + ")" if alts else ""
        sep = "" if unit == _SP else inner
        if rest and None in child:
            branches.append(f"{unit}(?:{sep}{rest}|{trail})")
        else:
            branches.append(f"{unit}{sep}{rest}" if rest else f"{unit}{trail}")
    return branches


def _openings(unit: str) -> list[str]:
    """Literal spellings of a pattern unit (a class is one per character): a branch that starts with a
    literal lets sre jump to the characters that can start a match instead of trying every position."""
    if unit == _ARTICLE:
        return ["ال", "لل"]
    if unit.startswith("[") and unit.endswith("]"):
        return [re.escape(c) for c in unit[1:-1]]
    if unit.startswith("("):
        raise ValueError(f"no literal opening for {unit!r}")
    return [unit]


def _skippable(seqs: list[list[str]], inner: str, trail: str) -> list[str]:
    """``_branches`` of ``seqs`` with each first unit spelled out as literals (see ``_openings``)."""
    return _branches([[first, *seq[1:]] for seq in seqs for first in _openings(seq[0])], inner, trail)


def _key(matched: str) -> str:
    """Lookup key of a matched word: folded, single-spaced, 'لل' read as 'ال'."""
    key = " ".join(fold(matched).split())
    return "ال" + key[2:] if key.startswith("لل") else key


@dataclass(frozen=True)
class _Grammar:
    """Compiled pattern and folded lookup tables of one language."""

    regex: re.Pattern
    anchors: re.Pattern
    starts: re.Pattern
    months: dict
    weekdays: dict
    rel_days: dict
    modifiers: dict
    periods: dict
    ordinals: dict
    need_cue: frozenset
    weekday_blockers: frozenset
    rel_blockers: frozenset
    not_after_year: frozenset
    numeric_order: str
    language: str


def _table(mapping: dict, convert=int) -> dict:
    """{folded word: value} from a lexicon {value: [words]} mapping."""
    return {_key(w): convert(k) for k, words in mapping.items() for w in words}


def _flat(lex: dict, *keys: str) -> list[str]:
    """Entries of lexicon lists or {value: [words]} tables under ``keys``, in one list."""
    out: list[str] = []
    for key in keys:
        entry = lex[key]
        out += [x for ws in entry.values() for x in ws] if key in _TABLES else list(entry)
    return out


_TABLES = {"months", "weekdays", "relative_days", "ordinals", "day_words"}


def _pieces(lex: dict, alts) -> dict[str, str]:
    """Sub-patterns of the grammar, one per word class of the lexicon."""
    never_context = set(lex.get("months_need_context", ()))
    w = {name: alts(_flat(lex, key)) for name, key in (
        ("PRE", "pre_modifiers"), ("POST", "post_modifiers"), ("PER", "periods"), ("PREC", "precision"),
        ("MW", "month_words"), ("YW", "year_words"), ("OF", "of_words"), ("CONN", "date_connectors"),
        ("CUEY", "year_cues"), ("CUEM", "month_cues"), ("DPFX", "day_prefixes"), ("CONT", "continuations"),
        ("REL", "relative_days"), ("ORD", "ordinals"), ("DAYW", "day_words"))}
    w["MON"] = alts(_flat(lex, "months"), ci=False)
    w["MONB"] = alts([m for m in _flat(lex, "months") if m not in never_context], ci=False)
    w["WD"] = alts(_flat(lex, "weekdays"), ci=False)
    w["DSUF"] = "(?:" + "|".join(lex["day_suffixes"]) + ")?" if lex["day_suffixes"] else ""
    w["HIJ"] = f"(?!{_SP}?{alts(lex['hijri_markers'], ci=False)}(?!\\w))"
    return w


def _build(language: str) -> _Grammar:
    """Compile the grammar of ``language`` from its lexicon."""
    lex = load_json(language, "dates")
    strict = set(lex.get("strict", ()))

    def units(words, ci=True) -> tuple[list[list[str]], str, str]:
        if language == "ar":
            return [_ar_units(w, w in strict) for w in set(words)], _INNER, _TRAIL
        return [u for w in set(words) for u in _en_units(w, ci)], "", ""

    def alts(words, ci=True) -> str:
        return _trie(*units(words, ci))

    w = _pieces(lex, alts)
    w["YSUF"], w["CL"] = ("(?:م(?!\\w))?", _AR_CLITIC) if language == "ar" else ("", "")
    w["PEND"] = alts(period_end_words(language))
    forms = "|".join(f"(?P<{name}>{body})" for name, body in _alternatives(w, lex.get("orders", ["dmy"])))
    anchor_words = _flat(lex, "months", "weekdays", "relative_days")
    openers = _flat(lex, "day_prefixes", "month_words", "year_words", "precision", "pre_modifiers",
                    "year_cues", "month_cues", "periods", "ordinals", "day_words")
    folded = lambda key: frozenset(_key(x) for x in lex[key])  # noqa: E731
    return _Grammar(
        regex=re.compile(f"(?<!\\w)(?:{forms})"),
        anchors=re.compile("|".join(_DIGIT_ANCHORS + _skippable(*units(anchor_words))
                                    + _skippable(*units(_flat(lex, "periods"))))),
        starts=re.compile(f"(?<!\\w){w['CL']}(?:{_D}|{alts(anchor_words + openers)})"),
        months=_table(lex["months"]), weekdays=_table(lex["weekdays"]), rel_days=_table(lex["relative_days"]),
        modifiers={_key(k): v for k, v in {**lex["pre_modifiers"], **lex["post_modifiers"]}.items()},
        periods={_key(k): v for k, v in lex["periods"].items()}, ordinals=_table(lex["ordinals"]) | _table(lex["day_words"]),
        need_cue=folded("weekdays_need_cue"), weekday_blockers=folded("weekday_blockers"),
        rel_blockers=folded("relative_day_blockers"), not_after_year=folded("not_after_year"),
        numeric_order=lex.get("numeric_order", "dmy"), language=language,
    )


def _alternatives(w: dict, orders) -> list[tuple[str, str]]:
    """(name, pattern) of every date form, most specific first; group ``<name>s`` is the span."""
    sp, cm, end = _SP, _COMMA, _END
    year = lambda p: f"(?P<{p}>{_YEAR}){w['YSUF']}{w['HIJ']}"  # noqa: E731
    cont = lambda p: f"(?:{sp}?{w['CONT']}{sp}?(?P<{p}>{_YEAR}){w['YSUF']}{w['HIJ']}{end})?"  # noqa: E731
    lead = f"(?:(?:{w['DPFX']}{sp})?(?P<@wd>{w['WD']}){cm}(?:{w['CONN']}{sp})?|{w['DPFX']}{sp})?"
    dual = f"(?:{sp}?[/(]{sp}?{w['MON']}{sp}?\\)?)?"  # أيلول/سبتمبر, سبتمبر (أيلول)
    numeric_end = f"(?!{_D}|[-/.]{_D})"
    forms = [
        ("iso", f"(?<![\\w./-])(?P<isos>(?P<isoy>{_D}{{4}})(?P<isosep>[-/.])(?P<isom>{_D}{{1,2}})"
                f"(?P=isosep)(?P<isod>{_D}{{1,2}})){numeric_end}"),
        ("num", f"(?<![\\w./-])(?P<nums>(?P<numa>{_D}{{1,2}})(?P<numsep>[-/.])(?P<numb>{_D}{{1,2}})"
                f"(?P=numsep)(?P<numy>{_D}{{4}})){numeric_end}{w['HIJ']}"),
        ("ord", f"{w['CL']}(?P<ords>{lead.replace('@', 'ord')}(?:(?P<ordo>{w['ORD']}){sp}{w['OF']}"
                f"|(?P<ordw>{w['DAYW']})){sp}(?:{w['MW']}{sp})?(?P<ordm>{w['MON']})(?:{cm}{year('ordy')})?"
                f"(?:{sp}(?P<ordpost>{w['POST']}))?){end}"),
    ]
    if "dmy" in orders:
        forms.append(("dmy", f"{w['CL']}(?P<dmys>{lead.replace('@', 'dmy')}(?P<dmyd>{_DAY}){w['DSUF']}{sp}"
                             f"(?:{w['OF']}{sp})?(?:{w['MW']}{sp})?(?P<dmym>{w['MON']}){dual}"
                             f"(?:{cm}{year('dmyy')})?(?:{sp}(?P<dmypost>{w['POST']}))?){end}"))
    if "mdy" in orders:
        forms.append(("mdy", f"(?P<mdys>(?:(?P<mdywd>{w['WD']}){cm})?(?P<mdym>{w['MON']}){sp}?"
                             f"(?P<mdyd>{_DAY}){w['DSUF']}(?:{cm}{year('mdyy')})?){end}"))
    prec = f"(?:{w['PREC']}{_PSEP})"
    no_more = f"(?!{cm}(?:{w['OF']}{sp})?{_YEAR}|{sp}{w['POST']}|{sp}?{_DAY}|{sp}?[/(])"
    forms += [
        ("my", f"{w['CL']}(?P<mys>{prec}?(?:{w['MW']}{sp})?(?P<mym>{w['MON']}){dual}{cm}(?:{w['OF']}{sp})?"
               f"{year('myy')}){end}"),
        ("mm", f"{w['CL']}(?P<mms>{prec}?(?:(?P<mmpre>{w['PRE']}){sp}(?:{w['MW']}{sp})?(?P<mmm>{w['MON']})"
               f"|(?:{w['MW']}{sp})?(?P<mmm2>{w['MON']}){dual}{sp}(?P<mmpost>{w['POST']}))){end}"),
        ("mc", f"{w['CL']}(?:(?P<mcs>{prec}(?:{w['MW']}{sp})?(?P<mcm>{w['MON']})|{w['MW']}{sp}"
               f"(?P<mcm2>{w['MON']}))|{w['CUEM']}{sp}(?P<mcs2>(?P<mcm3>{w['MONB']}))){dual}{no_more}{end}"),
        ("yw", f"{w['CL']}(?P<yws>{prec}?{w['YW']}{sp}?{year('ywy')}){end}{cont('ywy2')}"),
        ("yc", f"{w['CL']}(?:{w['CUEY']}{sp}(?P<ycs>{prec}?{year('ycy')})|(?P<ycs2>{prec}{year('ycy3')}))"
               f"{end}{cont('ycy2')}"),
        ("pr", f"{w['CL']}(?P<prs>{prec}?(?:(?P<prpre>{w['PRE']}){sp}(?P<pru>{w['PER']})"
               f"|(?P<pru2>{w['PER']}){sp}(?P<prpost>{w['POST']}))){end}"),
        ("pe", f"{w['CL']}(?P<pes>{prec}(?P<peu>{w['PEND']})){end}"),
        ("rd", f"{w['CL']}(?P<rds>(?:{w['DPFX']}{sp})?(?P<rdw>{w['REL']})(?:{cm}(?P<rdwd>{w['WD']}))?){end}"),
        ("wd", f"{w['CL']}(?P<wds>(?:(?P<wdpre>{w['PRE']}){sp})?(?P<wdpfx>{w['DPFX']}{sp})?(?P<wdw>{w['WD']})"
               f"(?:{sp}(?P<wdpost>{w['POST']}))?){end}"),
    ]
    return forms


def _dir(g: _Grammar, word: str | None) -> str | None:
    return g.modifiers.get(_key(word)) if word else None


def _bare(g: _Grammar, text: str, s: int, e: int) -> str | None:
    """Direction of a date with no modifier: ``ahead`` by its clause's tense (see ``date_direction``)."""
    return bare_direction(text, s, e, g.language)


def _next_word(text: str, pos: int) -> str:
    m = _NEXT_WORD.match(text, pos)
    return _key(m[1]) if m else ""


def _prev_word(text: str, pos: int) -> str:
    m = _PREV_WORD.search(text, max(0, pos - 40), pos)
    return _key(m[1]) if m else ""


def _first(m: re.Match, *names: str) -> tuple[Any, Any]:
    """(group name, text) of the first of ``names`` that took part in the match."""
    for name in names:
        if m[name] is not None:
            return name, m[name]
    return None, None


def _day_form(p: str):
    """Handler of day-month[-year] forms (dmy, mdy, ordinal day) under group prefix ``p``."""
    def handle(m: re.Match, g: _Grammar, pub: date | None, text: str) -> list:
        mo = g.months[_key(m[p + "m"])]
        day = g.ordinals[_key(m["ordo"] or m["ordw"])] if p == "ord" else int(m[p + "d"])
        s, e = m.span(p + "s")
        if m[p + "y"]:
            y = int(m[p + "y"])
            return [(s, e, cal.iso(y, mo, day), False)] if cal.valid_day(y, mo, day) else []
        if pub is None:
            return []
        value = cal.day_month(pub, mo, day, _dir(g, m.groupdict().get(p + "post")) or _bare(g, text, s, e))
        return [(s, e, value, True)] if value else []
    return handle


def _numeric(m: re.Match, g: _Grammar, pub, text) -> list:
    if m.lastgroup == "iso":
        y, mo, d, s, e = int(m["isoy"]), int(m["isom"]), int(m["isod"]), *m.span("isos")
    else:
        a, b, y, s, e = int(m["numa"]), int(m["numb"]), int(m["numy"]), *m.span("nums")
        if g.numeric_order == "mdy":
            mo, d = (a, b) if a <= 12 else (b, a)
        else:
            d, mo = (a, b) if b <= 12 else (b, a)
    return [(s, e, cal.iso(y, mo, d), False)] if cal.valid_day(y, mo, d) else []


def _years(m: re.Match, g: _Grammar, text: str, group: str, span: str, lo: int, hi: int) -> list:
    """Year-precision refs: the cued year and a continuation year ("2019 و2021", "2019 to 2021")."""
    out = []
    last = f"{m.lastgroup}y2"
    for grp, spn in ((group, span), (last, last)):
        if m[grp] is None:
            continue
        y, (s, e) = int(m[grp]), m.span(spn)
        if not lo <= y <= hi or _next_word(text, m.end(grp)) in g.not_after_year:
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
    return [(s, e, cal.iso(y, g.months[_key(m["mym"])]), False)]


def _month_mod(m, g, pub, text) -> list:
    if pub is None or _prev_word(text, m.start("mms")) in g.weekday_blockers:
        return []
    _, month = _first(m, "mmm", "mmm2")
    _, mod = _first(m, "mmpre", "mmpost")
    return [(*m.span("mms"), cal.month(pub, g.months[_key(month)], _dir(g, mod)), True)]


def _month_cue(m, g, pub, text) -> list:
    if pub is None:
        return []
    _, month = _first(m, "mcm", "mcm2", "mcm3")
    span, _ = _first(m, "mcs", "mcs2")
    s, e = m.span(span)
    return [(s, e, cal.month(pub, g.months[_key(month)], _bare(g, text, s, e)), True)]


def _period(m, g, pub, text) -> list:
    if pub is None or _prev_word(text, m.start("prs")) in g.weekday_blockers:
        return []
    _, unit = _first(m, "pru", "pru2")
    _, mod = _first(m, "prpre", "prpost")
    value = cal.period(pub, g.periods[_key(unit)], _dir(g, mod))
    return [(*m.span("prs"), value, True)] if value else []


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
    return [(*m.span("rds"), cal.shift_days(pub, g.rel_days[_key(m["rdw"])]), True)]


def _weekday(m, g, pub, text) -> list:
    if pub is None or _prev_word(text, m.start("wds")) in g.weekday_blockers:
        return []
    mod = m["wdpre"] or m["wdpost"]
    s, e = m.span("wds")
    if not (mod or m["wdpfx"]) and _key(m["wdw"]) in g.need_cue and not starts_from(text, s, g.language):
        return []
    return [(s, e, cal.weekday(pub, g.weekdays[_key(m["wdw"])], _dir(g, mod) or _bare(g, text, s, e)), True)]


def _period_end(m, g, pub, text) -> list:
    return period_end(m, g.language, pub, text, _next_word(text, m.end("pes")))


_HANDLERS = {
    "iso": _numeric, "num": _numeric, "ord": _day_form("ord"), "dmy": _day_form("dmy"),
    "mdy": _day_form("mdy"), "my": _month_year, "mm": _month_mod, "mc": _month_cue, "yw": _year_word,
    "yc": _year_cue, "pr": _period, "pe": _period_end, "rd": _relative_day, "wd": _weekday,
}
_GRAMMARS = {language: _build(language) for language in ("ar", "en")}


def find_dates(text: str, start: int, end: int, language: str, published: date | None) -> list[DateRef]:
    """Dates inside ``text[start:end]``, in text order; relative ones only when ``published`` is known.

    Every date form contains an anchor (a 1-, 2- or 4-digit number, a month, weekday, relative-day or
    period word), so the full pattern is only tried at word starts up to ``_REACH`` characters before
    an anchor: the same matches as scanning every position, at a fraction of the cost.
    """
    grammar = _GRAMMARS.get(language, _GRAMMARS["en"])
    out: list[DateRef] = []
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
                pos = tried = m.end()
                break
    periods = find_periods(text, start, end, language, published) + find_ago(text, start, end, language, published)
    periods += [y for y in find_named_years(text, start, end, language)
                if not any(s < y[1] and y[0] < e for s, e, _, _ in periods)]
    return with_periods(out, periods, text, language)

