"""The subject of an English "X said Y" frame: the words before the reporting verb that name the speaker,
through a comma-bracketed ", citing Y," or apposition, an initialism or exchange listing in brackets
('The World Health Organization (WHO)', 'Acme Corp (NYSE: ACM)'), a name with dots or hyphens, and a
coordinated source phrase ('The ministry and the army said').

Needs: the sentence tokens and the English lexicon. Adds: ``speaker_subject`` (used by ``frames_en``) and
``time_may_follow`` (whether a time adjunct may close a subject: 'The ministry on Tuesday said').
"""
from __future__ import annotations

from ..extract.cue_names import ticker_glosses
from .cues import Lexicon, Tok
from .draft import COMMAS, acronym_group, name_hyphen, name_mark
from .passives_en import SUBJECT_MAX
from .reporting_en import DETERMINERS, INSERTION_MAX, name_dot, np_like
from .shapes_en import suffix_comma

_SUBJECT_MAX = SUBJECT_MAX
SUBJECT_NP_MAX = 6  # words of a subject before a prepositional frame inserted after it


def _left_conjunct(text: str, toks: list[Tok], a: int, lex: Lexicon) -> bool:
    """True when 'and' at ``a`` joins a source phrase starting the clause to the next one."""
    m = a
    while m > 0 and (toks[m - 1].word or name_dot(text, toks, m - 1, lex)) and a - m < 6:
        m -= 1
    if m > 0 and toks[m - 1].word:
        return False
    while m < a and toks[m].f in lex["clause_leads"]:
        m += 1
    return np_like(text, toks[m:a], lex)


def speaker_subject(text: str, toks: list[Tok], i: int, lex: Lexicon) -> tuple[list[Tok], list[Tok], int]:
    """(subject tokens, cited tokens, first index) of the SVO subject ending before ``toks[i]``."""
    j = i
    cited: list[Tok] = []
    if j and toks[j - 1].f in COMMAS:  # "Reuters, citing Business Insider, said" / "Musk, the CEO, said"
        q = j - 1
        while q > 0 and toks[q - 1].f not in COMMAS and i - q < INSERTION_MAX:
            q -= 1
        if q > 0 and toks[q - 1].f in COMMAS:
            n = lex["cited_links"].match(toks, q)
            if n:
                cited = toks[q + n:j - 1]
                j = q - 1
            else:
                j = q - 1
    k = j
    while k > 0 and (toks[k - 1].word or toks[k - 1].f in "'’" or name_dot(text, toks, k - 1, lex)
                     or acronym_group(text, toks, k - 1) or name_hyphen(toks, k - 1) or _ticker(text, toks, k - 1)
                     or name_mark(toks, k - 1) and text[toks[k - 2].start].isupper()
                     or suffix_comma(text, toks, k - 1, lex)) and (toks[k - 1].f != "that" and j - k < _SUBJECT_MAX):
        if not toks[k - 1].word and acronym_group(text, toks, k - 1):  # "The World Health Organization (WHO)"
            k -= 3
            continue
        if toks[k - 1].f == ")" and _ticker(text, toks, k - 1):  # "Acme Corp (NYSE: ACM) said"
            k -= _ticker(text, toks, k - 1)
            continue
        if toks[k - 1].f in lex["clause_joiners"] and k - 1 > 0 and not (
                toks[k - 1].f in lex["coordinators"] and _left_conjunct(text, toks, k - 1, lex)):
            break
        k -= 1
    if not cited and 1 < k < j and toks[k].f in lex["relative_pronouns"] and toks[k - 1].f in COMMAS:
        m = k - 1  # "One nurse, who gave only her first name, Layla, said": the speaker opens the sentence
        while m > 0 and toks[m - 1].word and k - m <= SUBJECT_NP_MAX:
            m -= 1
        k = m if m == 0 and m < k - 1 else k
    while k < j and (toks[k].f in lex["clause_leads"] or toks[k].f in lex["clause_joiners"]):
        k += 1
    subject = toks[k:j] if cited else toks[k:i]
    while subject and (subject[-1].f in COMMAS or subject[-1].f in lex["subject_adverbs"]):
        subject = subject[:-1]  # "The company also said"
    return subject, cited, k


def _ticker(text: str, toks: list[Tok], k: int) -> int:
    """Tokens of an exchange listing in brackets closed by ``toks[k]`` right after a word ('Acme Corp (NYSE: ACM)',
    ``ticker_glosses``): it glosses the name before it, as a bracketed acronym does; 0 when there is none."""
    if toks[k].f != ")":
        return 0
    m = k - 1
    while m > 0 and toks[m].f != "(" and k - m < _TICKER_MAX:
        m -= 1
    if m < 1 or toks[m].f != "(" or not toks[m - 1].word:
        return 0
    return k - m + 1 if (toks[m].start, toks[k].end) in ticker_glosses(text, toks[m].start, toks[k].end) else 0


_TICKER_MAX = 16  # tokens of a bracketed listing ('(NYSE: ACM; LSE: ACMC)')


def time_may_follow(before: list[Tok], lex: Lexicon) -> bool:
    """A time adjunct may close a subject after ``before`` ('The ministry on Tuesday', 'Police Tuesday'), not after
    a determiner, a preposition or 'of' that it completes ('the class of 2024') nor inside an insertion, a relative
    or a participle clause of the subject, whose own time it is ('Roche, who joined in 2019,', 'figures published
    by the office on Tuesday')."""
    last = before[-1]
    if any(t.f in COMMAS or t.f in lex["relative_pronouns"] or t.f in lex["source_participles"] for t in before):
        return False  # "Roche, who joined in 2019, said" / "figures published by X on Tuesday": the clause's date
    return last.word and last.f not in DETERMINERS and last.f != "of" and not lex["date_prepositions"].match(before, len(before) - 1)
