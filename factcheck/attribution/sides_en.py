"""English source phrases naming someone's side: a personal name in the possessive before an unnamed head
('Avery's lawyers', "Maria Lopez's spokesman", "Ortiz's family") speaks for that person, as 'a lawyer for Avery'
does: the source is the whole phrase, typed named; so does a personal possessive before such a head ('his lawyers').

Needs: the phrase's tokens, the text and the English lexicon. Adds a (type, kind) pair or None.
"""
from __future__ import annotations

from .cues import Lexicon, Tok


def personal_side(lex: Lexicon, toks: list[Tok], text: str, stem_in, type_of) -> tuple[str, str | None] | None:
    """"Avery's lawyers", "Maria Lopez's spokesman", "Ortiz's family": a personal name (capitalised words) in the
    possessive before an unnamed head speaks for that person's side: named, as the person is; an organisation's
    possessor ("Acme's lawyers") is typed as the organisation (``type_of``, the phrase typer; ``stem_in`` looks a
    head up in a lexicon class). None for any other phrase."""
    if lex.language != "en":
        return None
    words = [t for t in toks if t.word]
    if 1 < len(words) <= 3 and words[0].f in lex["personal_possessives"] and stem_in(lex, "anonymous_heads", words[-1]):
        return "named", "person"  # 'his lawyers', 'her aides': the person's side, as "Avery's lawyers" is
    if len(toks) < 4:
        return None
    k = next((k for k in range(1, len(toks) - 2) if toks[k].f in "'’" and toks[k + 1].f == "s"), 0)
    owner, rest = toks[:k], [t for t in toks[k + 2:] if t.word]
    if not k or not rest or len(rest) > 2 or not all(t.word and text[t.start].isupper() for t in owner):
        return None
    if not stem_in(lex, "anonymous_heads", rest[-1]) and not stem_in(lex, "official_heads", rest[-1]):
        return None
    kind_type, kind = type_of(lex, owner, text)
    return (kind_type, kind) if kind_type == "official" else ("named", "person")
