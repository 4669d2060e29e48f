"""Shapes around an English reporting verb that decide whether it frames a clause: a company's legal form
inside its name ('Kestrel Analytics, Inc.'), a share of a group as the subject ('Some 61% of respondents
said'), evidence that can show a fact ('the figures show'), a speaker's participle insertion ('X, writing in
the Guardian, said'), reports as the verb's object ('denied reports that X'), where a participle's
content starts, and a verb of saying coordinated with the main verb ('The bank held rates but said X').

Needs: the sentence tokens and the English lexicon. Adds: predicates and indices used by ``frames_en``.
"""
from __future__ import annotations

from ..extract.numbers import lookup
from .cues import QUOTES_OPEN, Lexicon, Tok
from .draft import COMMAS, DETERMINERS, INSERTION_MAX, next_comma

_SHARE_MAX = 4  # tokens of a share before its 'of' ('About two thirds of', 'Some 61 per cent of')


def suffix_comma(text: str, toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """``toks[k]`` is the comma before a company's legal form ('Kestrel Analytics, Inc.'), inside its name."""
    return 0 < k < len(toks) - 1 and toks[k].f == "," and toks[k + 1].f in lex["name_suffixes"] and (
        toks[k - 1].word and text[toks[k + 1].start].isupper())


def share_of(toks: list[Tok], k: int, subject: list[Tok], lex: Lexicon) -> bool:
    """The subject is a share of a group ('61% of respondents', 'two thirds of voters', '3 of the 5 judges'):
    a share or a number right before an 'of' among its first words (the subject may start at that 'of' after
    a '%'); 'The party, which holds 61 of the 230 seats, said' is a party."""
    words = ([toks[k - 1]] if k and subject and subject[0].f == "of" else []) + subject
    m = next((m for m, t in enumerate(words[:_SHARE_MAX + 1]) if t.f == "of" or t.f in COMMAS), 0)
    return m > 0 and words[m].f == "of" and (words[m - 1].f == "%" or words[m - 1].f[:1].isdigit()
                                             or words[m - 1].f in lex["share_heads"]
                                             or _counted(words[m - 1]) and _whole_after(words, m + 1))


def _counted(t: Tok) -> bool:
    """A cardinal written in words ('six', 'twelve', 'twenty')."""
    hit = lookup(t.f)
    return hit is not None and hit[0] in ("unit", "teen", "tens")


def _whole_after(words: list[Tok], j: int) -> bool:
    """A whole right after the share's 'of' ('Six of nine analysts', 'eight of 10 economists'); 'One of the people
    said' and 'Two of the three people briefed on the talks said' are sources."""
    return j < len(words) and (words[j].f[:1].isdigit() or _counted(words[j]))


def evidence(source: list[Tok], lex: Lexicon) -> bool:
    """'government data showed' / 'the figures show': data, a document or a report can show a fact; people
    and pictures ('the video showed police ...') cannot report one."""
    return any(t.f in lex["data_heads"] or t.f in lex["documents"] or t.f in lex["reports"] for t in source)


def speaker_insertion(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """'X, writing in the Guardian, said Y': the participle at ``i`` opens an insertion closed by a comma
    right before a finite reporting verb, so it describes the speaker of that verb and frames nothing."""
    k = next_comma(toks, i + 1, min(len(toks), i + INSERTION_MAX))
    if k + 1 >= len(toks) or toks[k].f not in COMMAS:
        return False
    verb = lex.verb(toks[k + 1].f)
    return verb is not None and not verb[1]


def reports_object(toks: list[Tok], j: int, lex: Lexicon) -> int | None:
    """Content index after '(media) reports that/of X' as the object of a reporting verb at ``j``."""
    k = j
    while k < len(toks) and k - j < 3 and (toks[k].f in DETERMINERS or toks[k].f in lex["report_leads"]):
        k += 1
    if k + 2 < len(toks) and toks[k].f in lex["reports"] and toks[k + 1].f in lex["report_links"]:
        return k + 2
    return None


def content_index(toks: list[Tok], j: int, lex: Lexicon) -> int | None:
    """Where a participle cue's content starts at ``j``: past 'that' or a colon, or at a word or a quote."""
    if j < len(toks) and toks[j].f in ("that", ":") and j + 1 < len(toks):
        return j + 1
    if j < len(toks) and (toks[j].word or toks[j].f in QUOTES_OPEN):
        return j
    return None


MIN_MAIN = 3  # tokens of a main clause before a coordinated reporting verb ('Orbis cut 300 jobs and said')
MIN_REPORTED = 3  # words of the clause it reports

