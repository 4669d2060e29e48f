"""Forms that name a place's entity beyond its listed aliases: Arabic inflections of a one-word
alias, the Arabic dual of a name several places share, and a two-word name elided beside another.

Needs: the alias indexes of ``lexicon.entity_index`` (passed in). Adds: ``inflections()``,
``dual_groups()`` and ``elided()``; pure functions over folded, stemmed tokens, no offsets.
"""
from __future__ import annotations

from ..text.normalize import fold, stem

Hit = tuple[str, str]  # (class, entity id)

# plural, dual, feminine and accusative (counted: "12 فلسطينيا") endings of a nisba (مصري)
_AR_NISBA_ENDINGS = ("ون", "ين", "ة", "ات", "تين", "تان", "ا")


def inflections(alias: str) -> set[str]:
    """Stems of the forms of a one-word Arabic alias as text spells them: with the article (الفرنسي →
    فرنسي, where the bare alias stems to رنسي as if its ف were a clitic) and, for a nisba (ending ي),
    its plurals, duals, feminine and accusative (ليبيون, الفلسطينيين, المصريتين, 12 فلسطينيا). The article is read on the alias
    as written (ألماني has none: its ال folds from أل)."""
    bare = alias[2:] if alias.startswith("ال") else alias
    forms = ["ال" + bare]
    if bare.endswith("ي"):
        forms += [pre + bare + end for pre in ("", "ال") for end in _AR_NISBA_ENDINGS]
    return {stem(fold(f)) for f in forms}


_AR_DUAL = ("ت", "تان")  # كوريا → الكوريتين (stemmed: كوريت), الكوريتان: ا turns to ت before the ending


def dual_groups(single: dict[str, Hit], multi: dict[tuple[str, ...], Hit]) -> dict[tuple[str, ...], set[Hit]]:
    """The Arabic dual of a place name that heads the aliases of several places and is no alias of its
    own (كوريا of كوريا الشمالية and كوريا الجنوبية: الكوريتان names both; أمريكا, one place's alias,
    has no such dual: الأمريكتين are the Americas)."""
    heads: dict[str, set[Hit]] = {}
    for toks, hit in multi.items():
        head = toks[0]
        if hit[0] == "place" and head.endswith("ا") and len(head) > 3 and head not in single:
            heads.setdefault(head, set()).add(hit)
    out: dict[tuple[str, ...], set[Hit]] = {}
    for head, hits in heads.items():
        if len(hits) >= 2:
            for ending in _AR_DUAL:
                out.setdefault((head[:-1] + ending,), set()).update(hits)
    return out


def elided(toks: list[str], i: int, multi: dict[tuple[str, ...], Hit], conj: frozenset[str],
           found: dict[str, str]) -> int:
    """Add to ``found`` the entity whose two-word alias is elided beside the one at ``toks[i:i + 2]``:
    a shared head ("كوريا الشمالية والجنوبية", "… الجنوبية أو الشمالية") or a shared last word
    ("North and South Korea"). Returns the index past the tokens it covers."""
    end = i + 2
    j = i + 3 if end < len(toks) and toks[end] in conj else end
    if j < len(toks) and (hit := multi.get((toks[i], toks[j]))):
        found[hit[1]] = hit[0]
        end = j + 1
    if i >= 2 and toks[i - 1] in conj and (hit := multi.get((toks[i - 2], toks[i + 1]))):
        found[hit[1]] = hit[0]
    return end
