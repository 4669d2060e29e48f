"""English names of bodies told by their shape, not by a list of the bodies themselves.

Needs: the source phrase's tokens and the English lexicon (``attribution_types.json``: ``body_name_openers``,
``club_name_openers``, ``club_name_heads``). Adds ``body_name_kind``: a capitalised name of two or three words
that is a sports club ('Real Madrid', 'FC Porto', 'Manchester United', 'Bolton Wanderers') or a state agency named
'<domain> <place>' ('Elections Canada', 'Statistics Norway', 'Health Canada') is an organisation speaking for
itself, the official voice, where a bare capitalised pair would otherwise read as a person's full name; so is a
capitalised name joined by a preposition no personal name holds ('Doctors Without Borders').
"""
from __future__ import annotations

from .cues import Lexicon, Tok

_MIN_WORDS, _MAX_WORDS = 2, 3


def body_name_kind(lex: Lexicon, toks: list[Tok], text: str) -> str | None:
    """'organisation' for a club's name, 'government' for an agency's, None for anything else."""
    words = toks[1:] if toks and toks[0].f == "the" else toks
    if _linked_name(lex, words, text):
        return "organisation"  # 'Doctors Without Borders', 'Physicians for Human Rights'
    if not (_MIN_WORDS <= len(words) <= _MAX_WORDS) or not all(t.word for t in words):
        return None
    if not all(text[t.start].isupper() for t in words) or "club_name_openers" not in lex.sets:
        return None
    if words[0].f in lex["club_name_openers"] or words[-1].f in lex["club_name_heads"]:
        return "organisation"
    if len(words) == _MIN_WORDS and words[0].f in lex["body_name_openers"]:
        return "government"
    return None


_LINKED_MIN, _LINKED_MAX = 3, 6


def _linked_name(lex: Lexicon, words: list[Tok], text: str) -> bool:
    """Capitalised words joined inside by a preposition no personal name holds ('Doctors Without Borders')."""
    if not (_LINKED_MIN <= len(words) <= _LINKED_MAX) or "organisation_name_links" not in lex.sets:
        return False
    if any(t.f in lex["official_heads"] or t.f in lex["government_heads"] for t in words):
        return False  # 'the Office for National Statistics': typed by its head
    links = [k for k, t in enumerate(words) if t.f in lex["organisation_name_links"]]
    return bool(links) and 0 < links[0] and links[-1] < len(words) - 1 and all(
        t.word and (k in links or text[t.start].isupper()) for k, t in enumerate(words))
