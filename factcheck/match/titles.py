"""Office titles: the office a claim's subject holds ("Finance Minister Rachel Reeves", «وزير الخارجية
سامح شكري») and whether the subject is the bare title ("the finance minister", «وزير الخارجية»).

Needs: a claim's text and subject span (folded copies only) and ``lexicons/<lang>/match_titles.json``
(heads that take a portfolio, the portfolios, titles that stand alone). Adds: ``subject_titles()`` →
(titles the subject holds, titles of a subject that is only a title), each a set of office ids shared by
both languages ("minister:finance", "prime_minister"); ``offices()``, those a whole claim names; and
``office_swap()``, the conflict of one subject given two offices. A title holds for the subject when it is in the
subject's words or ends right before them (an apposition: «وزير الدفاع الإسرائيلي أفيغدور ليبرمان»).
"""
from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..lexicons import load_json
from ..text.normalize import fold
from .names import mark_entities, skeleton, subject_marks

if TYPE_CHECKING:
    from .features import Signal

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_NONE: frozenset[str] = frozenset()
_BEFORE = 3  # words between an apposed title's end and the subject (a nationality: «الإسرائيلي»)
_CLITICS = ("و", "ل", "ب", "ف")  # one-letter proclitics on an Arabic head: «ووزير», «لوزيرة»


def _bare(word: str) -> str:
    """An Arabic word without its article, or the preposition لـ fused with it (portfolios meet with or
    without it: «الخارجية», «خارجية مصر», «وزيرا للمالية»)."""
    for article in ("لل", "ال"):
        if word.startswith(article) and len(word) > len(article) + 1:
            return word[len(article):]
    return word


@cache
def _tables() -> tuple[frozenset[str], frozenset[str], tuple, tuple]:
    """(heads, links, portfolio phrases, standalone titles) of both languages, folded; phrases as word
    tuples (Arabic portfolio words without the article), longest first."""
    heads: set[str] = set()
    links: set[str] = set()
    portfolios: list[tuple[tuple[str, ...], str]] = []
    titles: list[tuple[tuple[str, ...], str]] = []
    for lang in ("ar", "en"):
        t = load_json(lang, "match_titles")
        heads |= {fold(h) for h in t.get("heads", ())}
        links |= {fold(w) for w in t.get("links", ())}
        for office, phrases in t.get("portfolios", {}).items():
            portfolios += [(tuple(_bare(w) for w in _WORD.findall(fold(p))), office) for p in phrases]
        for office, phrases in t.get("titles", {}).items():
            titles += [(tuple(_WORD.findall(fold(p))), office) for p in phrases]
    portfolios.sort(key=lambda x: -len(x[0]))
    titles.sort(key=lambda x: -len(x[0]))
    return frozenset(heads), frozenset(links), tuple(portfolios), tuple(titles)


def _portfolio(words: list[str], i: int) -> tuple[str, int] | None:
    """(office, words it spans) of the portfolio phrase at ``words[i]``."""
    for phrase, office in _tables()[2]:
        n = len(phrase)
        if tuple(_bare(w) for w in words[i:i + n]) == phrase:
            return office, n
    return None


def _head(word: str) -> bool:
    heads = _tables()[0]
    return word in heads or (word[:1] in _CLITICS and word[1:] in heads)


def _portfolio_ending(words: list[str], j: int) -> tuple[str, int] | None:
    """(office, start) of a portfolio phrase that ends right before a head at ``words[j]`` ("finance minister")."""
    for phrase, office in _tables()[2]:
        n = len(phrase)
        if j - n >= 0 and tuple(words[j - n:j]) == phrase:
            return office, j - n
    return None


def titles_in(words: list[str]) -> list[tuple[str, int, int]]:
    """(office id, first word, end word) of each title in folded words: a head with its portfolio after
    it (``links`` between: "minister of finance", «وزير المالية») or before it ("finance minister"), or a
    standalone title ("prime minister", «رئيس الوزراء»)."""
    _, links, _, titles = _tables()
    out: list[tuple[str, int, int]] = []
    i = 0
    while i < len(words):
        found = next(((o, len(p)) for p, o in titles if tuple(words[i:i + len(p)]) == p), None)
        if found:
            out.append((found[0], i, i + found[1]))
            i += found[1]
            continue
        if _head(words[i]):
            before = _portfolio_ending(words, i)
            j = i + 1
            while j < len(words) and words[j] in links:
                j += 1
            after = _portfolio(words, j) if j < len(words) else None
            if before:
                out.append(("minister:" + before[0], before[1], i + 1))
            elif after:
                out.append(("minister:" + after[0], i, j + after[1]))
                i = j + after[1]
                continue
        i += 1
    return out


def offices(text: str) -> frozenset[str]:
    """The offices a text names anywhere (a claim's: "the health minister met the foreign minister")."""
    return frozenset(o for o, _, _ in titles_in(_WORD.findall(fold(text))))


def subject_titles(text: str, subject: str, start: int, caps: frozenset[str] | None) -> tuple[frozenset[str], frozenset[str]]:
    """(titles the subject holds, titles of a subject that names nothing but them). ``start``: the
    subject's offset in ``text`` (``-1`` when unknown: only its own words count)."""
    own = titles_in(_WORD.findall(fold(subject)))
    held = {o for o, _, _ in own}
    if start > 0:
        before = _WORD.findall(fold(text[:start]))
        held |= {o for o, _, end in titles_in(before) if len(before) - end < _BEFORE}
    if not own:
        return frozenset(held), _NONE
    words = _WORD.findall(fold(subject))
    title_marks = {skeleton(w) for _, a, b in own for w in words[a:b]}
    places = {sk for sk, _ in mark_entities(subject, caps)}  # a country qualifies the office: «وزيرة خارجية ألمانيا»
    named = subject_marks(subject, caps) - title_marks - places
    return frozenset(held), (_NONE if named else frozenset(o for o, _, _ in own))


def office_swap(oa: frozenset[str], ob: frozenset[str]) -> list[Signal]:
    """The swap signal of one subject given, on each side, an office the other claim does not name
    ("the president appointed his son-in-law finance minister" vs "environment minister"), else ``[]``."""
    from .features import Signal  # (features reads keys, which reads this module)

    only_a, only_b = oa - ob, ob - oa  # (an office both name, the appointer's, is no difference)
    if not only_a or not only_b:
        return []
    pair = sorted((_office(min(only_a)), _office(min(only_b))))
    return [Signal("swap", "conflict", f"different offices: {pair[0]} vs {pair[1]}")]


def _office(office: str) -> str:
    """An office id in words: "minister:finance" → "minister of finance"."""
    return office.replace(":", " of ").replace("_", " ")
