"""Direction of a bare date (a month, weekday or day-month with no modifier): ahead of publication or not.

Needs: the article text, the date's span and the language. Adds: ``bare_direction(...)`` (``calendar.AHEAD``
or None, the rule of the date's form) and ``starts_from(...)`` (a start-from phrase right before a date).
A date reads ahead after a future cue in its clause (``tense.cue_before``); when no cue precedes it, after
an explicit future right after it in the same clause (``tense.cue_after``: "On Friday, the ministry will
announce", يوم الجمعة سيعلن الوزير). A start-from phrase right before the date changes the default: after a
strong one ("starting", "effective", اعتباراً من، ابتداءً من) the date reads ahead unless a past cue that is
not a verb of announcing or reporting reads it back ("the strike began starting Monday", بدأ الإضراب اعتباراً
من الاثنين); after a weak one ("from", "as of", من) only when the clause announces something ("called a
strike from Monday", أعلنت إضراباً من الأحد). After a deadline word ("until", "by", حتى، بحلول) the date reads ahead
when a continuing state ("remains in place", مستمر، سارية) or an announce verb ("extended") follows the deciding cue
and no past cue other than a reporting verb decides ("said the curfew remains until Friday"; "rose until October" and
كان الحظر سارياً حتى ديسمبر stay past). A plan reported in the past ("said it was likely to cut rates in
December", "told reporters the plant was set to open in March") reads ahead: the be-form is backshifted by the
verb of saying, not a past plan. A perfect of form V or VI opening the clause (تراجع، تباطأ), spelled like an
imperfect, reads the date back as any past verb does (``opening_perfects``). A bare imperfect of a figure moving (التضخم
يتراجع في أكتوبر) reads a bare month as the one nearest publication (``figure_present``). Phrases and verbs are data in ``lexicons/<lang>/dates_tense.json``.
"""
from __future__ import annotations

from functools import cache

from ..lexicons import load_json
from ..text.normalize import fold
from . import calendar as cal
from .tense import BLOCKED, FUTURE, PAST, _arabic_class, _folded, clause_words, cue_after, cue_before

_LONGEST = 4  # words in the longest start-from phrase ('comes into force on')


@cache
def _phrases(language: str) -> tuple[dict[tuple[str, ...], str], frozenset[str], frozenset[str]]:
    """({folded phrase words: strong|weak}, announce verbs, reporting verbs) of a language."""
    data = load_json(language, "dates_tense")
    phrases = {tuple(fold(p).split()): kind for kind in ("strong", "weak") for p in data.get(f"start_{kind}", ())}
    return phrases, frozenset(map(fold, data.get("announce", ()))), frozenset(map(fold, data.get("reporting", ())))


@cache
def _last_words(language: str) -> frozenset[str]:
    """Raw spellings worth folding: the last words of the start-from phrases, lower-cased."""
    return frozenset(words[-1] for words in _phrases(language)[0])


@cache
def _deadline_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """(folded deadline words, folded continuing words) of a language."""
    data = load_json(language, "dates_tense")
    return frozenset(map(fold, data.get("deadline", ()))), frozenset(map(fold, data.get("continuing", ())))


def _lang(language: str) -> str:
    return "ar" if language == "ar" else "en"


def _start_kind(words: list[str], language: str) -> str | None:
    """strong / weak when the last clause words form a start-from phrase (a leading و/ف allowed), else None."""
    return _start_phrase(words, language)[0]


def _start_phrase(words: list[str], language: str) -> tuple[str | None, int]:
    """(strong / weak, its length in words) of the start-from phrase the clause words end with, else (None, 0)."""
    lang = _lang(language)
    if not words or (lang == "en" and words[-1].lower() not in _last_words(lang)):
        return None, 0
    phrases = _phrases(lang)[0]
    keys = [fold(w) for w in words[-_LONGEST:]]
    for n in range(min(_LONGEST, len(keys)), 0, -1):
        tail = keys[-n:]
        kind = phrases.get(tuple(tail))
        if kind is None and language == "ar" and len(tail[0]) > 2 and tail[0][0] in "وف":
            kind = phrases.get((tail[0][1:], *tail[1:]))
        if kind is not None:
            return kind, n
    return None, 0


def reporting_verb(word: str, language: str) -> bool:
    """``word`` is a verb of reporting of the language's ``reporting`` list ('said', قال), a leading و/ف allowed."""
    return _verb_in([word], _phrases(_lang(language))[2], _lang(language))


def starts_from(text: str, pos: int, language: str) -> bool:
    """Whether a strong start-from phrase ends right before ``pos`` (اعتباراً من الاثنين: a weekday cue)."""
    return _start_kind(clause_words(text, 0, pos), language) == "strong"


def _verb_in(words: list[str], verbs: frozenset[str], language: str) -> bool:
    for w in words:
        key = fold(w)
        if key in verbs or (language == "ar" and len(key) > 3 and key[0] in "وف" and key[1:] in verbs):
            return True
    return False


_REPORT_REACH = 4  # words between a verb of saying and the be-form of a reported plan ('told reporters the plant was')


@cache
def _reported_be(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """(past be-forms of a reported plan, plan or expectation words before 'to') of a language."""
    data = load_json(language, "dates_tense")
    return frozenset(data.get("reported_be", ())), frozenset(w.lower() for w in data.get("future_to", ()))


def _reported_plan(words: list[str], tense: str | None, i: int, language: str) -> bool:
    """'said it was likely to cut rates in December': a past be-form before a plan or expectation word and 'to',
    a few words after a verb of saying, is the plan seen from the report (backshifted future), not a past one."""
    if tense != PAST or i < 1 or i + 2 >= len(words):
        return False
    be, plans = _reported_be(_lang(language))
    if words[i].lower() not in be or words[i + 1].lower() not in plans or words[i + 2].lower() != "to":
        return False
    return _verb_in(words[max(0, i - _REPORT_REACH):i], _phrases(_lang(language))[2], language)


def _until_ahead(text: str, end: int, words: list[str], cue: tuple[str | None, int], language: str) -> bool:
    """Whether a deadline word ends ``words`` after a continuing state or an announced decision (module docstring)."""
    lang = _lang(language)
    deadline, continuing = _deadline_words(lang)
    if not words or (lang == "en" and words[-1].lower() not in deadline) or not _verb_in(words[-1:], deadline, language):
        return False
    tense, i = cue
    _, announce, reporting = _phrases(lang)
    since = words[max(i, 0):-1]
    if _verb_in(since, announce, language):
        return True
    if tense == PAST and not _verb_in(words[i:i + 1], reporting, language):
        return False
    if not _verb_in(since, continuing, language):
        return False
    after, word = cue_after(text, end, language) if tense is None else (None, "")
    return after != PAST or _verb_in([word], reporting, language)


def bare_direction(text: str, start: int, end: int, language: str, scheduled: bool = False) -> str | None:
    """``calendar.AHEAD`` when the bare date at ``text[start:end]`` reads forward, ``calendar.BEHIND`` when the
    past verb nearest before it decides its clause, else None. ``scheduled``: a present verb of a scheduled event
    before it also reads forward (for a weekday or a day; a month alone keeps the default)."""
    words = clause_words(text, 0, start)
    tense, i = cue_before(words, language)
    if tense == BLOCKED:  # "fled since April 15", «منذ 15 أبريل»: what began since a date began before publication
        return cal.BEHIND if i == len(words) - 1 and cue_before(words[-1:], language)[0] == BLOCKED else None
    if _lang(language) == "ar" and tense != PAST and _opening_perfect(words, tense, i):
        tense = PAST  # تراجع الذهب في 3 ديسمبر: a perfect of form V or VI, no imperfect
    if tense == FUTURE or _until_ahead(text, end, words, (tense, i), language) or _reported_plan(
            words, tense, i, language):
        return cal.AHEAD
    kind, n = _start_phrase(words, language)
    if kind is not None:
        _, announce, reporting = _phrases(_lang(language))
        since_cue = words[max(i, 0):len(words) - n]  # 'was scheduled for March': the phrase's own verb announces nothing
        if _verb_in(since_cue, announce, language):
            return cal.AHEAD
        if tense == PAST and not (kind == "strong" and _verb_in(words[i:i + 1], reporting, language)):
            return cal.BEHIND
    elif tense == PAST and not _expected_object(words, i, language):
        return cal.BEHIND
    elif tense == PAST or tense is None and (_forecast_verb(words, language) or scheduled and _scheduled(words, language)):
        return cal.AHEAD
    after, word = cue_after(text, end, language) if tense is None else (None, "")
    if after == PAST and kind == "strong" and _verb_in([word], _phrases(_lang(language))[2], language):
        after = None  # "effective June, the ministry said"
    if after == FUTURE or (kind == "strong" and after != PAST):
        return cal.AHEAD
    return None


@cache
def _opening_perfects() -> frozenset[str]:
    """Folded masculine perfects of forms V and VI spelled like an imperfect (``opening_perfects``)."""
    return frozenset(map(fold, load_json("ar", "dates_tense").get("opening_perfects", ())))


def _opening_perfect(words: list[str], tense: str | None, i: int) -> bool:
    """Whether the clause's main verb before a bare date is a listed perfect of form V or VI (تراجع، تباطأ): the
    word the future reading rests on (a ت-verb opening the clause), or, when no cue decided, the first word of the
    clause (a و/ف clitic allowed). A listed word after a verb is its verbal noun (يتوقع تراجع الأسعار) and is not read."""
    if tense == FUTURE and (i != 0 or _arabic_class(words[0])[0] != "ت"):
        return False
    if not words:
        return False
    w = _folded(words[0])
    perfects = _opening_perfects()
    return w in perfects or len(w) > 3 and w[0] in "وف" and w[1:] in perfects


@cache
def _present_words() -> tuple[frozenset[str], frozenset[str]]:
    """(folded news-present verbs, folded modals that make the imperfect after them future: قد، لن، سوف)."""
    data = load_json("ar", "dates_tense")
    return frozenset(map(fold, data.get("news_present", ()))), frozenset(map(fold, data.get("modal", ())))


def news_present(text: str, start: int, language: str) -> bool:
    """Whether the future reading of the bare date at ``start`` rests only on a bare Arabic imperfect verb of an
    event taking place (``news_present`` in dates_tense.json), the news present (تعقد القمة في 9 سبتمبر، تشهد
    المدينة): it names the current occurrence, under way or just over, as readily as a coming one
    (``calendar.PRESENT``). Not after a modal or in a future phrase, nor with س/سوف (سيعقد، من المقرر أن تعقد),
    which read ahead; other imperfects (تنتهي المهلة في 30 ديسمبر) keep reading ahead."""
    if _lang(language) != "ar":
        return False
    words = clause_words(text, 0, start)
    tense, i = cue_before(words, language)
    if tense != FUTURE or i < 0 or _arabic_class(words[i])[0] not in ("ي", "ت"):
        return False
    verbs, modals = _present_words()
    word = _folded(words[i])
    if word not in verbs and not (len(word) > 3 and word[0] in "وف" and word[1:] in verbs):
        return False
    return not (i and _folded(words[i - 1]) in modals)


@cache
def _figure_words() -> tuple[frozenset[str], frozenset[str]]:
    """(folded imperfects of a figure moving, folded words after which one reads ahead: أن، لن، قد)."""
    data = load_json("ar", "dates_tense")
    return (frozenset(map(fold, data.get("figure_present", ()))),
            frozenset(map(fold, data.get("figure_present_not_after", ()))))


def figure_present(text: str, start: int, language: str) -> bool:
    """Whether the bare month at ``start`` is read by a bare Arabic imperfect of a figure moving or recorded
    (``figure_present`` in dates_tense.json: التضخم يتراجع إلى 12.5% في أكتوبر، ترتفع الصادرات في سبتمبر), the news
    present of a headline or a data report: the month the figure is for, nearest publication (``calendar.NEAREST``).
    The verb is the nearest tense word before the date (no other cue between them), bare: not after a word of
    ``figure_present_not_after`` (أن، لن، قد، سوف) nor after a past auxiliary (كان، لم: ``cue_before`` reads the verb past)."""
    if _lang(language) != "ar":
        return False
    words = clause_words(text, 0, start)
    verbs, not_after = _figure_words()
    for j in range(len(words) - 1, -1, -1):
        w = _folded(words[j])
        if w in verbs or len(w) > 3 and w[0] in "وف" and w[1:] in verbs:
            break
        if cue_before(words[j:j + 1], language)[0] is not None:
            return False  # another verb decides nearer the date
    else:
        return False
    if j and _folded(words[j - 1]) in not_after:
        return False
    tense, i = cue_before(words[:j + 1], language)  # a past auxiliary before the verb (كان، لم) reads it PAST
    return tense is None or i == j and tense == FUTURE


@cache
def _forecast_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(English verbs of forecasting, the words that make them nouns before them, Arabic verbs of expecting)."""
    en, ar = load_json("en", "dates_tense"), load_json("ar", "dates_tense")
    return (frozenset(en.get("forecast_verbs", ())), frozenset(en.get("forecast_not_after", ())),
            frozenset(map(fold, ar.get("expect", ()))))


@cache
def _scheduled_words() -> frozenset[str]:
    """English present-simple verbs of a scheduled event (``scheduled_present`` of dates_tense.json)."""
    return frozenset(load_json("en", "dates_tense").get("scheduled_present", ()))


_SCHEDULED_REACH = 5  # words between a verb of schedule and the date ('reports second-quarter earnings on')


def _scheduled(words: list[str], language: str) -> bool:
    """"Voting ends on the 15th", "Talks resume on Monday": an English present verb of a scheduled event among the
    last words of the clause before a bare date, which then lies ahead."""
    return _lang(language) == "en" and any(w.lower() in _scheduled_words() for w in words[-_SCHEDULED_REACH:])


_ARABIC_PREPOSITIONS = ("في", "خلال", "عبر", "منذ", "حتى", "على", "عن")


def _forecast_verb(words: list[str], language: str) -> bool:
    """"The Bureau of Meteorology forecast up to 200 mm of rain on Wednesday": an English verb of forecasting after a
    name or a plural noun, before its object (no preposition, copula or 'to' right after it), in the clause."""
    if _lang(language) != "en":
        return False
    verbs, not_after, _ = _forecast_words()
    deadline = _deadline_words("en")[0]
    for n in range(1, len(words) - 1):
        prev, nxt = words[n - 1], words[n + 1].lower()
        if words[n] not in verbs or prev.lower() in not_after or prev.endswith(("'s", "’s")):
            continue
        if (prev[:1].isupper() or prev.endswith("s")) and nxt not in deadline and nxt not in (
                "for", "of", "in", "on", "at", "is", "was", "are", "were", "remains", "has", "had"):
            return True
    return False


def _expected_object(words: list[str], i: int, language: str) -> bool:
    """«وتوقعت الأرصاد هطول أمطار غزيرة الأربعاء»: an Arabic verb of expecting decides the clause, and its definite
    subject and an indefinite nominal object (no preposition) stand between it and the date: the expected event lies
    ahead (not «توقعت الأرصاد الجوية الأحد أن»: the subject and its adjective only)."""
    if _lang(language) != "ar" or i < 0:
        return False
    word = _folded(words[i])
    expect = _forecast_words()[2]
    if word not in expect and not (len(word) > 3 and word[0] in "وف" and word[1:] in expect):
        return False
    after = [_folded(w) for w in words[i + 1:]]
    if any(w in _ARABIC_PREPOSITIONS or w.startswith("ب") for w in after):
        return False
    # the object: a word without the article after the subject's definite word (الأرصاد هطول), not its adjective
    return any(a.startswith("ال") and not b.startswith("ال") for a, b in zip(after, after[1:], strict=False))
