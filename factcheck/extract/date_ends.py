"""A period named by its article after a position word: "by the end of the year", "at the start of the
month", بحلول نهاية العام → the publication's year (year precision) or month (month precision); a half
("the first half of the year", النصف الأول من العام: ``year_parts`` in dates.json) is read the same way.

Needs: a match of the ``pe`` form of ``dates`` (groups ``pes``, the phrase from its position word, and
``peu``, the period word), the grammar, the publication date and the article text. Adds: the
``(start, end, value, relative)`` tuple ``dates.find_dates`` turns into a ``DateRef``.

"The year" and "the month" are the current ones only when nothing earlier in the sentence names another:
a month name, a four-digit year or a relative period phrase ("Sales fell in March and recovered by the end
of the month", "In 2019 ... by the end of the year", "last year ... by the end of the year") leaves the
phrase undated rather than guessed, except a year before the publication's when the phrase's clause reads ahead
("The inquiry, which began in 2022, will report by the end of the year": a past year has no end ahead). A word that continues the period's noun phrase ("the end of the year
before", نهاية العام الدراسي) leaves it undated too. All words are data: ``period_ends`` of
``lexicons/<lang>/dates.json``; a language without that entry finds nothing.
"""
from __future__ import annotations

import re
from functools import cache

from ..lexicons import load_json
from ..text.normalize import fold
from . import calendar as cal
from .tense import FUTURE, clause_words, cue_before

_REACH = 300  # characters looked back for the start of the sentence
_SENTENCE_END = re.compile(r"[.!?؟\n](?=\s|$)|\n")
_WORDS = re.compile(r"[^\W_]+")
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


@cache
def _entry(language: str) -> dict:
    """The ``period_ends`` entry, its words folded: {"words": {word: unit}, "not_before": set, ...}."""
    raw = load_json(language, "dates").get("period_ends") or {}
    key = lambda w: " ".join(fold(w).split())  # noqa: E731
    months = [w for ws in load_json(language, "dates")["months"].values() for w in ws]
    return {
        "words": {key(w): unit for w, unit in raw.get("words", {}).items()},
        "not_before": frozenset(key(w) for w in raw.get("not_before", ())),
        "not_before_prefixes": tuple(raw.get("not_before_prefixes", ())),
        "earlier": tuple(key(w) for w in raw.get("earlier_blockers", ())),
        # English month names are matched as written ("May", not the modal "may"); Arabic ones folded
        "months": frozenset(months if language == "en" else (key(w) for w in months)),
    }


def words(language: str) -> list[str]:
    """The period words of ``language`` as written in its lexicon ("the year", "العام")."""
    return list((load_json(language, "dates").get("period_ends") or {}).get("words", {}))


def period_end(m: re.Match, language: str, pub, text: str, next_word: str) -> list:
    """The ref of a ``pe`` match: the publication's year or month, unless the sentence names another (a year
    before the publication's names none it could be when the clause reads ahead from now: ``_now_ahead``)."""
    if pub is None:
        return []
    entry = _entry(language)
    if next_word in entry["not_before"] or next_word.startswith(entry["not_before_prefixes"] or ("\0",)):
        return []
    s, e = m.span("pes")
    if _names_other(text, s, entry, language, pub.year if _now_ahead(text, s, language) else None):
        return []
    unit = entry["words"].get(" ".join(fold(m["peu"]).split()))
    if unit == "year":
        return [(s, e, cal.iso(pub.year), True)]
    if unit == "month":
        return [(s, e, cal.iso(pub.year, pub.month), True)]
    return []


def _now_ahead(text: str, s: int, language: str) -> bool:
    """The clause before ``s`` reads ahead of publication by a present future marker ('will', 'is due to',
    'plans to': ``future`` and ``future_to`` of ``dates_tense.json``), not a backshifted one ('would')."""
    if language != "en":
        return False
    words = [w.lower() for w in clause_words(text, 0, s)]
    tense, i = cue_before(words, language)
    if tense != FUTURE:
        return False
    future, plans, past_aux = _present_future()
    if words[i] == "to" and i > 0:  # 'is due to', 'plans to'; not 'was expected to'
        return words[i - 1] in plans and not (i > 1 and words[i - 2] in past_aux)
    return words[i] in future


@cache
def _present_future() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(future auxiliaries, plan words before 'to', past auxiliaries) of ``dates_tense.json``."""
    tense = load_json("en", "dates_tense")
    low = lambda key: frozenset(w.lower() for w in tense[key])  # noqa: E731
    return low("future"), low("future_to") | low("future_to_copula"), low("past_aux")


def _names_other(text: str, s: int, entry: dict, language: str, past_before: int | None = None) -> bool:
    """Whether the sentence before ``s`` names a month, a year or a relative period; a year before
    ``past_before`` does not count (a clause reading ahead cannot end in it: 'The inquiry, which began in 2022,
    will report by the end of the year')."""
    lo = max(0, s - _REACH)
    prefix = text[lo:s]
    ends = [m.end() for m in _SENTENCE_END.finditer(prefix)]
    if ends:
        prefix = prefix[ends[-1]:]
    if any(past_before is None or int(y.group()) >= past_before for y in _YEAR.finditer(prefix)):
        return True
    found = _WORDS.findall(prefix)
    months = entry["months"]
    if language == "en":
        if any(w in months or w + "." in months for w in found):
            return True
    else:
        folded = [fold(w) for w in found]
        pairs = (" ".join(p) for p in zip(folded, folded[1:], strict=False))
        if any(w in months for w in folded) or any(p in months for p in pairs):
            return True
    flat = " " + " ".join(fold(w) for w in found) + " "
    return any(f" {b} " in flat for b in entry["earlier"])
