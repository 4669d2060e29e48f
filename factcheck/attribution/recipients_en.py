"""English recipients of a reporting verb: who was told, informed or warned ('told the company's board',
'informed parliament', 'warned governments'), and adjuncts between the verb and 'that' ('to parliament',
'at the annual meeting', ', seen by Reuters,'). They belong to the reporting frame: the reported clause
starts after them, with or without 'that'.

Needs: the sentence tokens after the verb and the English lexicon (``recipient_verbs``, ``audiences``,
``recipient_heads``, ``adjunct_prepositions``, ``subject_pronouns``). Adds ``recipient_length`` and
``adjunct_then_that``; ``directive`` tells an order ('told residents to leave') from a report. Without a parser, a recipient noun phrase ends where the reported clause visibly
starts: at 'that', at punctuation, before a determiner, a subject pronoun, a number or a quote opening
the clause ('told his players the club would'), or, before a bare noun, after a head noun that names an
audience ('told the company's board exports rose').
"""
from __future__ import annotations

from .cues import QUOTES_OPEN, Lexicon, Tok
from .draft import COMMAS, DETERMINERS, INSERTION_MAX, next_comma

_RECIPIENT_MAX = 4  # words of a recipient ("told (the) Financial Times that")
_CLAUSE_MIN = 2  # words the reported clause keeps after a recipient


def tells(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """The verb at ``i`` takes a recipient before its content (told, informed, warned)."""
    return toks[i].f in lex["recipient_verbs"]


def possessive(toks: list[Tok], k: int) -> bool:
    """``toks[k]`` is the apostrophe of "Egypt's", written inside the word."""
    return 0 < k < len(toks) - 1 and toks[k].f in "'’" and toks[k - 1].end == toks[k].start == toks[k + 1].start - 1 \
        and toks[k + 1].f == "s"


def recipient_length(text: str, toks: list[Tok], j: int, lex: Lexicon) -> int:
    """Tokens of the recipient at ``j`` after a verb of telling (0 when none): an audience ('reporters'), a
    capitalised name ('the Daily Nation') or a noun phrase ending where the reported clause starts."""
    n = lex["audiences"].match(toks, j)
    if n and not possessive(toks, j + n):  # not "parliament's budget committee"
        return max(n, _named_recipient(text, toks, j))  # 'BBC Sport': an outlet's name may go on past the listed word
    named, np = _named_recipient(text, toks, j), _np_recipient(text, toks, j, lex)
    if np > named and j + np < len(toks) and toks[j + np].f == "that":
        return np  # 'the Palestinian news agency WAFA that': the whole noun phrase, not its first capitalised words
    return named or np


def _named_recipient(text: str, toks: list[Tok], j: int) -> int:
    """Length of a capitalised recipient ('the Daily Nation', 'Reuters') followed by a lower-case word or a
    quote (where the reported clause starts); 0 when there is none."""
    k = j + (j < len(toks) and toks[j].f == "the")
    m = k
    while m < len(toks) and toks[m].word and text[toks[m].start].isupper() and m - j < _RECIPIENT_MAX:
        m += 1
    if m == k or m >= len(toks) or not (toks[m].word and text[toks[m].start].islower() or toks[m].f in QUOTES_OPEN
                                        and toks[m].start > toks[m - 1].end):  # not "Egypt's"
        return 0
    return m - j


def _opens_clause(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """``toks[k]`` can only open a new clause after a complete noun phrase: a determiner, a subject
    pronoun, a number or an opening quote."""
    t = toks[k]
    return t.f in DETERMINERS or t.f in lex["subject_pronouns"] or t.f[:1].isdigit() or t.f in QUOTES_OPEN


def _np_recipient(text: str, toks: list[Tok], j: int, lex: Lexicon) -> int:
    """Length of a lower-case recipient noun phrase at ``j`` ('the company's board', 'his players', 'the
    annual meeting') closed by 'that', punctuation or the start of the reported clause; else 0."""
    if j >= len(toks) or not toks[j].word or toks[j].f == "that":
        return 0
    k = j + (toks[j].f in DETERMINERS)
    words, headed = 0, 0
    while k < len(toks) and words < _RECIPIENT_MAX:
        if possessive(toks, k):
            k += 2
            continue
        t = toks[k]
        if not t.word or t.f == "that":
            return k - j if words else 0
        if t.f in lex["recipient_breaks"]:
            return 0  # 'told the story of how ...': what was told, not who
        k += 1
        words += 1
        if k >= len(toks) or possessive(toks, k):
            continue
        if sum(u.word for u in toks[k:k + _CLAUSE_MIN]) < _CLAUSE_MIN:
            break
        if t.f in DETERMINERS or lex["title_links"].match(toks, k - 1) or lex["adjunct_prepositions"].match(toks, k - 1):
            continue  # 'members in an email': inside the phrase, no clause can start yet
        if _opens_clause(toks, k, lex):
            return k - j
        if t.f in lex["recipient_heads"] and toks[k].word and text[toks[k].start].islower():
            headed = k - j  # 'told the company's board exports rose': the last audience head closes it
    if k < len(toks) and (toks[k].f == "that" or not toks[k].word) and words:
        return k - j
    return headed


def directive(toks: list[Tok], j: int, lex: Lexicon) -> bool:
    """'told residents to leave' / 'warned drivers to avoid the area': a recipient of a few words then 'to' and a
    verb; the verb of telling gives an order, it reports no clause."""
    for m in range(j, min(len(toks) - 1, j + _RECIPIENT_MAX + 1)):
        if toks[m].f == "to":
            return m > j and toks[m + 1].word and toks[m + 1].f not in DETERMINERS
        if not toks[m].word or toks[m].f == "that":
            return False
    return False


def adjunct_then_that(toks: list[Tok], j: int, lex: Lexicon) -> int:
    """Index of the 'that' after 'last month' / 'to parliament' / 'at the annual meeting' / ', seen by Reuters,' / ', and
    officials confirmed,' / a participle describing the channel ('in a report released Thursday') standing between a reporting verb (or its channel) and its complement; ``j``
    when there is none."""
    k = j
    n = lex["time_before_that"].match(toks, k) if "time_before_that" in lex.sets else 0
    if n and k + n < len(toks) and toks[k + n].f == "that":
        return k + n  # 'said last month that X'
    if k < len(toks) and toks[k].f in lex["source_participles"]:  # 'said in a report released Thursday that X'
        m = next((m for m in range(k + 1, min(len(toks), k + 5)) if toks[m].f == "that"), k)
        if m > k and all(t.word for t in toks[k + 1:m]):
            return m
    if k < len(toks) and (toks[k].f in ("to", "with") or lex["adjunct_prepositions"].match(toks, k)):
        k += 1
        while k < len(toks) and toks[k].word and toks[k].f != "that" and k - j <= _RECIPIENT_MAX + 1:
            k += 1
        if k >= len(toks) or k == j + 1 or not (toks[k].f == "that" or toks[k].f in COMMAS):
            return j
    if k < len(toks) and toks[k].f in COMMAS:
        m = k + 1 if k + 1 < len(toks) and toks[k + 1].f == "that" else next_comma(toks, k + 1, min(
            len(toks), k + INSERTION_MAX)) + 1
        if m >= len(toks) or toks[m].f != "that" or not all(t.word for t in toks[k + 1:m - 1]):
            return j
        k = m
    return k if k > j and toks[k].f == "that" else j
