"""Runs of capitalised words: the names an English (or Latin-script) claim writes by form.

Needs: a claim's tokens (``tokens.Tok``) and the subject lexicon (``cue_names.subject_lex``). Adds, for
``events.ranked_entities``: the token ranges of capitalised runs (``name_runs``: Bank of England, iPhone,
First Yorkshire) and their character spans (``capitalised``); whether a line is a title-case headline
(``title_case``), where a verb ends a run ('Acme Shares Fall 12%' → Acme).
"""
from __future__ import annotations

import re
from functools import cache

from ..lexicons import load_json, load_list
from ..text.normalize import fold
from .clause_lexicon import marks
from .cue_names import compound_modifier, not_stop, subject_lex
from .event_subjects import role_named
from .tokens import Tok

_LATIN = re.compile(r"[A-Za-z]")
# the upper-case characters a Latin token (clauses._TOKEN) can hold: "iPhone", "eBay" are names
_UPPER_INSIDE = re.compile("[" + "".join(chr(c) for c in range(0x250) if chr(c).isupper()) + "]")


def name_runs(text: str, toks: list[Tok], language: str) -> list[tuple[int, int]]:
    """Token index ranges [i, j) of runs of capitalised words or acronyms (not stop words) in Latin
    script, joined across a lowercase link after an institution noun (``_of_link``: Bank of England) and the
    period of an abbreviation (St. Louis);
    the runs of a slice ``toks[a:b]`` are these runs clipped to [a, b)."""
    out: list[tuple[int, int]] = []
    if not toks or _LATIN.search(text, toks[0].start, toks[-1].end) is None:
        return out
    sub = subject_lex(language)
    upper = _UPPER_INSIDE.search
    named = []
    mixed = _LOWER.search(text, toks[0].start, toks[-1].end) is not None  # no all-caps headline
    for t in toks:
        c = text[t.start]
        named.append(("A" <= c <= "Z" or ("a" <= c <= "z" and upper(text, t.start + 1, t.end) is not None
                                        and "-" not in text[t.start:t.end])  # 'iPhone'; not 'mid-May', 'pre-Covid'
                      ) and (not_stop(t.norm, sub.stop) or mixed and _acronym(text, t))
                     and not compound_modifier(text, t))
    role_named(text, toks, named, sub)
    for k in range(1, len(toks)):  # 'by 1030 GMT', '10:30 a.m. EDT': a time zone after a clock time is no name
        if named[k] and toks[k].norm in sub.time_zones and (toks[k - 1].norm[:1].isdigit() or toks[k - 1].norm in (
                "a.m", "p.m", "am", "pm", ".")):
            named[k] = False
    for k in range(1, len(toks) - 1):  # 'in New York': 'New' opens the name inside a sentence, not at its start
        if not named[k] and named[k + 1] and toks[k].norm in sub.name_openers and text[toks[k].start].isupper() and (
                text[toks[k].end:toks[k + 1].start] == " "):
            named[k] = True
    if language == "en" and title_case(text, toks, sub.stop):
        _unname_verbs(toks, named, marks(toks, language))
    first, k = -1, 0
    while k < len(toks):
        if first >= 0 and (n := _of_link(text, toks, named, k, sub) or _particles(text, toks, named, k, language)
                           or _and_link(text, toks, named, first, k, sub)):
            k += n
            continue
        if named[k] and first >= 0 and (not text[toks[k - 1].end:toks[k].start].strip(" \u00a0-&") or (
                text[toks[k - 1].end:toks[k].start] == ". " and abbreviation(toks[k - 1].norm))):
            k += 1  # 'Bank of England', 'St. Louis': an abbreviation's period is inside the name
            continue
        if first >= 0:
            out.append((first, k))
        first = k if named[k] else -1
        k += 1
    if first >= 0:
        out.append((first, len(toks)))
    return out


_LOWER = re.compile(r"[a-z]")
_ACRONYM = re.compile(r"[A-Z]{2,}")


def _acronym(text: str, t: Tok) -> bool:
    """A word written all in capitals, two letters or more ('WHO', 'US', 'IT'): in a line with lowercase letters it is
    an acronym, a name, even when it spells a stop word ('The WHO said')."""
    return _ACRONYM.fullmatch(text, t.start, t.end) is not None


@cache
def _abbreviations() -> frozenset[str]:
    """Folded English abbreviations written with a period that ends no sentence (``abbreviations.txt``: St., Mt.)."""
    return frozenset(fold(w.rstrip(".")) for w in load_list("en", "abbreviations"))


def abbreviation(word: str) -> bool:
    """Whether the folded ``word`` is written with a period that ends no sentence (St., Corp.)."""
    return word in _abbreviations()


_TITLE_MIN = 3  # capitalised content words a title-case line holds ('Goldman Sachs Cuts 3,000 Jobs')
_VERB_MARKS = ("weak:", "predicate_cues")


def title_case(text: str, toks: list[Tok], stop: frozenset[str]) -> bool:
    """A headline written in title case: every word that is not a stop word is capitalised, and there are at
    least three of them; a capital there marks the style, not a name."""
    content = [t for t in toks if t.norm[:1].isalpha() and not_stop(t.norm, stop)]
    return len(content) >= _TITLE_MIN and all(text[t.start].isupper() for t in content)


def _verb(tok: Tok, m: dict[str, int]) -> bool:
    """An event verb or a verb cue: a weak trigger (a verb needing its companion: 'Fall', 'Surge'), a listed
    verb cue, or a trigger in a verb's inflection ('Acquires', 'Raised')."""
    return any(k.startswith(_VERB_MARKS) for k in m) or any(k.startswith("ev:") for k in m) and tok.norm.endswith(
        ("s", "ed")) and not tok.norm.endswith("ss")


def _unname_verbs(toks: list[Tok], named: list[bool], mk: list[dict[str, int]]) -> None:
    """In a title-case line, a verb past the first word is no part of a name ('Acme Shares Fall' → Acme), nor
    is the companion of its event right before it after another capitalised word ('Oil Prices Surge': prices
    are what surge; the subject is Oil, as in 'Oil prices surged')."""
    for k in range(1, len(toks)):
        if not (named[k] and _verb(toks[k], mk[k])):
            continue
        named[k] = False
        events = {e.split(":", 1)[1] for e in mk[k] if e.startswith(("weak:", "ev:"))}
        if k > 1 and named[k - 2] and any(f"need:{e}" in mk[k - 1] for e in events):
            named[k - 1] = False


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


_POSSESSIVE = ("'s", "\u2019s")


def _and_link(text: str, toks: list[Tok], named: list[bool], first: int, k: int, sub) -> int:
    """1 when ``toks[k]`` is a lowercase "and" inside a public body's name that opens at ``toks[first]``
    after "the" or a possessive (the Securities and Exchange Commission; Britain's Competition and Markets
    Authority, whose run holds the possessor): spaces on both sides, and the capitalised words after it run
    on to a head noun of ``name_and_heads``. Two names coordinated (Kenya and Uganda; Orbitel and Lumina
    Holdings, with no article before it) stay two."""
    if toks[k].norm != "and" or not named[k - 1] or not text[toks[k].start].islower() or k + 1 >= len(toks):
        return 0
    if text[toks[k - 1].end:toks[k].start] != " " or text[toks[k].end:toks[k + 1].start] != " ":
        return 0
    before = text[:toks[first].start].rstrip().lower()
    owned = any(text[toks[i].start:toks[i].end].lower().endswith(_POSSESSIVE) for i in range(first, k))
    if not (owned or before.endswith(_POSSESSIVE) or (first and toks[first - 1].norm in ("the", "its", "their"))):
        return 0
    m = k + 1
    while m < len(toks) and named[m] and (m == k + 1 or not text[toks[m - 1].end:toks[m].start].strip(" -")):
        if toks[m].norm in sub.and_heads:
            return 1
        m += 1
    return 0


_PARTICLES_MAX = 2  # particles in a row inside a name ('von der Leyen')


@cache
def _particle_words(language: str) -> frozenset[str]:
    """Lowercase particles inside names (``name_particles`` of events_subjects.json: de, da, von, bin)."""
    return frozenset(fold(w) for w in load_json(language, "events_subjects").get("name_particles", ()))


def _particles(text: str, toks: list[Tok], named: list[bool], k: int, language: str) -> int:
    """Tokens of one or two lowercase name particles at ``toks[k]`` between a capitalised word and another, with
    spaces only ('Rio de Janeiro', 'Ursula von der Leyen'); 0 when ``toks[k]`` opens no such run."""
    words = _particle_words(language)
    m = k
    while m < len(toks) and m - k < _PARTICLES_MAX and toks[m].norm in words and text[toks[m].start].islower():
        m += 1
    if m == k or m >= len(toks) or not named[k - 1] or not named[m]:
        return 0
    return m - k if all(text[toks[j - 1].end:toks[j].start] == " " for j in range(k, m + 1)) else 0


def capitalised(text: str, toks: list[Tok], language: str,
                 runs: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Character spans of the runs of capitalised words (``runs``: ``name_runs`` when known)."""
    runs = name_runs(text, toks, language) if runs is None else runs
    return [(toks[i].start, toks[j - 1].end) for i, j in runs]
