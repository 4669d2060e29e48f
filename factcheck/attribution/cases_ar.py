"""Case endings of an Arabic source phrase: an indefinite noun in the accusative carries its tanwin on a written
alif (مسؤولاً، متحدثاً عسكرياً) after إن، لكن، غير أن, as the subject of an SVO clause; typing the phrase reads it
as the nominative the lexicons list (مسؤول، متحدث عسكري), so 'لكن مسؤولاً كبيراً قال' is typed as 'وقال مسؤول كبير'.

Needs: the phrase's tokens and the Arabic lexicon. Adds tokens with folded forms only; offsets are untouched.
"""
from __future__ import annotations

from .cues import Lexicon, Tok


def nominative(lex: Lexicon, toks: list[Tok], stem_in) -> list[Tok]:
    """An Arabic indefinite head in the accusative ('لكن مسؤولاً كبيراً قال', 'إن متحدثاً عسكرياً'), its tanwin
    written with alif, read as its nominative: the alif dropped from the head and from the adjectives agreeing
    with it, when the head without it is a source head (``stem_in(lex, class, tok)``, the heads' own lookup). Offsets are kept; other phrases are returned as they are."""
    if lex.language != "ar" or not toks or not _accusative(toks[0]):
        return toks
    bare = toks[0]._replace(f=toks[0].f[:-1])
    if not any(stem_in(lex, name, bare) for name in ("anonymous_heads", "official_heads", "voice_titles")):
        return toks
    out = [bare]
    for k in range(1, len(toks)):
        if not _accusative(toks[k]):
            return out + toks[k:]
        out.append(toks[k]._replace(f=toks[k].f[:-1]))
    return out


def _accusative(t: Tok) -> bool:
    return t.word and len(t.f) > 3 and t.f.endswith("ا") and not t.f.startswith("ال") and not t.f.endswith("اا")
