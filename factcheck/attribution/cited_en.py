"""A cited source around an English leading frame, outside the ', citing Y,' insertion after the subject that
``speakers_en`` reads: fronted before the subject ('Citing the Wall Street Journal, Reuters said X') or closing the
sentence after the content ('Reuters reported X, citing the Wall Street Journal'). A cause in that place ('citing
higher fuel costs', ``kinds.names_source``) is no source and stays in the content.

Needs: the sentence tokens, the draft of the frame and the English lexicon (``cited_links``). Adds ``d.cited``, and
``d.content_end`` for a closing cited source.
"""
from __future__ import annotations

from .cues import Lexicon, Tok
from .draft import COMMAS, Draft, next_comma, strip_quotes
from .kinds import names_source, span_of

_CITED_MAX = 14  # tokens of a cited phrase closing the sentence, with its link and the stop


def fronted_cited(text: str, toks: list[Tok], k: int, d: Draft, lex: Lexicon) -> int:
    """Start of 'Citing Y,' opening the sentence right before the subject at ``k`` ("Citing the Wall Street Journal,
    Reuters said X"): it sets ``d.cited``; ``k`` when there is none."""
    n = lex["cited_links"].match(toks, 0)
    if k < 3 or not n or toks[k - 1].f not in COMMAS or next_comma(toks, 0) != k - 1 or d.cited is not None:
        return k
    d.cited = span_of(text, strip_quotes(toks[n:k - 1]))
    return 0


def cited_tail(text: str, toks: list[Tok], j: int, d: Draft, lex: Lexicon) -> None:
    """'X said Z, citing Y.': a cited source closing the sentence after the content sets ``d.cited`` and ends the
    content before its comma; a cause there ('citing higher fuel costs') stays in the content."""
    c = len(toks) - 3
    while c > max(j, len(toks) - _CITED_MAX) and toks[c].f not in COMMAS:  # the last comma: the phrase runs to the stop
        c -= 1
    if c <= j or d.cited is not None or not lex["cited_links"].match(toks, c + 1):
        return
    cited = strip_quotes(_words_to_stop(toks[c + 1 + lex["cited_links"].match(toks, c + 1):]))
    if cited and names_source(lex, cited, text):
        d.cited, d.content_end = span_of(text, cited), toks[c].start


def _words_to_stop(toks: list[Tok]) -> list[Tok]:
    while toks and not toks[-1].word:
        toks = toks[:-1]
    return toks
