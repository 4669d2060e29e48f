"""Clauses a quantity never crosses: the stretches ``quantities.find_quantities`` scans one at a time.

Needs: the text and the quantity tables (``total_intros``). Adds ``chunks``: cuts at line breaks and at punctuation
before a space ("2,750" and "4.3" have no space after their separator), except a comma before a total intro ("Half of
the council, which has 12 members": the fraction takes the total past the comma) and a comma between two day numbers
("24, 25 and 26 May": ``quantity_noise`` reads the whole list of days).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..text.normalize import fold
from .numbers import DIGITS, tokenize
from .quantity_tables import phrase_at, tables, variants

_CLAUSE_END = re.compile(rf"\n|[!?؟,،;؛:](?=\s)|\.(?=\s+[^\s{DIGITS}])")  # not "Nov. 15"
_WORD_AT = re.compile(r"\s*([^\W\d_]+)")
_DAY_BEFORE = re.compile(rf"(?<![{DIGITS}.,،٫٬])[{DIGITS}]{{1,2}}$")  # a number of at most two digits ends the clause
_DAY_AFTER = re.compile(rf"\s+[{DIGITS}]{{1,2}}(?![{DIGITS}]|[.,٫٬][{DIGITS}])")


def chunks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each clause of ``text[start:end]`` (see the module docstring)."""
    s = start
    for m in _CLAUSE_END.finditer(text, start, end):
        if m[0] in ",،" and (_DAY_BEFORE.search(text, s, m.start()) and _DAY_AFTER.match(text, m.end(), end)
                             or _intro_after(text, m.end(), end)):
            continue
        yield s, m.start()
        s = m.end()
    yield s, end


def _intro_after(text: str, pos: int, end: int) -> bool:
    """Whether a total intro ("which has", البالغ عددهم) opens the text at ``pos``."""
    w = _WORD_AT.match(text, pos, end)
    intros = tables().total_intros
    if w is None or not any(v in intros for v in variants(fold(w[1]))):
        return False
    toks = tokenize(text, w.start(1), min(end, w.start(1) + 40))
    return phrase_at(toks, 0, intros)[0] is not None
