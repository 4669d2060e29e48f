"""Membership of a token in a class of the attribution lexicon, as written, stemmed or with its clitics.

Needs: the language lexicon. Adds ``stem_in`` (one token) and ``any_in`` (a phrase anywhere in the tokens).
"""
from __future__ import annotations

from ..text.normalize import stem
from .cues import Lexicon, Tok


def any_in(lex: Lexicon, name: str, toks: list[Tok]) -> bool:
    """A phrase of the class ``name`` starts at one of ``toks``."""
    return any(lex[name].match(toks, i) for i in range(len(toks)))


def stem_in(lex: Lexicon, name: str, tok: Tok, plural: bool = False) -> bool:
    """``tok`` is in the lexicon class ``name`` as written, stemmed or after a proclitic ل; with ``plural``, also as
    the Arabic sound feminine plural of one of its entries (منظمات، وكالات، هيئات: منظمة، وكالة، هيئة), as the English
    plural ('UN agencies', 'rights groups') of an official head is official."""
    s = lex[name]
    f = tok.f
    if plural and lex.language == "ar" and f.endswith("ات") and len(f) > 4:
        single = f[:-2] + "ه"
        if single in s or single.startswith("ال") and single[2:] in s:
            return True
    if lex.language == "ar" and f.startswith("لل") and len(f) > 4:
        f = "ا" + f[1:]  # 'المتحدث الرسمي للوزارة': ل + الوزارة, the article's alif dropped after the proclitic
    elif lex.language == "ar" and f.startswith("ل") and len(f) > 4 and f[1:] in s:
        return True  # 'لوزارة الصحة'
    if lex.language == "ar" and f.startswith("ال") and len(f) > 4 and f[2:] in s:
        return True  # 'المحامون', 'المسعفون': a listed sound plural with the article, as 'المسؤولون' is by its singular
    return f in s or stem(f) in s or ("ال" + stem(f)) in s or ("ال" + f) in s
