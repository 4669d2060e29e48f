"""The subject of a sentence's main clause when it is a known source, for participle cues that follow it.

Needs: the sentence tokens, the language's lexicon and the source gazetteer. Adds ``main_subject``:
in "تجدر الإشارة إلى أن ماسك أسس الشركة، معتبراً أن X" or "Notably, Musk founded the firm, arguing
that X" the participle reports the main clause's subject (ماسك / Musk). Only a gazetteer alias standing
first in the clause (after an own-voice formula, a complementizer or a lead word) counts: without a
parser, an unknown noun phrase cannot be told from the start of a verb phrase, so it is left out.
"""
from __future__ import annotations

from .cues import Lexicon, Tok
from .draft import COMMAS
from .sources import find_alias

_MAX_NAME = 4  # words of a source name
_POSSESSIVE = frozenset({"'", "’"})


def _clause_start(toks: list[Tok], lex: Lexicon) -> int:
    """Index of the first word of the main clause, past an own-voice formula and its complementizer."""
    k = lex["own_voice"].match(toks, 0)
    skip = lex["complementizers"]
    while k < len(toks) and (toks[k].f in COMMAS or toks[k].f in skip or lex["complementizer_preps"].match(toks, k)
                             or "clause_leads" in lex.sets and toks[k].f in lex["clause_leads"]):
        k += 1
    return k


def main_subject(text: str, toks: list[Tok], lex: Lexicon, stop: int) -> list[Tok]:
    """Tokens of a known source opening the main clause before offset ``stop`` (empty when none)."""
    k = _clause_start(toks, lex)
    words: list[Tok] = []
    while k + len(words) < len(toks) and len(words) < _MAX_NAME:
        t = toks[k + len(words)]
        if not t.word or t.start >= stop:
            break
        words.append(t)
    if not words:
        return []
    hit = find_alias(text[words[0].start:words[-1].end])
    if hit is None or hit[0] != 0:
        return []
    name = [t for t in words if t.end - words[0].start <= hit[1]]
    after = k + len(name)
    if after < len(toks) and toks[after].f in _POSSESSIVE:  # "Musk's company": not the subject
        return []
    return name
