"""Arabic personal names by form: a given name (``lexicons/ar/names_given.json``) and the name-like
words after it (another given name, عبد + a divine name, X الدين, بن/ابن/أبو + a word, an ال-surname
of nisba shape or ال + a given name, بن fused to a given name: بنعلي); a kunya (أبو + a given name: أبو علي)
opens a name as a given name does.

Needs: folded words (``fold``), as the attribution tokens (``Tok.f``) and the claim tokens
(``Tok.norm``) carry them. Adds ``person_length``: how many words from a position form a person's
name (0 when none). Conservative: a name needs a second name-like word, and a given name that is
also a common noun (أمل، نور، حسن) needs a given name or a link after it, not just any ال-word.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from ..lexicons import folded_sets, load_json
from .cues import Lexicon, Tok

_MAX_WORDS = 5
_STRIP = dict.fromkeys([*range(0x64B, 0x660), 0x670, 0x640, 0x200E, 0x200F, *range(0x202A, 0x202F),
                        *range(0x2066, 0x206A)])
_KUNYA = "ابو"  # folded أبو: 'أبو علي حمادة'
_NISBA_MIN = 5  # an ال-word of nisba shape: ال + at least three letters + ي (المصري، العلي is ال + given)


class Names(NamedTuple):
    given: frozenset[str]
    ambiguous: frozenset[str]
    divine: frozenset[str]
    din: frozenset[str]
    links: frozenset[str]
    firsts: frozenset[str]  # words a name can start with (given names, عبد, din first parts)
    function_words: frozenset[str]  # raw particles that fold to a name (على → علي)


@cache
def names() -> Names:
    given, ambiguous, divine, din, links = folded_sets("ar", "names_given", ("given", "ambiguous", "divine", "din",
                                                                             "links"))
    given |= {"عبد" + d for d in divine}  # عبدالله، عبدالرحمن written as one word
    function_words = frozenset(load_json("ar", "names_given").get("function_words", ()))
    return Names(given, ambiguous, divine, din, links, given | din | {"عبد"}, function_words)


def _given(words: Sequence[str], i: int, lex: Names) -> int:
    """Words of one given name at ``i``: عبد + divine name, X الدين, or a listed name (0 when none)."""
    w = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if w == "عبد" and nxt in lex.divine:
        return 2
    if w == _KUNYA and nxt in lex.given:
        return 2  # 'أبو علي': a kunya opens the name
    if w in lex.din and nxt == "الدين":
        return 2
    return 1 if w in lex.given else 0


def _surname(w: str, raw: str, lex: Names) -> bool:
    """An ال-surname: ال + a given name (العلي، الحسن) or a nisba (المنصوري، الشهري; raw ي, not ى)."""
    return w.startswith("ال") and (w[2:] in lex.given or len(w) >= _NISBA_MIN and raw.endswith("ي"))


def _fused(w: str, lex: Names) -> bool:
    """بن fused to a given name (بنعلي، بنيوسف), a Maghrebi family name."""
    return w.startswith("بن") and w[2:] in lex.given


def written(text: str, toks) -> list[str]:
    """The tokens (anything with ``start``/``end``) as written, without harakat, tatweel or controls."""
    return [text[t.start:t.end].translate(_STRIP) for t in toks]


def person_length(words: Sequence[str], i: int, raw: Sequence[str]) -> int:
    """Number of words from ``words[i]`` (folded) forming a person's name (at least two name parts), or
    0; ``raw`` holds the same words as written (``written``), which tells على from علي."""
    lex = names()
    if i >= len(words) or words[i] not in lex.firsts and words[i] != _KUNYA or raw[i] in lex.function_words:
        return 0
    n = _given(words, i, lex)
    if not n:
        return 0
    ambiguous = n == 1 and words[i] in lex.ambiguous
    k, parts, surnamed = i + n, 1, False
    while k < len(words) and k - i < _MAX_WORDS and raw[k] not in lex.function_words:
        w = words[k]
        if w in lex.links and k + 1 < len(words) and words[k + 1][:1].isalpha():
            k, surnamed = k + 2, True
        elif not surnamed and (g := _given(words, k, lex)):
            k += g
        elif _surname(w, raw[k], lex) and not (ambiguous and parts == 1 and w[2:] not in lex.given) or _fused(w, lex):
            k, surnamed = k + 1, True
        else:
            break
        parts += 1
    return k - i if parts >= 2 else 0


def ends_in_name(text: str, toks) -> bool:
    """A personal name of two words or more closes the tokens ``toks`` ('المحامي خالد سليمان', 'الرئيس جو
    بايدن')."""
    k = len(toks)
    words, raw = [t.f for t in toks], written(text, toks)
    return any(person_length(words, m, raw) == k - m for m in range(max(0, k - _MAX_WORDS), k - 1))


def name_ali(text: str, toks, k: int) -> bool:
    """``toks[k]`` is the name علي (written with ي, not the preposition على) after a given name or a
    kunya ('محمد علي'، 'أبو علي')."""
    lex = names()
    raw = text[toks[k].start:toks[k].end].translate(_STRIP)
    return (raw.endswith("علي") and raw not in lex.function_words and k > 0
            and (toks[k - 1].f in lex.given or toks[k - 1].f == _KUNYA))


def state_title(lex: Lexicon, toks: Sequence[Tok]) -> bool:
    """'السفير الأمريكي'، 'الرئيس'، 'رئيس الحكومة'، 'سفيرة الاتحاد الأوروبي لدى مصر': the title of a state office
    (``state_titles``) with no personal name after it, only a nationality or standing (``title_modifiers``: الأمريكي،
    الأممي، المؤقت) after a definite title, the body an indefinite title heads (its genitive and that body's
    adjectives), and a preposition naming where it serves; not a name ('الرئيس السيسي'، 'السفير الأمريكي توم باراك')
    nor a former marker ('الرئيس السابق'), and no apposition after a comma (typed by ``kinds``): the office speaks,
    an official source, as 'the minister' is."""
    words = [t for t in toks if t.word]
    n = lex["state_titles"].match(words, 0) if words else 0
    if not n or any(t.f in ("،", ",") for t in toks):  # 'رئيسة القسم، الدكتورة ليلى حداد': the apposition decides
        return False
    construct = not words[n - 1].f.startswith("ال")  # 'رئيس الحكومة', 'سفير فرنسا': the genitive is the body
    for k, t in enumerate(words[n:]):
        if t.f in lex["former_markers"]:
            return False
        if t.f in lex["not_names"] or _headed_body(t.f, lex):
            return True  # 'السفير الأمريكي لدى لبنان', 'الأمين العام لسلطة المياه': the post, not a name
        if construct and (k == 0 or t.f.startswith("ال") or _indefinite_body(words[n + k - 1].f, lex)
                          or _annexed_title(words[:n + k], lex)):
            continue  # 'رئيس بلدية صيدا': an indefinite body in the chain takes its own genitive, the place
        if not (t.f.startswith("ال") and _modifier(t.f[2:], lex)):
            return False
    return True


def _annexed_title(chain: Sequence[Tok], lex: Lexicon) -> bool:
    """'رئيس وزراء لبنان': the chain read with the article on its last word is an official head (رئيس الوزراء), the
    construct form of that title annexed to the place after it."""
    last = chain[-1]
    if last.f.startswith("ال"):
        return False
    toks = [*chain[:-1], last._replace(f="ال" + last.f)]
    return lex["official_heads"].match(toks, 0) == len(toks)


def _indefinite_body(f: str, lex: Lexicon) -> bool:
    """An official head written without the article, heading a construct (بلدية، مجلس، وزارة)."""
    return not f.startswith("ال") and ("ال" + f in lex["official_heads"] or f in lex["official_heads"])


def _modifier(w: str, lex: Lexicon) -> bool:
    """A nationality or standing after a title, masculine or feminine (أمريكي، أمريكية)."""
    return w in lex["title_modifiers"] or w.endswith("ه") and w[:-1] in lex["title_modifiers"]


def _headed_body(f: str, lex: Lexicon) -> bool:
    """The body a title heads, written with the preposition ل (folded ``f``): ل + the article (للشركة) or ل + an
    official head (لسلطة المياه، لهيئة الطاقة), never a personal name (لطفي، لبيد)."""
    return len(f) > 4 and (f.startswith("لل") or f.startswith("ل") and f[1:] in lex["official_heads"])
