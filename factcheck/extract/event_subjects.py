"""Where a claim's subject stands: which of its names is the agent, and whether it has only a pronoun.

Needs: a claim's tokens (``tokens.Tok``) and the event trigger's index. Adds, for ``events.detect_event``:
the name picked among the ranked ones (``pick``: the agent before an English verb, after an Arabic one unless
a preposition makes it an object) and whether the claim's own subject is only a pronoun (``pronoun_led``).
"""
from __future__ import annotations

from bisect import bisect_left

from .cue_names import subject_lex
from .tokens import Tok

_POSSESSIVE_SUFFIXES = ("ها", "هم", "هما", "هن")
_PREPOSITIONS = frozenset({"عن", "من", "الي", "إلى", "في", "علي", "على", "مع", "ضد", "حول", "لدي", "لدى", "عند", "تجاه", "نحو"})


def pick(spans: list[tuple[int, int]], toks: list[Tok], trigger: int, language: str) -> tuple[int, int] | None:
    """The subject among name spans of one rank: the last one before the trigger in English, the first one
    after it in Arabic (verb first) unless it is an object after a preposition."""
    if not spans:
        return None
    if trigger < 0:
        return spans[0]
    at = toks[trigger].start
    before = [s for s in spans if s[1] <= at]
    after = [s for s in spans if s[0] >= toks[trigger].end]
    if language == "ar":
        if before:  # a name after a preposition is an object (رحيله عن نادي ليفربول), not the agent
            after = [s for s in after if _object_of(toks, s[0]) is False]
        return after[0] if after and (not before or after[0][0] - at < 40) else (before[-1] if before else spans[0])
    return before[-1] if before else (after[0] if after else spans[0])


def _object_of(toks: list[Tok], start: int) -> bool:
    """True when the token before the one starting at ``start`` is a preposition."""
    k = bisect_left([t.start for t in toks], start)
    return k > 0 and toks[k - 1].norm in _PREPOSITIONS


def pronoun_led(toks: list[Tok], language: str) -> bool:
    """Whether the claim's own subject is only a pronoun: its first word (after "that") is a listed subject
    or possessive pronoun (it, its, إنها, أنه) or, in Arabic, a noun with a possessive suffix (مبيعاتها);
    إنه before an impersonal phrase (إنه من المتوقع) is no subject."""
    sub = subject_lex(language)
    k = 1 if len(toks) > 1 and toks[0].norm in sub.pronoun_leads else 0
    t = toks[k]
    if any(v in sub.pronouns for v in t.variants):
        return not (k + 1 < len(toks) and toks[k + 1].norm in sub.pronoun_not_before)
    w = t.norm
    return language == "ar" and len(w) >= 5 and w.endswith(_POSSESSIVE_SUFFIXES) and not w.startswith("ال")
