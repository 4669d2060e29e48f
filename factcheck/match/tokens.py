"""Per-token facts of claim words, worked out once per distinct word and reused for every claim.

Needs: a folded word as ``_WORD`` cuts it from a folded claim text (a hamza-alef's own lam marked by
``names.own_lam``), and the matching lexicons.
Adds: ``Tok`` (the word with a و/ف clitic peeled off a negation cue, its stem, whether it is a
stopword, negation cue or qualifier, its antonym poles, number value, scope class, name skeletons and
contest verb readings) and ``tokens(text)``, the ``Tok`` list of a text. Folded copies only; no offsets out.
"""
from __future__ import annotations

import re

from ..text.normalize import fold, stem
from .contest import readings
from .lexicon import is_qualifier, negation_cues, polar_lookup, scope_index, stopwords
from .names import own_lam, plain, skeleton

WORD = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+", re.UNICODE)
_CLITIC = ("و", "ف")
_MAX = 200_000  # distinct words remembered before the table starts afresh


def number(tok: str) -> float | None:
    """The value of a digit token ("1,200" → 1200.0, "3,5" → 3.5), else None."""
    if not tok[0].isdigit():
        return None
    try:
        if "." in tok and "," in tok:
            return float(tok.replace(",", ""))
        if "," in tok:
            parts = tok.split(",")
            return float(tok.replace(",", "")) if all(len(p) == 3 for p in parts[1:]) else float(
                tok.replace(",", "."))
        return float(tok)
    except ValueError:
        return None


class Tok:
    """What the keys need to know about one folded word (``r``) of a claim."""

    __slots__ = ("r", "m", "s", "digit", "stop", "cue", "qual", "poles", "number", "ascii", "sk", "skr",
                 "scope", "contest")

    def __init__(self, word: str) -> None:
        cues = negation_cues()
        m = word  # as ``names.own_lam`` marks it: a hamza-alef's lam kept from the article (ءليوت)
        word = plain(m)
        r = word[1:] if len(word) in (3, 4) and word[0] in _CLITIC and word[1:] in cues else word
        s = stem(r)
        stops = stopwords()
        self.r, self.s, self.digit, self.ascii = r, s, r[0].isdigit(), r.isascii()
        self.m = r if m == word else m  # the word with a hamza-alef's own lam marked (``names.own_lam``)
        self.stop = r in stops or s in stops
        self.cue = r in cues
        self.qual = is_qualifier(r)
        self.poles = polar_lookup(r)
        self.number = number(r)
        self.skr = skeleton(self.m)
        # the stem of an Arabic word (with its own lam kept), a Latin one whole
        self.sk = self.skr if self.ascii else skeleton(s if m == word else stem(m))
        index = scope_index()
        self.scope = index.get(r) or index.get(s)
        self.contest = readings(r, s)  # win/lose verb readings (contest.py)


_TABLE: dict[str, Tok] = {}


def tokens(text: str) -> list[Tok]:
    """The ``Tok`` of each word of ``text`` (folded here), from the table of words seen before."""
    table = _TABLE
    out = []
    for w in WORD.findall(fold(own_lam(text))):
        t = table.get(w)
        if t is None:
            if len(table) >= _MAX:
                table.clear()
            t = table[w] = Tok(w)
        out.append(t)
    return out
