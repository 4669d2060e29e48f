"""Attribution type of a source phrase: named / anonymous / official, and the kind of source.

Needs: the phrase's tokens and the language's lexicon (anonymity markers, heads by type,
quantifiers) and the source gazetteer. Decides in this order: an anonymity marker makes the phrase
anonymous; a known outlet or person inside it makes it named (an outlet wins over "reports"); the
head word (Arabic: first after quantifiers; English: last of the first chunk) or an official title
decides anonymous / official; a known organisation is official; anything else is a named source.
"""
from __future__ import annotations

from ..models import Span
from ..text.normalize import stem
from .cues import QUOTES_CLOSE, QUOTES_OPEN, Lexicon, Tok
from .sources import find_alias

_KIND_TYPE = {"media": "named", "person": "named", "company": "official", "government": "official",
              "anonymous-group": "anonymous"}
_EN_CHUNK_END = frozenset({"of", "with", "at", "in", "for", "from", "who", "familiar", "close", ",", "on", "to",
                           "inside", "within", "among", "that", "knowledgeable", "briefed", "which", "speaking"})
_EN_APPOSITION = frozenset({"a", "an", "the"})


def _any(lex: Lexicon, name: str, toks: list[Tok]) -> bool:
    return any(lex[name].match(toks, i) for i in range(len(toks)))


def _stem_in(lex: Lexicon, name: str, tok: Tok) -> bool:
    s = lex[name]
    return tok.f in s or stem(tok.f) in s or ("ال" + stem(tok.f)) in s


def _head(lex: Lexicon, toks: list[Tok]) -> Tok | None:
    words = [t for t in toks if t.word]
    if lex.language == "ar":
        i = 0
        while i < len(words) - 1:
            n = lex["quantifiers"].match(words, i)
            if not n:
                break
            i += n
        return words[i] if i < len(words) else None
    chunk = []
    for t in toks:
        if t.f in _EN_CHUNK_END:
            break
        if t.word and t.f != "s":
            chunk.append(t)
    return chunk[-1] if chunk else None


def source_type(lex: Lexicon, toks: list[Tok], text: str) -> tuple[str, str | None]:
    """(attribution type, source kind) of the source phrase ``toks``."""
    if not toks:
        return "unattributed", None
    if _any(lex, "anonymity_markers", toks):
        return "anonymous", "anonymous-group"
    phrase = text[toks[0].start:toks[-1].end]
    hit = find_alias(phrase)
    if hit and hit[3] in ("media", "person", "anonymous-group"):
        if hit[3] != "person" or not _any(lex, "official_heads", toks):
            return _KIND_TYPE[hit[3]], hit[3]
    head = _head(lex, toks)
    if head is not None and _stem_in(lex, "anonymous_heads", head):
        return "anonymous", "anonymous-group"
    if head is not None and lex.language == "ar" and lex["official_heads"].match([head], 0):
        return "official", "government" if not _any(lex, "official_heads", toks[:1]) else "company"
    if _any(lex, "official_heads", _first_chunk(lex, toks)):
        return "official", "company"
    if hit:
        return _KIND_TYPE[hit[3]], hit[3]
    return "named", "person" if lex.language == "en" and text[toks[0].start].isupper() else None


def _first_chunk(lex: Lexicon, toks: list[Tok]) -> list[Tok]:
    if lex.language == "ar":
        return toks[:4]
    out = []
    for k, t in enumerate(toks):
        if t.f == "," and k + 1 < len(toks) and toks[k + 1].f in _EN_APPOSITION:
            continue  # "John Okafor, a spokesman for ...": the apposition types the name
        if t.f in _EN_CHUNK_END and t.f not in ("of", "at", "in"):
            break
        out.append(t)
    return out


def outlet_span(text: str, toks: list[Tok]) -> Span | None:
    """Span of a known outlet named inside ``toks`` (with its quote marks), or None."""
    if not toks:
        return None
    base = toks[0].start
    hit = find_alias(text[base:toks[-1].end])
    if not hit or hit[3] != "media":
        return None
    s, e = base + hit[0], base + hit[1]
    if s > 0 and text[s - 1] in QUOTES_OPEN and e < len(text) and text[e] in QUOTES_CLOSE:
        s, e = s - 1, e + 1
    return Span.of(text, s, e)


def span_of(text: str, toks: list[Tok]) -> Span | None:
    """Span from the first to the last token (None when empty)."""
    return Span.of(text, toks[0].start, toks[-1].end) if toks else None
