"""A weekday name that is also an ordinary word (Arabic الاثنين: Monday, or 'the two') written bare, without يوم,
a modifier or a day prefix: a date only in a date's position.

Needs: the text, the weekday's span (name and any part of the day after it) and the end of the name. Adds:
``bare_weekday_date(...)``. The bare name is a date when it follows a verb's object, neither of the two words
before it being a verb or one of the words that take 'the two' after them (``weekday_two_before`` in
``lexicons/<lang>/dates.json``: prepositions and quantifiers, بين الاثنين، كلا الاثنين), and either ends its
clause (a punctuation mark, a line break or the end of the text) or carries a part of the day (الاثنين صباحاً):
أكمي تسرح 500 عامل الاثنين. Right after a verb or its subject it is the object, 'the two' (اعتقلت الشرطة الاثنين);
followed by more words of a name it is part of the name.
"""
from __future__ import annotations

import re
from functools import cache

from ..lexicons import load_json
from ..text.normalize import fold
from .tense import _arabic_class

_WORD = re.compile(r"[\w\u064b-\u065f\u0670\u0640]+")
_CLAUSE_END = re.compile(r"[ \u00a0\u200f\u200e]*(?:[.!?؟؛;:،,\n]|$)")
_BEFORE = 2  # words read before the name


@cache
def _two_before(language: str) -> frozenset[str]:
    return frozenset(map(fold, load_json(language, "dates").get("weekday_two_before", ())))


def bare_weekday_date(text: str, s: int, e: int, name_end: int, language: str) -> bool:
    """Whether the bare weekday at ``text[s:e]`` (name ending at ``name_end``) stands where a date stands."""
    if language != "ar" or not (e > name_end or _CLAUSE_END.match(text, name_end)):
        return False
    head = text[max(0, s - 80):s]
    if any(c in head[-3:] for c in "«\"“'"):
        return False
    words = _WORD.findall(re.split(r"[.!?؟؛;:،,\n«»\"“”]", head)[-1])[-_BEFORE:]
    if len(words) < _BEFORE:
        return False
    blockers = _two_before(language)
    for w in words:
        f = fold(w)
        if f in blockers or (len(f) > 3 and f[0] in "وفبل" and f[1:] in blockers) or _arabic_class(w)[0] is not None:
            return False
    return True
