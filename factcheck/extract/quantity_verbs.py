"""Verbs that bound a number they govern from afar: a verb of increase before عن/على across its subject («زاد عدد
الإصابات عن 94 ألفا» → more_than, «لم يزد ... عن» → at_most), and a verb of exceeding before a threshold noun
("topped the 94,000 mark", "passed the one-million milestone") → more_than.

Needs: a chunk's ``numbers.Tok`` tokens and the span of a quantity read with no qualifier. Adds: ``verb_bound``,
the qualifier such a verb gives it (``quantity_tables.verb_qualifier`` reads the plain verbs of exceeding before
a VSO subject); in Arabic the threshold noun stands before the number («تخطى سعر النفط حاجز 100 دولار»).
``reaches_total``: a verb of reaching a total that lets a count head give its noun to a number however far ("The
number of people displaced by ... has risen to 300,000"), unless another clause opens between. Also
``people_object``: a bare count as the object of a verb whose object is people ("displaced 30,000"), or before a
phrase only people do ("forced 30,000 to flee"), counts people; ``counted_subject``: one after a verb of
reaching a total counts the plural noun its clause opens with ("Visitors ... reached 300,000": people; "Measles
cases rose to 127,350": cases). Tables: ``qualifiers.json`` ``verb_prep_before``,
``prep_after_verb``, ``mark_verbs``, ``mark_nouns`` and ``mark_articles``, and ``quantity_verbs.json``, of both
languages.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..lexicons import load_json
from ..text.normalize import fold
from .numbers import Tok
from .quantity_lexicon import PhraseIndex, _index, phrase_at, tables
from .quantity_tables import noun_unit, variants, verb_qualifier


@dataclass(frozen=True, slots=True)
class VerbTables:
    """The verb tables of ``qualifiers.json`` of both languages, keys folded."""

    prep_verbs: PhraseIndex  # verbs of increase whose bound is introduced by a preposition (زاد ... عن)
    preps: frozenset[str]
    mark_verbs: PhraseIndex  # "topped the 94,000 mark"
    mark_nouns: frozenset[str]
    articles: frozenset[str]


@cache
def verb_tables() -> VerbTables:
    """The tables (loaded once)."""
    data = [load_json(lang, "qualifiers") for lang in ("ar", "en")]

    def pairs(field):
        return [(p, q) for d in data for q, ps in d.get(field, {}).items() if q[0] != "_" for p in ps]

    def words(field):
        return frozenset(fold(w) for d in data for w in d.get(field, ()))
    return VerbTables(_index(pairs("verb_prep_before")), words("prep_after_verb"), _index(pairs("mark_verbs")),
                      words("mark_nouns"), words("mark_articles"))


def verb_bound(toks: list[Tok], k: int, end: int) -> str | None:
    """The qualifier a verb gives the quantity at tokens ``k:end`` (module docstring), else None."""
    qual = verb_qualifier(toks, k)
    if qual is not None:
        return qual
    tb = verb_tables()
    if k and toks[k - 1].key in tb.preps:
        qual = verb_qualifier(toks, k - 1, tb.prep_verbs)
        if qual is not None:
            return qual
    if k and any(v in tb.mark_nouns for v in variants(toks[k - 1].key)):  # «تخطى سعر النفط حاجز 100 دولار»
        qual = verb_qualifier(toks, k - 1, tb.mark_verbs)
        if qual is not None:
            return qual
    return _mark(toks, k, end, tb)


def _mark(toks: list[Tok], k: int, end: int, tb: VerbTables) -> str | None:
    """"topped the 94,000 mark": a verb of exceeding, an article, the number, a threshold noun after it."""
    if end >= len(toks) or not any(v in tb.mark_nouns for v in variants(toks[end].key)):
        return None
    p = k - 1 if k and toks[k - 1].key in tb.articles else k
    for s in range(max(0, p - 3), p):
        qual, stop = phrase_at(toks, s, tb.mark_verbs)
        if qual is not None and stop == p:
            return qual
    return None


@cache
def _people() -> tuple[PhraseIndex, PhraseIndex]:
    """(verbs whose object is people, phrases after a count of people) of both languages (quantity_verbs.json)."""
    data = [load_json(lang, "quantity_verbs") for lang in ("ar", "en")]
    return (_index((p, "person") for d in data for p in d.get("people_verbs", ())),
            _index((p, "person") for d in data for p in d.get("people_after", ())))


def people_object(toks: list[Tok], k: int, e: int) -> str | None:
    """"person" when the bare count at tokens ``k:e`` is the object of a verb whose object is people ("displaced
    30,000", «شرد القصف 30 ألفا») or stands before a phrase only people do ("forced 30,000 to flee"), else None."""
    verbs, after = _people()
    if e < len(toks) and toks[e].key in tables().of_link:
        return None  # "evacuated 3 of the 12 buildings": a part names its own noun
    if phrase_at(toks, e, after)[0] is not None:
        return "person"
    return verb_qualifier(toks, k, verbs) if k else None


_SUBJECT_WORDS = 8  # words a clause-opening subject may take before its verb and number


@cache
def _subject_verbs() -> frozenset[str]:
    """Folded verbs of reaching a total ("reached", "numbered", "topped") (quantity_verbs.json ``subject_verbs``)."""
    return frozenset(fold(w) for lang in ("ar", "en") for w in load_json(lang, "quantity_verbs").get("subject_verbs", ()))


@cache
def _words(key: str) -> frozenset[str]:
    """Folded words of a ``quantity_verbs.json`` list of both languages (``clause_breaks``, ``total_links``)."""
    return frozenset(fold(w) for lang in ("ar", "en") for w in load_json(lang, "quantity_verbs").get(key, ()))


def reaches_total(toks: list[Tok], p: int, k: int) -> bool:
    """Whether a verb of reaching a total governs both a count head at ``p`` and the number at ``k``: it stands
    right before the head («ارتفع عدد النازحين ... إلى 300 ألف») or right before the number, past "to" / إلى
    ("The number of people displaced ... has risen to 300,000")."""
    j = k - 1 if k and toks[k - 1].key in _words("total_links") else k
    if any(t.key in _words("clause_breaks") for t in toks[p:k]):
        return False  # "The number of applicants fell while exports rose to 300"
    return any(0 <= i < len(toks) and toks[i].kind == "w" and any(v in _subject_verbs() for v in variants(toks[i].key))
               for i in (p - 1, j - 1))


_NOT_SUBJECT_UNITS = frozenset({"share", "second", "minute", "hour", "day", "week", "month", "quarter", "year",
                                 "decade", "century", "percent", "times"})  # "Shares rose to 300": a price


_ADVERBIAL_WORDS = 4  # words of manner or time between a verb of reaching and "to" ("in the first quarter")


def _year(t: Tok) -> bool:
    return t.kind == "n" and len(t.key) == 4 and t.key.isdigit() and 1900 <= int(t.key) <= 2100


def _verb_before(toks: list[Tok], to: int) -> int | None:
    """Index of the verb of reaching before "to" at ``to``, past a short adverbial of manner or time ("sharply",
    "last year", "in 2024", "over the summer"); None when a figure, a symbol or a clause break comes first."""
    for v in range(to - 1, max(-1, to - 2 - _ADVERBIAL_WORDS), -1):
        t = toks[v]
        if t.kind == "w" and t.key in _subject_verbs():
            return v
        if t.kind == "s" or t.kind == "n" and not _year(t) or t.key in _words("clause_breaks"):
            return None
    return None


def counted_subject(toks: list[Tok], k: int) -> str | None:
    """"Visitors from the Gulf to London reached 300,000", "Measles cases rose to 127,350": a bare number right
    after a verb of reaching a total (and "to", which a short adverbial may keep from the verb: "more than doubled
    last year to 127,350"), whose clause opens with a plural counted noun as its subject (after one modifier at
    most), counts what that noun counts; not a share (a price) or a span of time."""
    linked = k > 0 and toks[k - 1].key in ("to", "at")
    v = _verb_before(toks, k - 1) if linked else k - 1
    if v is None or not 0 <= v < _SUBJECT_WORDS or toks[v].key not in _subject_verbs():
        return None
    head = 1 if toks[0].key in tables().determiners else 0
    if head >= v or any(t.kind == "n" for t in toks[:v]):
        return None
    for word in toks[head:min(head + 2, v)]:
        unit = noun_unit(word.key) if word.kind == "w" and word.key.endswith("s") else None
        if unit and unit.islower() and unit not in _NOT_SUBJECT_UNITS:
            return unit
    return None
