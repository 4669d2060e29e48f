"""What two claims say alike or apart besides their figures: a shared predicate (a word other than a
name or a figure's, or an antonym scale), whether a negation meets the word it negates, a shared day
that is all they agree on, and figures one side gives that the other cannot be compared with.

Needs: two ``ClaimKeys``. Adds: ``same_predicate``, ``negation_met``, ``day_only`` (a reason or None),
``apart_figures`` and ``one_sided_figures``; ``relate`` reads them as ``P.*``. Folded copies only.
"""
from __future__ import annotations

from . import features as F
from .keys import ClaimKeys
from .lexicon import polar_lookup, scale
from .names import skeleton


def same_predicate(ka: ClaimKeys, kb: ClaimKeys, scales: bool = True) -> bool:
    """Whether the claims share what they say of their subject: a word other than a name or a figure's
    in any of its forms, or (``scales``) an antonym scale ("won"/"did not win"). Arabic names are not
    told from words (no capitals), so claims of one Arabic name always share one."""
    if ka.language != kb.language or scales and ka.scales and kb.scales and ka.scales.keys() & kb.scales.keys():
        return True
    return bool(F.roots(_said(ka)) & F.roots(_said(kb)))


def negation_met(ka: ClaimKeys, kb: ClaimKeys) -> bool:
    """Whether the other claim says what the negated one negates: a word it negates ("did not win",
    ``ClaimKeys.negated_words``) in any form on the other side or on an antonym scale the other holds
    ("did not rise" vs "fell"); lacking those words (a contracted "won't"), ``same_predicate``."""
    neg, other = (ka, kb) if ka.negations else (kb, ka)
    if not neg.negated_words or neg.language != other.language:
        return same_predicate(ka, kb)
    if F.roots(neg.negated_words) & F.roots(other.content):
        return True
    scales = {scale(g) for w in neg.negated_words for g, _ in polar_lookup(w)}
    return bool(scales & other.scales.keys())


def _said(k: ClaimKeys) -> frozenset[str]:
    """Content words of a claim that are not (part of) a name it gives (``ClaimKeys.proper`` skeletons)
    nor a word of its figures ("billion", «مليار»: ``features.figure_words``)."""
    words = k.content - F.figure_words(k) if k.quantities else k.content
    return frozenset(w for w in words if not _of_name(skeleton(w), k.proper)) if k.proper else words


def _of_name(sk: str, proper: frozenset[str]) -> bool:
    """Whether a word's skeleton is a name's, or that name's without a last letter: the stem of a
    plural in a name ("food" of "Gulf Foods")."""
    return sk in proper or len(sk) >= 2 and any(len(p) == len(sk) + 1 and p.startswith(sk) for p in proper)


def day_only(ka: ClaimKeys, kb: ClaimKeys, agree: list) -> str | None:
    """Why a shared date is no agreement: in one language, for claims that give no figures, when it is
    all they agree on and each says something the other does not, in any form nor on a shared antonym
    pole ("signed the budget into law on Friday" vs "vetoed the budget on Friday"; "the strike was
    called off" vs "went ahead" on Thursday)."""
    if ka.language != kb.language or ka.quantities or kb.quantities or any(s.kind != "date" for s in agree):
        return None
    ra, rb = F.roots(ka.content), F.roots(kb.content)
    # a word on an antonym pole the other side also holds says the same (rose / climbed, ارتفعت / صعدت)
    pa = {(sc, sign) for sc, poles in ka.scales.items() for sign, _ in poles}
    pb = {(sc, sign) for sc, poles in kb.scales.items() for sign, _ in poles}
    alike = {w for sc, poles in ka.scales.items() for sign, w in poles if (sc, sign) in pb} \
        | {w for sc, poles in kb.scales.items() for sign, w in poles if (sc, sign) in pa}
    wa = sorted(w for w in ka.content if F.root(w) not in rb and not _holds(w, alike))
    wb = sorted(w for w in kb.content if F.root(w) not in ra and not _holds(w, alike))
    if not wa or not wb:
        return None
    x, y = sorted(("/".join(wa[:3]), "/".join(wb[:3])))
    return f"only the day is told alike: '{x}' vs '{y}'"


def _holds(stem_: str, words: set[str]) -> bool:
    """Whether a content stem is one of ``words`` (poles are kept as written, stems cut their ends)."""
    return any(w.startswith(stem_) or stem_.startswith(w) for w in words)


def apart_figures(ka: ClaimKeys, kb: ClaimKeys) -> bool:
    """One side states only a date and the other only amounts (quantities), or the reverse: nothing of
    one is comparable with anything of the other ("beat United 2-0 on Sunday" vs "signed a striker
    for 50 million pounds")."""
    return (bool(ka.dates) != bool(kb.dates) and bool(ka.quantities) != bool(kb.quantities)
            and bool(ka.dates) != bool(ka.quantities))


def one_sided_figures(ka: ClaimKeys, kb: ClaimKeys) -> bool:
    """One side states quantities or dates and the other none: a headline or a vaguer mention."""
    fa, fb = bool(ka.quantities or ka.dates), bool(kb.quantities or kb.dates)
    return fa != fb
