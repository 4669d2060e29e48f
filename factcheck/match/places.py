"""Where and which occurrence a figure is about: places each side names (without those only a
subject's name gives), scope words, numbered occurrences, and the words of a claim's figures.

Needs: two ``ClaimKeys``; ``lexicons/<lang>/relate_ordinals.txt``. Adds: ``scope``, ``places``,
``places_apart``, ``occurrences``, ``spelled_out``, ``figure_words`` (each a reason string or None,
or a set). Folded copies only.
"""
from __future__ import annotations

from functools import cache

from ..lexicons import load_list
from ..text.normalize import fold, stem
from .keys import ClaimKeys
from .names import INITIALS
from .tokens import WORD


@cache
def _ordinals() -> dict[str, str]:
    """Folded and stemmed form → the ordinal as listed (``lexicons/<lang>/relate_ordinals.txt``)."""
    return {form: w for lang in ("ar", "en") for w in load_list(lang, "relate_ordinals")
            for form in (fold(w), stem(fold(w)))}


def figure_words(k: ClaimKeys) -> frozenset[str]:
    """The words of a claim's quantities as written (numbers, scale and unit words), folded and stemmed."""
    words = [fold(w) for q in k.quantities for w in WORD.findall(fold(q.text))]
    return frozenset(words).union(stem(w) for w in words)


def places_apart(ka: ClaimKeys, kb: ClaimKeys) -> str | None:
    """Why an agreement on figures or dates is none: each side names places and none of the other's."""
    pa, pb = places(ka, kb), places(kb, ka)
    if not pa or not pb or pa & pb:
        return None
    return "different places: " + " vs ".join(sorted((min(pa), min(pb))))


def occurrences(ka: ClaimKeys, kb: ClaimKeys) -> str | None:
    """Why differing figures may be of two occurrences: each side numbers its occurrence with an
    ordinal the other lacks ("the first round" vs "the second round"), in one language; not when both
    are dated (an ordinal may be the date's: "the third quarter", «الربع الثالث»; dates decide)."""
    if ka.language != kb.language or ka.dates and kb.dates:
        return None
    index = _ordinals()
    # an ordinal that is itself a figure ("won a third term": 3 terms) counts, it numbers no occurrence
    fa, fb = figure_words(ka), figure_words(kb)
    oa = {index[t] for t in ka.tokens if t in index and t not in fa}
    ob = {index[t] for t in kb.tokens if t in index and t not in fb}
    if not oa or not ob or oa & ob:
        return None
    return "different occurrences: " + " vs ".join(sorted((min(oa), min(ob))))


def scope(ka: ClaimKeys, kb: ClaimKeys) -> str | None:
    """Why two figures may measure different things: different scope words (city vs district), a
    scope word with a name only one side has, or a place only one side names."""
    if ka.scopes and kb.scopes and ka.scopes != kb.scopes:
        return "different scope: " + " vs ".join(sorted(("/".join(sorted(ka.scopes)), "/".join(sorted(kb.scopes)))))
    for x, y in ((ka, kb), (kb, ka)):
        extra = {n for n in x.proper - y.allnames if not any(m.startswith(n) for m in y.allnames)}  # Man: Manchester
        if x.scopes - y.scopes and extra:
            return f"different scope: only one is about {'/'.join(sorted(x.scopes))} '{min(extra)}'"
    pa, pb = places(ka, kb), places(kb, ka)
    if bool(pa) != bool(pb) and not spelled_out(ka, kb):
        return f"different scope: only one names {min(pa or pb)}"
    return None


def places(k: ClaimKeys, other: ClaimKeys) -> set[str]:
    """The places ``k`` names, without those only its subject's name gives ("Gulf" of Gulf Foods:
    ``ClaimKeys.name_places``) unless ``other`` names them too ("A Cairo court" vs «محكمة في القاهرة»)."""
    out = {e for e, c in k.entities.items() if c == "place"}
    return out - (k.name_places - other.ent_ids) if k.name_places else out


def spelled_out(ka: ClaimKeys, kb: ClaimKeys) -> bool:
    """Whether one side writes as an initialism a name the other spells out (PSG, «باريس سان جيرمان»):
    a place in the spelt-out name is one of its words, not a scope."""
    return any(n[0] == INITIALS for n in (ka.proper & kb.allnames) | (kb.proper & ka.allnames))
