"""What follows an English reporting verb: the channels, recipient, cited source and time words before its
reported clause (``after_verb``), and whether a verb that also takes a plain object reports anything at all
(``reporting_complement`` for a result verb, 'posted'; ``conceded_clause`` for a verb of admitting or denying,
'admitted 300 patients' / 'denied wrongdoing and his lawyers said ...': a second report is no clause of the first).

Needs: the sentence tokens and the English lexicon. Split from ``frames_en``, which uses these.
"""
from __future__ import annotations

from ..models import Span
from .cues import QUOTES_OPEN, Lexicon, Tok
from .draft import COMMAS, Draft, next_comma
from .recipients_en import adjunct_then_that, directive, recipient_length, tells
from .reporting_en import channel, trailing_frame
from .shapes_en import MIN_REPORTED, content_index, reports_object
from .time_adjuncts import time_adjunct

_BARE_SUBJECT_MAX = 7  # words of the subject of a bare clause after 'admitted'/'denied' before its auxiliary

def after_verb(toks: list[Tok], j: int, lex: Lexicon, told: bool, text: str = "") -> tuple[int, list[Tok]]:
    """Skip channels, time words, a recipient and ", citing X," after the verb; (index, cited)."""
    cited: list[Tok] = []
    for _ in range(5):
        n = channel(toks, j, lex)
        if n:
            j += n
            continue
        n = told and recipient_length(text, toks, j, lex)
        if n:  # "told reporters (on Tuesday) exports rose" / "told the company's board exports rose"
            j += n
            told = False
            continue
        if j + 1 < len(toks) and toks[j].f in COMMAS and lex["cited_links"].match(toks, j + 1):
            n = lex["cited_links"].match(toks, j + 1)
            k = next_comma(toks, j + 1 + n)
            cited = toks[j + 1 + n:k]
            j = k + 1 if k < len(toks) and toks[k].f in COMMAS else k
            continue
        n = time_adjunct(text, toks, j, lex)
        if n and (lex["date_prepositions"].match(toks, j) or j + n < len(toks) and (
                toks[j + n].f == "that" or toks[j + n].f in COMMAS or _clause_subject(toks, j + n, lex))):
            j += n  # "said over the weekend that" / "said last month it had"; not "said March sales rose"
            continue
        k = adjunct_then_that(toks, j, lex)
        if k > j:
            j = k
            continue
        if _verb_adverb(text, toks, j, lex) and (toks[j + 1].f == "that" or channel(toks, j + 1, lex)
                                                  or adjunct_then_that(toks, j + 1, lex) > j + 1):
            j += 1  # "said privately that" / "insisted publicly on Monday that"; not "said recently released data"
            continue
        break
    return j, cited


def _clause_subject(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """``toks[k]`` opens a clause's subject right after a time adjunct: a subject pronoun or a determiner ('said
    last month it had received', 'said Tuesday the plant would close'), not a possessive ("said Tuesday's attack")."""
    if k + 1 >= len(toks) or toks[k + 1].f in ("'", "’", "'s", "’s"):
        return False
    return bool(lex["pronoun_subjects"].match(toks, k)) or toks[k].f in ("the", "a", "an")


def _verb_adverb(text: str, toks: list[Tok], j: int, lex: Lexicon) -> bool:
    """A lower-case adverb at ``j`` with a word after it (``verb_adverbs``, or a word ending in one of
    ``adverb_suffixes``: 'privately', 'repeatedly')."""
    if j + 1 >= len(toks) or not toks[j].word or (text and not text[toks[j].start].islower()):
        return False
    f = toks[j].f
    return f in lex["verb_adverbs"] or len(f) >= 5 and any(f.endswith(s) for s in lex["adverb_suffixes"].by_first)


def reporting_complement(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """After a result verb at ``i`` ('posted'), channels then 'that', a colon, a quote, or the sentence end."""
    j, _ = after_verb(toks, i + 1, lex, False)
    if j < len(toks) and (toks[j].f in ("that", ":") or toks[j].f in QUOTES_OPEN):
        return True
    return all(not t.word for t in toks[j:])


def conceded_clause(text: str, toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """After a verb at ``i`` that also takes a plain object ('admitted 300 patients', 'denied entry'): a
    reported clause ('that', a colon, a quote, the sentence end or a trailing '"Q," X admitted') or a bare
    clause opening with a subject pronoun or holding an auxiliary before the next comma ('admitted the
    bank had breached rules', 'claimed 14 lives were lost'), or reports as its object ('denied reports that X')."""
    if reporting_complement(toks, i, lex) or trailing_frame(text, toks, i, lex, Span.of(text, toks[i].start, toks[i].end)):
        return True
    j, _ = after_verb(toks, i + 1, lex, False)
    if j >= len(toks) or toks[j].f in lex["subject_pronouns"] or reports_object(toks, j, lex) is not None:
        return j < len(toks)  # "admitted it had erred" / "denied reports that X"
    for k in range(j + 1, min(j + 1 + _BARE_SUBJECT_MAX, len(toks))):
        if not toks[k].word or _reports(text, toks, k, lex) or _reports(text, toks, k + 1, lex):
            return False  # "denied wrongdoing and his lawyers (have) said they would": a second report, not the denied clause
        if toks[k].f in lex["passive_auxiliaries"] or toks[k].f in lex["perfect_auxiliaries"] or toks[k].f in lex["modal_auxiliaries"]:
            return True
    return False


def _reports(text: str, toks: list[Tok], k: int, lex: Lexicon) -> bool:
    return k < len(toks) and toks[k].word and text[toks[k].start].islower() and lex.verb(toks[k].f) is not None


def coordinated(text: str, toks: list[Tok], i: int, lex: Lexicon, cue: Span) -> tuple[Draft | None, int]:
    """'The bank kept rates unchanged but said it was likely to cut them': a reporting verb coordinated with the
    main clause's verb has the main clause's subject as its speaker (found like a participle's, in ``classify``);
    (draft, next index), or (None, i + 1) when no clause of a few words follows."""
    if tells(toks, i, lex) and directive(toks, i + 1, lex):
        return None, i + 1  # 'and warned passengers to check before they travel': an order, no reported clause
    c = content_index(toks, after_verb(toks, i + 1, lex, tells(toks, i, lex), text)[0], lex)  # 'and said on Tuesday that'
    if c is None or sum(t.word for t in toks[c:]) < MIN_REPORTED:
        return None, i + 1
    return Draft(lead=toks[i - 1].start, cue=cue, content_start=toks[c].start, participle=True), c
