"""Scope words of a claim: the kind of place or body its figures are about (city, district, branch …).

Needs: the folded tokens of a claim and their stems, ``lexicons/<lang>/match_scope.json``. Adds: the
set of scope classes, leaving out scope words inside a ``not_scope`` phrase, where they mean something
else ("second quarter" is a fiscal quarter, not a district; مديرية الصحة is a directorate).
"""
from __future__ import annotations

from ..text.normalize import stem
from .lexicon import multi_entity_spans, scope_exceptions, scope_index


def _word_matches(word: str, tok: str) -> bool:
    """A phrase word against a folded claim token: "#" is any number, else the word or its stem."""
    if word == "#":
        return tok[:1].isdigit()
    return tok == word or stem(tok) == stem(word)


def _excepted(raw: list[str], i: int, keys: tuple[str, str]) -> bool:
    """Whether the scope word at ``i`` sits inside one of its ``not_scope`` phrases."""
    rules = scope_exceptions()
    for key in keys:
        for before, after in rules.get(key, ()):
            lo, hi = i - len(before), i + 1 + len(after)
            if lo < 0 or hi > len(raw):
                continue
            if all(_word_matches(w, t) for w, t in zip(before + after, raw[lo:i] + raw[i + 1:hi], strict=True)):
                return True
    return False


def scopes(raw: list[str], stems: list[str], classes: list[str | None] | None = None) -> frozenset[str]:
    """Scope classes named by the tokens (``raw`` folded, ``stems`` their stems, ``classes`` their
    scope classes when already looked up), exceptions left out."""
    if classes is None:
        index = scope_index()
        classes = [index.get(r) or index.get(s) for r, s in zip(raw, stems, strict=True)]
    out = set()
    named: set[int] = set()  # words of a registry name ("World Bank", «البنك الدولي») scope nothing
    if any(classes):
        named = {k for i, j, _ in multi_entity_spans(stems) for k in range(i, j)}
    for i, cls in enumerate(classes):
        if cls and cls not in out and i not in named and not _excepted(raw, i, (raw[i], stems[i])):
            out.add(cls)
    return frozenset(out)
