"""Runs of capitalised words: the names an English (or Latin-script) claim writes by form.

Needs: a claim's tokens (``tokens.Tok``) and the subject lexicon (``cue_names.subject_lex``). Adds, for
``events.ranked_entities``: the token ranges of capitalised runs (``name_runs``: Bank of England, iPhone,
First Yorkshire) and their character spans (``capitalised``).
"""
from __future__ import annotations

import re

from .cue_names import compound_modifier, not_stop, subject_lex
from .event_subjects import role_named
from .tokens import Tok

_LATIN = re.compile(r"[A-Za-z]")
# the upper-case characters a Latin token (clauses._TOKEN) can hold: "iPhone", "eBay" are names
_UPPER_INSIDE = re.compile("[" + "".join(chr(c) for c in range(0x250) if chr(c).isupper()) + "]")


def name_runs(text: str, toks: list[Tok], language: str) -> list[tuple[int, int]]:
    """Token index ranges [i, j) of runs of capitalised words or acronyms (not stop words) in Latin
    script, joined across a lowercase link after an institution noun (``_of_link``: Bank of England);
    the runs of a slice ``toks[a:b]`` are these runs clipped to [a, b)."""
    out: list[tuple[int, int]] = []
    if not toks or _LATIN.search(text, toks[0].start, toks[-1].end) is None:
        return out
    sub = subject_lex(language)
    upper = _UPPER_INSIDE.search
    named = []
    for t in toks:
        c = text[t.start]
        named.append(("A" <= c <= "Z" or ("a" <= c <= "z" and upper(text, t.start + 1, t.end) is not None)
                      ) and not_stop(t.norm, sub.stop) and not compound_modifier(text, t))
    role_named(text, toks, named, sub)
    first, k = -1, 0
    while k < len(toks):
        if first >= 0 and (n := _of_link(text, toks, named, k, sub)):
            k += n
            continue
        if named[k] and first >= 0 and not text[toks[k - 1].end:toks[k].start].strip(" \u00a0-&"):
            k += 1
            continue
        if first >= 0:
            out.append((first, k))
        first = k if named[k] else -1
        k += 1
    if first >= 0:
        out.append((first, len(toks)))
    return out


def _of_link(text: str, toks: list[Tok], named: list[bool], k: int, sub) -> int:
    """Tokens of a lowercase link (of, for; then an optional "the") at ``toks[k]`` inside a name: after
    a capitalised institution noun and before a capitalised word, with spaces only (Bank of England,
    Organization of the Petroleum Exporting Countries); 0 when ``toks[k]`` is no such link."""
    if toks[k].norm not in sub.of_links or not named[k - 1] or toks[k - 1].norm not in sub.of_heads:
        return 0
    n = 2 if k + 1 < len(toks) and toks[k + 1].norm == "the" and text[toks[k + 1].start] == "t" else 1
    m = k + n
    if m >= len(toks) or not named[m] or not text[toks[k].start].islower():
        return 0
    return n if all(text[toks[j - 1].end:toks[j].start] == " " for j in range(k, m + 1)) else 0


def capitalised(text: str, toks: list[Tok], language: str,
                 runs: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Character spans of the runs of capitalised words (``runs``: ``name_runs`` when known)."""
    runs = name_runs(text, toks, language) if runs is None else runs
    return [(toks[i].start, toks[j - 1].end) for i, j in runs]
