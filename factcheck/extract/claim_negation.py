"""Negation of a claim: whether a negation particle governs the claim's predicate.

Needs: a claim's tokens and their ``clauses.marks`` (``negation``, ``negation_exceptions`` of
``lexicons/<lang>/clauses.json``). Adds ``negated``, for ``claims``: Arabic لا needs a verb after it and غير an
indefinite word; bounds and idioms built on a negation particle (ما لا يقل عن، 'no fewer than') negate nothing;
a clause opened by 'without' before a verb (``negation_openers``: ، دون أن يسفر عن خسائر) is negated.
"""
from __future__ import annotations

from bisect import bisect_left

from .clauses import has_predicate
from .tokens import Tok


def _governs(toks: list[Tok], mk, i: int, b: int, language: str) -> bool:
    """True when the negation at ``toks[i]`` negates a predicate: Arabic لا needs a verb after it and
    غير an indefinite word (غير + definite adjective is a 'non-' compound); the rest always do."""
    if language != "ar":
        return True
    v = toks[i].variants
    if "لا" in v:
        return i + 1 < b and has_predicate(toks, mk, i + 1, i + 2, language)
    if "غير" in v:
        return i + 1 < b and not toks[i + 1].norm.startswith(("ال", "بال", "لل")) and not _attributive(toks, i)
    return True


_PRONOUNS = frozenset({"هذا", "هذه", "ذلك", "تلك", "هو", "هي", "هم", "هما", "انه", "انها", "هنا"})


def _attributive(toks: list[Tok], i: int) -> bool:
    """'بطرق غير شرعية': غير right after an indefinite noun (no article, pronoun or possessive ending) makes
    a 'non-' adjective of it; after a definite subject ('الرقم غير دقيق') it is a negated predicate."""
    if not i:
        return False
    w = toks[i - 1].norm
    definite = w.startswith(("ال", "وال", "بال", "لل", "فال")) or w in _PRONOUNS or len(w) > 4 and w.endswith(("ها", "هم"))
    return w.isalpha() and not definite


def negated(toks: list[Tok], mk, a: int, b: int, language: str, candidates: list[int] | None = None) -> bool:
    """True when a negation particle governs the claim's predicate, outside the bounds and idioms of
    ``negation_exceptions`` ("ما لا يقل عن", "no fewer than"); ``candidates`` lists the sentence's
    tokens that are negations or exceptions (no other token can change the answer)."""
    if "negation_openers" in mk[a]:
        return True  # '، دون أن يسفر عن خسائر بشرية': the clause says its verb did not happen
    skip = a
    for i in range(a, b) if candidates is None else candidates[bisect_left(candidates, a):bisect_left(candidates, b)]:
        m = mk[i]
        if "negation_exceptions" in m:
            skip = max(skip, i + m["negation_exceptions"])
        if i >= skip and ("negation" in m or toks[i].norm.endswith("n't")) and _governs(toks, mk, i, b, language):
            return True
    return False
