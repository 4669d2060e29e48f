"""English frame details around the subject: a channel or a fronted adverbial opening the sentence before
it ("In a statement on Monday, the ministry said ...", "At a conference in Dubai, the governor said ...")
and a one-word capitalised subject that is an organisation, not a person's surname.

The organisation rule rests on general features of news English: a formal channel ("Acme said in a
statement/filing/report"), "its" opening the content ("Acme said its revenue rose"; after an acronym "it"
too), "which" after the name ("Zentiva, which makes generic drugs, said"), and an anaphor naming the
source as a firm ("X said ... . The company ..." / "..., the company's first layoffs"), and the firm's own
accounts opening the content ("Acme reported revenue of $4.2 billion"). Person context
wins over all of them: an age or "who" after the name ("Roche, 54,"), an honorific or given name before
it earlier in the article ("Mr Roche", "Dr Ana Roche"). Longer names are typed by their legal-form,
sector or body word and appositions by their head (``kinds``); the list of well-known one-word
organisations is only a fallback for a bare name with no signal at all ("Boeing said it would").

Needs: the sentence tokens, the English lexicon and ``lexicons/en/attribution_organisations.json``.
Adds: ``leading_channel`` (index where such a lead-in starts) and ``organisation_subject``.
"""
from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from ..lexicons import load_json
from .cues import Lexicon, Tok
from .draft import COMMAS, Draft, next_comma
from .reporting_en import adjunct_phrase, channel

_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,7}$")
_BODY_ACRONYM = re.compile(r"[A-Z][A-Z&]{2,7}(?![\w'’])")  # three capitals or more: no person's initials
_RESULTS_REACH = 6  # tokens from the content's start to its results noun ('record third-quarter revenue')
_BEFORE = re.compile(r"\b([A-Z][\w'’-]*)(\.?)[ \t\u00a0]+$")


class _Signals(NamedTuple):
    openers: frozenset[str]  # 'its' opening the content: a capitalised word's own things
    acronym_openers: frozenset[str]  # 'it'/'its' opening the content after an acronym
    organisations: frozenset[str]  # well-known one-word organisations (lower-cased): a fallback
    neighbours: frozenset[str]  # function words before a capitalised word that are not a given name
    organisation_relatives: frozenset[str]  # 'X, which ...,'
    person_relatives: frozenset[str]  # 'X, who ...,'
    results: frozenset[str]  # 'Acme reported revenue of': a business's own accounts
    next_anaphor: re.Pattern  # ' The company ...' opening the next sentence
    apposed_anaphor: re.Pattern  # ", the company's ..." later in the sentence


@cache
def _lists() -> _Signals:
    data = load_json("en", "attribution_organisations")
    openers, acronym_openers, organisations, neighbours, organisation_relatives, person_relatives, results = (
        frozenset(w.lower() for w in data.get(key, ())) for key in (
            "organisation_openers", "acronym_openers", "organisations", "name_neighbours",
            "organisation_relatives", "person_relatives", "organisation_results"))
    nouns = "|".join(sorted(map(re.escape, data.get("organisation_anaphora", ())), key=len, reverse=True))
    return _Signals(openers, acronym_openers, organisations, neighbours, organisation_relatives,
                    person_relatives, frozenset(w.split()[-1] for w in results), re.compile(rf"[ \t\u00a0\n]+The (?:{nouns})\b"),
                    re.compile(rf", the (?:{nouns})['’]s\b"))


def leading_channel(toks: list[Tok], k: int, lex: Lexicon) -> int:
    """Start of 'In a statement (on Monday),' closed by a comma right before the subject at ``k``, when it
    opens the clause; ``k`` when there is none."""
    if k < 2 or toks[k - 1].f not in COMMAS:
        return k
    m = k - 2
    while m > 0 and toks[m - 1].f not in COMMAS and toks[m - 1].f not in (":", ";"):
        m -= 1
    start = m
    while m < k - 1 and toks[m].f in lex["clause_leads"]:
        m += 1
    j = m
    while j < k - 1:
        n = channel(toks, j, lex)
        if not n:
            return start if adjunct_phrase(toks, m, k - 1, lex) else k  # "At a conference in Dubai, X said"
        j += n
    return start if j == k - 1 and j > m else k


def organisation_subject(text: str, toks: list[Tok], d: Draft, formal: bool, lex: Lexicon) -> bool:
    """A name of two capitalised words opening with an acronym ('NHS England said'), a capitalised name of
    two or three words with 'which' after it ('Apex Energy, which ...,'), or a
    one-word capitalised source (an insertion after its comma aside) with an organisation signal: a
    formal channel, 'its' opening its content (an acronym: 'it' too), 'which' after it, a 'The company'
    anaphor right after the sentence or ", the company's" in it, or (a fallback) a known organisation's
    name; never with person context: an age or 'who' after it, or an earlier full name or title ('Mary
    Osei', 'Dr Osei'). Without a signal it is a person's surname ('Osei said it would')."""
    k = next_comma(d.source_toks, 0)
    signals = _lists()
    if k == 2 and _BODY_ACRONYM.match(text, d.source_toks[0].start, d.source_toks[0].end) and text[
            d.source_toks[1].start].isupper():
        return True  # 'NHS England', 'BBC Scotland': an acronym opens no personal name ('AJ Smith' has initials)
    if 1 < k <= 3 and k + 1 < len(d.source_toks) and d.source_toks[k + 1].f in signals.organisation_relatives:
        return all(t.word and text[t.start].isupper() for t in d.source_toks[:k])  # 'Apex Energy, which ...,'
    if k != 1 or not d.source_toks[0].word:
        return False
    w = d.source_toks[0]
    word = text[w.start:w.end]
    if not word[:1].isupper():
        return False
    after = d.source_toks[2].f if len(d.source_toks) > 2 else ""
    if after[:1].isdigit() or after in signals.person_relatives:
        return False  # 'Roche, 54, said' / 'Roche, who joined in 2019, said': a person
    acronym = _ACRONYM.match(word) is not None
    if not (formal or after in signals.organisation_relatives or _opener(toks, d, w) in (
            signals.acronym_openers if acronym else signals.openers) or _anaphor(text, toks, d, signals)
            or w.f in signals.organisations or _own_results(toks, d, signals)):
        return False
    return acronym or not _introduced_as_person(text, w.start, word, signals.neighbours, lex["title_abbreviations"])


def _anaphor(text: str, toks: list[Tok], d: Draft, signals: _Signals) -> bool:
    """The source is named as a firm right after: 'X said ... . The company ...' / 'X said ..., the company's'."""
    end = toks[-1].end
    return signals.next_anaphor.match(text, end) is not None or (
        d.content_start < end and signals.apposed_anaphor.search(text, d.content_start, end) is not None)


def _own_results(toks: list[Tok], d: Draft, signals: _Signals) -> bool:
    """The content is a business's own accounts as a noun phrase ('revenue of $4.2 billion', 'a net loss of', 'record
    third-quarter sales of'): a results noun among its first words with 'of' right after it; a clause ('sales rose
    3%') is anybody's report."""
    first = next((k for k, t in enumerate(toks) if t.start >= d.content_start), len(toks))
    for k in range(first, min(first + _RESULTS_REACH, len(toks) - 1)):
        if toks[k].f == "of" or toks[k].f[:1].isdigit() or not toks[k].word and toks[k].f != "-":
            return False
        if toks[k].f in signals.results:
            return toks[k + 1].f == "of"
    return False


def _opener(toks: list[Tok], d: Draft, source: Tok) -> str | None:
    """The folded first word of the content when it follows the source ('Acme said its ...'), else None."""
    if d.content_start <= source.end:
        return None
    first = next((t for t in toks if t.start >= d.content_start), None)
    return first.f if first is not None else None


def _introduced_as_person(text: str, stop: int, word: str, neighbours: frozenset[str], titles) -> bool:
    """'Mary Osei' / 'Dr. Osei' before ``stop``: a capitalised word that is not a function word right
    before ``word`` (a full stop between them only after a title abbreviation)."""
    for m in re.finditer(rf"\b{re.escape(word)}\b", text[:stop + len(word)]):
        before = _BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before is None:
            continue
        prev = before.group(1)
        if before.group(2) and prev.lower() not in titles:
            continue  # "... by Reuters. Acme said": a sentence boundary, not a name
        if prev.lower() not in neighbours:
            return True
    return False
