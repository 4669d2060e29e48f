"""The date grammar of a language: one regex of every date form and its folded lookup tables.

Needs: ``lexicons/<lang>/dates.json``. Adds: ``build(language)``, a ``Grammar`` that ``dates.find_dates``
matches and resolves, and ``word_key(word)``, the folded lookup key of a matched word.

The pattern matches the original text: Arabic orthographic variants (hamza and alef forms, ta marbuta,
alef maqsura), harakat, tatweel and bidi marks are allowed by the pattern, not removed from the text, so
every span indexes the article as submitted. Lexicon words are compiled into prefix tries (sre tries far
fewer branches), and an anchor pattern lists the words and numbers every form contains, so the full
pattern is only tried near them. Form groups are named ``<form><part>``; group ``<form>s`` is the span.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicons import load_json
from ..text.normalize import fold
from .date_ends import words as period_end_words
from .numbers import INVISIBLE as _INVISIBLE

_HARAKAT = "\u064b-\u065f\u0670\u0640"
_INNER = f"[{_HARAKAT}{_INVISIBLE}]*"  # between the letters of a word
_TRAIL = f"[{_HARAKAT}]*"  # after its last letter
_SP = f"(?:[\\s{_INVISIBLE}]+)"
_D = "[0-9\u0660-\u0669\u06f0-\u06f9]"
_DAY = f"{_D}{{1,2}}(?!{_D})"
_YEAR = f"{_D}{{4}}(?!{_D}|[.,\u066b\u066c]{_D}|\\s?[%\u066a]|[-/]{_D}{{1,2}}[-/]{_D})"  # 2025/11/3 is a day
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


def word_key(matched: str) -> str:
    """Lookup key of a matched word: folded, single-spaced, 'لل' read as 'ال'."""
    folded = " ".join(fold(matched).split())
    return "ال" + folded[2:] if folded.startswith("لل") else folded


@dataclass(frozen=True)
class Grammar:
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
    weekday_tails: frozenset  # words after a weekday name that make it a number (الأحد عشر = eleven)
    rel_blockers: frozenset
    not_after_year: frozenset
    seasons: dict
    season_blockers: dict
    hijri_before: re.Pattern
    month_word: re.Pattern
    named_before: frozenset  # nouns that make a following yearless date a name (ثورة 25 يناير)
    named_after: frozenset  # nouns that make a preceding yearless date a name (the September 11 attacks)
    single_before: frozenset  # one incident's nouns before a yearless date (هجوم 7 أكتوبر): a name unless recent
    single_after: frozenset  # one incident's nouns after a yearless date (the October 7 attack): a name unless recent
    single_recent: int  # days before publication within which such a date is the incident's, not a name

    def month_at(self, text: str, pos: int) -> tuple[int, int] | None:
        """(end, month number) of a month name alone at ``pos`` (no day, year or modifier after it), or None."""
        m = self.month_word.match(text, pos)
        return (m.end(), self.months[word_key(m["m"])]) if m else None
    numeric_order: str
    language: str


def _table(mapping: dict, convert=int) -> dict:
    """{folded word: value} from a lexicon {value: [words]} mapping."""
    return {word_key(w): convert(k) for k, words in mapping.items() for w in words}


def _flat(lex: dict, *keys: str) -> list[str]:
    """Entries of lexicon lists or {value: [words]} tables under ``keys``, in one list."""
    out: list[str] = []
    for key in keys:
        entry = lex[key]
        out += [x for ws in entry.values() for x in ws] if key in _TABLES else list(entry)
    return out


_TABLES = {"months", "weekdays", "relative_days", "ordinals", "day_words"}


def year_parts(lex: dict) -> list[str]:
    """The ``year_parts`` phrases, each ``{n}`` template expanded over ``year_part_counts`` (the first {n}
    months of → the first nine months of, the first 9 months of, ...)."""
    counts = lex.get("year_part_counts", ())
    return [p.replace("{n}", c) for p in lex.get("year_parts", ()) for c in (counts if "{n}" in p else ("",))]


def _pieces(lex: dict, alts) -> dict[str, str]:
    """Sub-patterns of the grammar, one per word class of the lexicon."""
    never_context = set(lex.get("months_need_context", ()))
    w = {name: alts(_flat(lex, key)) for name, key in (
        ("PRE", "pre_modifiers"), ("POST", "post_modifiers"), ("PER", "periods"), ("PREC", "precision"),
        ("MW", "month_words"), ("YW", "year_words"), ("OF", "of_words"), ("CONN", "date_connectors"),
        ("CUEY", "year_cues"), ("CUEM", "month_cues"), ("DPFX", "day_prefixes"), ("CONT", "continuations"),
        ("REL", "relative_days"), ("ORD", "ordinals"), ("DAYW", "day_words"))}
    steps = lex.get("period_post_modifiers", {})  # 'the month before last', العام قبل الماضي: periods only
    w["PPOST"] = f"(?:{alts(list(steps))}|{w['POST']})" if steps else w["POST"]
    qualifiers = lex.get("cue_qualifiers", ())  # 'until at least September': the cue still cues the date
    w["CQ"] = f"(?:{alts(qualifiers)}{_SP})?" if qualifiers else ""
    w["MON"] = alts(_flat(lex, "months"), ci=False)
    w["MONB"] = alts([m for m in _flat(lex, "months") if m not in never_context], ci=False)
    w["WD"] = alts(_flat(lex, "weekdays"), ci=False)
    w["DSUF"] = "(?:" + "|".join(lex["day_suffixes"]) + ")?" if lex["day_suffixes"] else ""
    w["HIJ"] = f"(?!{_SP}?{alts(lex['hijri_markers'], ci=False)}(?!\\w))"
    w["MPER"], w["PART"] = alts(lex.get("month_periods", ())), alts(year_parts(lex))
    w["DART"] = alts(lex.get("day_articles", ()))
    w["DLEAD"], w["DNEXT"] = alts(lex.get("day_alone_leads", ())), alts(lex.get("day_alone_before", ()))
    suffixes = lex["day_suffixes"]
    w["DSUFR"] = "(?:" + "|".join(suffixes) + ")" if suffixes else ""  # required where a language writes one
    # a number after a month that counts the word after it is no day ('in October 3 million cars', «في أكتوبر 12
    # شخصا»): in English one of ``not_day_after``; in Arabic, which writes the day before the month, any word
    not_day = lex.get("not_day_after", ())
    w["NOTDAY"] = (f"(?:{_SP}?[\u0621-\u064a])" if lex.get("day_before_month_only") else
                   f"(?:{_SP}(?:{alts(not_day)}){_END})" if not_day else _NEVER)
    parts = lex.get("day_parts_after", ())
    # a part of the day after a weekday or relative day (Friday evening, أمس مساءً): in the span, same day;
    # English in lower case only (Monday Night Football is a title)
    w["DPART"] = (f"(?:{_SP}{alts(parts, ci=False)}{_END}(?!{_SP}(?:{w['WD']}|{w['REL']}){_END}))?" if parts else "")
    return w


def build(language: str) -> Grammar:
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
    forms = "|".join(f"(?P<{name}>{body})" for name, body in _alternatives(w, lex.get("orders", ["dmy"]),
                                                                         lex.get("numeric_day_month", False)))
    anchor_words = _flat(lex, "months", "weekdays", "relative_days")
    openers = _flat(lex, "day_prefixes", "month_words", "year_words", "precision", "pre_modifiers",
                    "year_cues", "month_cues", "periods", "ordinals", "day_words")
    openers += year_parts(lex) + list(lex.get("day_alone_leads", ()))
    folded = lambda name: frozenset(word_key(x) for x in lex[name])  # noqa: E731
    return Grammar(
        regex=re.compile(f"(?<!\\w)(?:{forms})"),
        anchors=re.compile("|".join(_DIGIT_ANCHORS + _skippable(*units(anchor_words))
                                    + _skippable(*units(_flat(lex, "periods"))))),
        starts=re.compile(f"(?<!\\w)(?={w['CL']}(?:{_D}|{w['DART']}{_SP}?{_D}|{alts(anchor_words + openers)}))"),
        months=_table(lex["months"]), weekdays=_table(lex["weekdays"]), rel_days=_table(lex["relative_days"]),
        modifiers={word_key(k): v for k, v in {**lex["pre_modifiers"], **lex["post_modifiers"],
                                                **lex.get("period_post_modifiers", {})}.items()},
        periods={word_key(k): v for k, v in lex["periods"].items()}, ordinals=_table(lex["ordinals"]) | _table(lex["day_words"]),
        need_cue=folded("weekdays_need_cue"), weekday_blockers=folded("weekday_blockers"),
        weekday_tails=frozenset(word_key(x) for x in lex.get("weekday_number_tails", ())),
        rel_blockers=folded("relative_day_blockers"), not_after_year=folded("not_after_year"),
        numeric_order=lex.get("numeric_order", "dmy"), language=language,
        seasons={word: tuple(months) for word, months in lex.get("seasons", {}).items()},
        season_blockers={word_key(k): frozenset(word_key(x) for x in v) for k, v in lex.get("season_blockers", {}).items()},
        hijri_before=re.compile(f"(?<!\\w){alts(lex.get('hijri_months', ()), ci=False)}"
                                f"(?:{_SP}{w['OF']})?(?:{_SP}{w['YW']})?{_SP}?$"),
        named_before=frozenset(word_key(x) for x in lex.get("named_event_before", ())),
        named_after=frozenset(word_key(x) for x in lex.get("named_event_after", ())),
        single_before=frozenset(word_key(x) for x in lex.get("single_event_before", ())),
        single_after=frozenset(word_key(x) for x in lex.get("single_event_after", ())),
        single_recent=int(lex.get("single_event_recent_days", 0)),
        month_word=re.compile(f"(?P<m>{w['MONB']}){_END}(?!{_SP}?(?:{_D}|{w['POST']}{_END}))"),
    )


def _alternatives(w: dict, orders, day_month: bool = False) -> list[tuple[str, str]]:
    """(name, pattern) of every date form, most specific first; group ``<name>s`` is the span."""
    sp, cm, end = _SP, _COMMA, _END
    year = lambda p: f"(?P<{p}>{_YEAR}){w['YSUF']}{w['HIJ']}"  # noqa: E731
    cont = lambda p: f"(?:{sp}?{w['CONT']}{sp}?(?P<{p}>{_YEAR}){w['YSUF']}{w['HIJ']}{end})?"  # noqa: E731
    lead = f"(?:(?:{w['DPFX']}{sp})?(?P<@wd>{w['WD']}){cm}(?:{w['CONN']}{sp})?|{w['DPFX']}{sp})?"
    dual = f"(?:{sp}?[/(]{sp}?{w['MON']}{sp}?\\)?)?"  # أيلول/سبتمبر, سبتمبر (أيلول)
    numeric_end = f"(?!{_D}|[-/.]{_D})"
    dart = f"(?:{w['DART']}{sp}?)?"  # الـ15 من سبتمبر
    forms = [
        ("iso", f"(?<![\\w./-])(?P<isos>(?P<isoy>{_D}{{4}})(?P<isosep>[-/.])(?P<isom>{_D}{{1,2}})"
                f"(?P=isosep)(?P<isod>{_D}{{1,2}})){numeric_end}{w['HIJ']}"),
        ("num", f"(?<![\\w./-])(?P<nums>(?P<numa>{_D}{{1,2}})(?P<numsep>[-/.])(?P<numb>{_D}{{1,2}})"
                f"(?P=numsep)(?P<numy>{_D}{{4}})){numeric_end}{w['HIJ']}"),
        ("ord", f"{w['CL']}(?P<ords>{lead.replace('@', 'ord')}(?:(?P<ordo>{w['ORD']}){sp}{w['OF']}"
                f"|(?P<ordw>{w['DAYW']})){sp}(?:{w['MW']}{sp})?(?P<ordm>{w['MON']}){dual}(?:{cm}{year('ordy')})?"
                f"(?:{sp}(?P<ordpost>{w['POST']}))?){end}"),
    ]
    if day_month:  # a slashed day and month after a day prefix: يوم 10/9 (the year left to the calendar)
        forms.append(("nd", f"{w['CL']}(?P<nds>{w['DPFX']}{sp}(?P<nda>{_D}{{1,2}})/(?P<ndb>{_D}{{1,2}})){numeric_end}"
                            f"{w['HIJ']}"))
    if "dmy" in orders:
        forms.append(("dmy", f"{w['CL']}(?P<dmys>{lead.replace('@', 'dmy')}{dart}(?P<dmyd>{_DAY}){w['DSUF']}{sp}"
                             f"(?:{w['OF']}{sp})?(?:{w['MW']}{sp})?(?P<dmym>{w['MON']}){dual}"
                             f"(?:{cm}{year('dmyy')})?(?:{sp}(?P<dmypost>{w['POST']}))?){end}"))
    if "mdy" in orders:
        forms.append(("mdy", f"(?P<mdys>(?:(?P<mdywd>{w['WD']}){cm})?(?P<mdym>{w['MON']}){sp}?"
                             f"(?P<mdyd>{_DAY}){w['DSUF']}(?!{w['NOTDAY']})(?:{cm}{year('mdyy')})?){end}"))
    forms += [
        # a day of a relative month: 11 من الشهر الجاري, the 20th of last month
        ("dp", f"{w['CL']}(?P<dps>(?:{w['DPFX']}{sp})?(?:{dart}(?P<dpd>{_DAY}){w['DSUFR']}|(?P<dpo>{w['ORD']}))"
               f"(?:{sp}{w['OF']})?{sp}(?:(?P<dppre>{w['PRE']}){sp}{w['MPER']}|{w['MPER']}{sp}(?P<dppost>{w['POST']})))"
               f"{end}(?!['\u2019])"),
        # a day alone after its lead: on the 9th
        ("da", f"{w['DLEAD']}{sp}(?P<das>(?P<dad>{_DAY}){w['DSUFR']}){end}"
               f"(?={sp}?(?:[.,;:!?)\\]]|$)|{sp}{w['DNEXT']}{end})"),
    ]
    prec = f"(?:{w['PREC']}{_PSEP})"
    no_more = f"(?!{cm}(?:{w['OF']}{sp})?{_YEAR}|{sp}{w['POST']}|{sp}?{_DAY}(?!{w['NOTDAY']})|{sp}?[/(])"
    forms += [
        ("my", f"{w['CL']}(?P<mys>{prec}?(?:{w['MW']}{sp})?(?P<mym>{w['MON']}){dual}{cm}(?:{w['OF']}{sp})?"
               f"{year('myy')}){end}"),
        ("mm", f"{w['CL']}(?P<mms>{prec}?(?:(?P<mmpre>{w['PRE']}){sp}(?:{w['MW']}{sp})?(?P<mmm>{w['MON']})"
               f"|(?:{w['MW']}{sp})?(?P<mmm2>{w['MON']}){dual}{sp}(?P<mmpost>{w['POST']}))){end}"),
        ("mc", f"{w['CL']}(?:(?P<mcs>(?:{prec}(?:{w['MW']}{sp})?(?P<mcm>{w['MON']})|{w['MW']}{sp}"
               f"(?P<mcm2>{w['MON']})){dual})|{w['CUEM']}{sp}{w['CQ']}(?P<mcs2>(?P<mcm3>{w['MONB']}){dual}))"
               f"{no_more}{end}"),
        ("yw", f"{w['CL']}(?P<yws>{prec}?{w['YW']}{sp}?{year('ywy')}){end}{cont('ywy2')}"),
        ("yc", f"{w['CL']}(?:{w['CUEY']}{sp}{w['CQ']}(?P<ycs>{prec}?{year('ycy')})|(?P<ycs2>{prec}{year('ycy3')}))"
               f"{end}{cont('ycy2')}"),
        ("pr", f"{w['CL']}(?P<prs>{prec}?(?:(?P<prpre>{w['PRE']}){sp}(?P<pru>{w['PER']})"
               f"|(?P<pru2>{w['PER']}){sp}(?P<prpost>{w['PPOST']}))){end}"),
        ("pe", f"{w['CL']}(?P<pes>(?:{prec}|{w['PART']}{sp})(?P<peu>{w['PEND']})){end}(?!{sp}{w['POST']}{end})"),
        ("rd", f"{w['CL']}(?P<rds>(?:{w['DPFX']}{sp})?(?P<rdw>{w['REL']}){w['DPART']}(?:{cm}(?P<rdwd>{w['WD']}){w['DPART']})?)"
               f"{end}"),
        ("wd", f"{w['CL']}(?P<wds>(?:(?P<wdpre>{w['PRE']}){sp})?(?P<wdpfx>{w['DPFX']}{sp})?(?P<wdw>{w['WD']})"
               f"(?:{sp}(?P<wdpost>{w['POST']}))?{w['DPART']}){end}"),
    ]
    return forms
