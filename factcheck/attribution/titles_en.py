"""English source shapes of a personal name with its title or role: 'The chief executive, Priya Nair,' (a title,
then a name), 'Maria Lopez, a spokeswoman for the commission' after a cue (a name, then a role), 'the company's
chief executive, Maria Lopez' after a cue, "Veltra's chief executive" (a named possessor), 'state senator Tom Reyes'
(a lower-case title before the name).

Needs: the sentence tokens and the English lexicon (``appositive_leads``, ``relative_pronouns``, ``title_links``,
``anonymous_heads``). Adds ``is_title``, ``is_name``, ``titled_name`` (the start of a title and name closed by a
comma), ``apposed`` and ``titled_after`` (a name and role after a cue). Used by ``reporting_en`` and ``frames_en``.
"""
from __future__ import annotations

from .cues import Lexicon, Tok
from .draft import COMMAS, DETERMINERS, next_comma
from .kinds import span_of

_TITLE_MAX = 12  # tokens of a title before a name ("the bank's chief economist for the Middle East")


def apposed(text: str, rest: list[Tok], source: list[Tok], lex: Lexicon):
    """'Maria Lopez, a spokeswoman for the commission' after a cue: (the source with its role, the name span,
    the role span) when a comma and a role opening with an appositive lead follow the name, and end the
    sentence or close with a comma; else None."""
    n = len(source)
    if not source or n + 2 >= len(rest) or rest[n].f != "," or not lex["appositive_leads"].match(rest, n + 1) or (
            rest[n + 1].f in lex["relative_pronouns"]) or not is_name(text, [t for t in source if t.f != "."]):
        return None
    m = next_comma(rest, n + 1)
    role = rest[n + 1:m]
    while role and not role[-1].word:
        role = role[:-1]
    if not role or len(role) > _TITLE_MAX or any(t.f in '"”»:' for t in role):
        return None
    return [*source, rest[n], *role], span_of(text, source), span_of(text, role)


def titled_after(text: str, rest: list[Tok], title: list[Tok], lex: Lexicon):
    """'the company's chief executive, Maria Lopez' after a cue: (the title with the name, the name span, the
    title span) when a personal name follows the title's comma and ends the sentence or closes with a comma."""
    n = len(title)
    if not title or n + 2 >= len(rest) or rest[n].f != "," or not is_title(text, title, lex):
        return None
    m = next_comma(rest, n + 1)
    name = rest[n + 1:m]
    while m == len(rest) and name and not name[-1].word:
        name = name[:-1]
    if not is_name(text, name, True):
        return None
    return [*title, rest[n], *name], span_of(text, name), span_of(text, title)


def is_title(text: str, toks: list[Tok], lex: Lexicon) -> bool:
    """'The chief executive' / "the company's finance chief": a lower-case title after a determiner."""
    words = [t for t in toks if t.word]
    k = next((n for n, t in enumerate(words) if n > 1 and t.f in lex["title_links"]), len(words))
    head = words[:k]  # "the bank's chief economist" (for the Middle East): the rest may hold names
    mark = next((t for t in toks[:6] if t.f in "'’"), None)
    if mark is not None and head and head[0].end <= mark.start and text[head[0].start].isupper() and all(
            text[t.start].isupper() for t in head if t.end <= mark.start):
        head = [mark, *(t for t in head if t.start > mark.start and t.f != "s")]  # "Veltra's / Halden Foods' chief"
    return len(head) >= 2 and (head[0].f in DETERMINERS or head[0] is mark) and all(
        text[t.start].islower() for t in head[1:]) and (head[-1].f not in lex["anonymous_heads"] or head[0].f in (
            "a", "an"))  # 'A resident, Joe Park, said': one person of a group, named


def is_name(text: str, toks: list[Tok], titled: bool = False) -> bool:
    """Two to four capitalised words (a personal name); with ``titled``, after up to three lower-case title words
    ('state senator Tom Reyes', 'former governor Jim Hall')."""
    words = [t for t in toks if t.word]
    if titled:
        k = 0
        while k < min(3, len(words) - 2) and text[words[k].start].islower() and words[k].f not in DETERMINERS:
            k += 1
        words, toks = words[k:], toks[k:]
    return 2 <= len(words) <= 4 and len(words) == len(toks) and all(text[t.start].isupper() for t in words)


def titled_name(text: str, toks: list[Tok], p: int, lex: Lexicon) -> int | None:
    """Start of 'the chief executive, Priya Nair' closed by the comma at ``p``, when it opens the
    sentence or follows a comma; else None."""
    q = p - 1
    while q > 0 and toks[q - 1].f not in COMMAS and p - q < 5:
        q -= 1
    if q < 2 or toks[q - 1].f not in COMMAS or not is_name(text, toks[q:p], True):
        return None
    h = q - 1
    while h > 0 and toks[h - 1].f not in COMMAS and q - h < _TITLE_MAX:
        h -= 1
    if h and toks[h - 1].f not in COMMAS or not is_title(text, toks[h:q - 1], lex):
        return None
    return h
