"""English source phrases longer than the usual subject a reporting verb looks back for.

1. A source carrying a restrictive relative clause on its anonymity: 'a senior official who asked not to be
   named', 'two bankers who declined to be identified because the talks are private', 'an official who was not
   authorised to speak publicly'. The clause is part of the source (it says how the source spoke; AP: say why
   a source is anonymous), however long it is, and may hold a joiner ('because').
2. A trailing source noun phrase with its prepositional modifiers: '..., a study by researchers at the
   University of Harrowgate has found.' / '..., a spokesman for the state's department of transportation said.':
   a determiner or a quantifier, then words only (no verb, no joiner), whose head is a source head.

Needs: the sentence tokens and the English lexicon (``relative_pronouns``, ``anonymity_markers``, the head
lists of ``attribution_types``). Adds ``anonymous_relative`` (used by ``frames_en`` for a leading 'X said Y'
and by ``reporting_en`` for a trailing '..., X said.'), ``long_trailing_source`` and ``anonymous_tail``
('"Q," said three people with direct knowledge of the plans.', ``reporting_en``).
"""
from __future__ import annotations

from .cues import Lexicon, Tok
from .draft import COMMAS, DETERMINERS, INSERTION_MAX

_HEAD_MAX = 12  # tokens of the noun phrase before the relative pronoun ("an executive at one of the country's largest retailers")
_LONG_MAX = 14  # tokens of a trailing source noun phrase with its modifiers
_PERSON_RELATIVES = frozenset({"who", "whom"})
_HEADS = ("anonymous_heads", "official_heads", "document_nouns", "data_heads", "reports", "media_heads")
_INNER = frozenset({"'", "’", "-", "&"})
_VERBLIKE = ("perfect_auxiliaries", "passive_auxiliaries", "modal_auxiliaries", "clause_joiners",
             "relative_pronouns")


def anonymous_relative(toks: list[Tok], verb: int, lex: Lexicon) -> int | None:
    """Index of the first token of 'NP who <... anonymity marker ...>' ending right before ``toks[verb]``,
    when the NP opens the sentence or follows a comma and no comma or quote stands inside; else None."""
    lo = max(0, verb - INSERTION_MAX)
    r = verb - 1
    while r > lo and toks[r].word:
        if toks[r].f in _PERSON_RELATIVES:
            break
        r -= 1
    if r <= 0 or toks[r].f not in _PERSON_RELATIVES:
        return None
    markers = lex["anonymity_markers"]
    if not any(toks[k].f in markers.firsts and markers.match(toks, k) for k in range(r, verb)):
        return None
    h = r
    joiners = lex["clause_joiners"]
    while h > 0 and (toks[h - 1].word or toks[h - 1].f in _INNER) and r - h < _HEAD_MAX and toks[h - 1].f not in joiners:
        h -= 1  # "an executive at one of the country's largest retailers"
    if h == r or h > 0 and toks[h - 1].f not in COMMAS or any(lex.verb(t.f) for t in toks[h:r]):
        return None
    return h


def long_trailing_source(toks: list[Tok], verb: int, lex: Lexicon) -> int | None:
    """Index of the first token of a trailing source noun phrase ending right before ``toks[verb]`` (a perfect
    auxiliary aside) and opening after a comma: a determiner or quantifier first, no verb, auxiliary or joiner
    inside, and a source head among its words; else None."""
    end = verb - 1 if verb > 1 and toks[verb - 1].f in lex["perfect_auxiliaries"] else verb
    h = end
    while h > 0 and end - h < _LONG_MAX and (toks[h - 1].word or toks[h - 1].f in _INNER):
        h -= 1
    if h == 0 or h == end or toks[h - 1].f not in COMMAS:
        return None
    phrase = toks[h:end]
    if phrase[0].f not in DETERMINERS and not lex["quantifiers"].match(phrase, 0):
        return None
    if any(t.word and (lex.verb(t.f) or any(t.f in lex[n] for n in _VERBLIKE)) for t in phrase):
        return None
    if not any(t.f in lex[n] or t.f.endswith("s") and t.f[:-1] in lex[n] for t in phrase for n in _HEADS):
        return None
    return h


def anonymous_tail(toks: list[Tok], j: int, lex: Lexicon) -> bool:
    """'..., said three people with direct knowledge of the plans.': the tail from ``j`` to the sentence end is a
    source with an anonymity marker, or a verbless phrase naming an unnamed group (no 'that', no colon, at most
    ``INSERTION_MAX`` tokens)."""
    if len(toks) - j > INSERTION_MAX or any(t.f in ("that", ":") for t in toks[j:]):
        return False
    markers = lex["anonymity_markers"]
    if any(toks[k].f in markers.firsts and markers.match(toks, k) for k in range(j, len(toks))):
        return True
    words = [t for t in toks[j:] if t.word]  # or an unnamed group with its modifiers, and no verb
    return bool(words) and words[0].f not in lex["subject_pronouns"] and not any(
        lex.verb(t.f) or any(t.f in lex[n] for n in _VERBLIKE) for t in words) and any(
        t.f in lex["anonymous_heads"] for t in words)
