"""The role in apposition after a named person types the source: 'Maria Lopez, a spokeswoman for the
commission' / «محمد حسن، مدير المستشفى» speak for their body (official); 'Jane Doe, an economist at the
bank', 'a professor at Cairo University', «أستاذ الاقتصاد في الجامعة», and anyone 'former' (a former
minister no longer speaks for the state) are named people.

Needs: the source phrase tokens and the language's lexicon (``voice_titles``, ``former_markers``,
``official_heads``, ``role_links``). Adds ``apposed_role``: the type the role decides, or None when the
phrase is not 'personal name, role' or the role names an organisation ('Acme, the German drugmaker').
"""
from __future__ import annotations

from .cues import Lexicon, Tok
from .names_ar import person_length, written
from .sources import find_alias

_COMMAS = frozenset({",", "،"})
_NAME_MAX = 5
_EN_DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their"})


def apposed_role(lex: Lexicon, toks: list[Tok], text: str) -> str | None:
    """'official' or 'named' when ``toks`` is a personal name, a comma and a role; else None."""
    k = next((i for i, t in enumerate(toks) if t.f in _COMMAS), 0)
    if not 0 < k < len(toks) - 1 or not _personal(lex, toks[:k], text):
        return None
    m = next((i for i in range(k + 1, len(toks)) if toks[i].f in _COMMAS), len(toks))
    role = [t for t in toks[k + 1:m] if t.word]
    if not role or role[0].f[:1].isdigit() or role[0].f in lex["role_links"]:
        return None  # 'Maria Lopez, 52' / 'Laura Chen, who has overseen the project': no role
    if any(lex["former_markers"].match(role, i) for i in range(len(role))):
        return "named"  # 'a former minister' / «الوزير السابق»: no longer the body's voice
    chunk = _role_chunk(lex, role)
    if not chunk:
        return None
    if any(lex["voice_titles"].match(chunk, i) == len(chunk) - i for i in range(len(chunk))) or (
            lex.language == "ar" and lex["voice_titles"].match(chunk, 0)):
        return "official"
    head = chunk[0] if lex.language == "ar" else chunk[-1]
    if head.f in lex["official_heads"] or head.f in lex["anonymous_heads"] and lex.language == "ar":
        return None  # 'Acme, the drugmaker': an organisation; «فلان، أحد سكان الحي» is typed as before
    return "named"


def _role_chunk(lex: Lexicon, role: list[Tok]) -> list[Tok]:
    """The role's title words: English, after a determiner or a possessive ("the company's") up to a link
    word ('a spokeswoman | for the commission'); Arabic, from the head up to a preposition."""
    out: list[Tok] = []
    for t in role:
        if t.f in lex["role_links"]:
            if out:
                break
            continue
        if lex.language == "en" and (t.f in _EN_DETERMINERS and not out or t.f == "s"):
            continue
        out.append(t)
    return out


def _personal(lex: Lexicon, name: list[Tok], text: str) -> bool:
    """A personal name: Arabic by form (``names_ar``, after an honorific); English, one to five capitalised
    words (a title abbreviation and its dot allowed) that no gazetteer knows as an organisation."""
    words = [t for t in name if t.word]
    honorific = lex["honorifics"].match(words, 0) if lex.language == "ar" and words else 0
    if not words or len(words) - honorific > _NAME_MAX:  # 'الشيخ أحمد بن سعيد آل مكتوم': the honorific aside
        return False
    if lex.language == "ar":
        n = honorific
        rest = words[n:] if len(words) - n >= 2 else words
        if person_length([t.f for t in rest], 0, written(text, rest)) == len(rest):
            return True
        return 2 <= len(rest) <= 4 and len(rest) == len(name) - n and not rest[0].f.startswith("ال") and not any(
            t.f in lex["official_heads"] or t.f in lex["anonymous_heads"] or t.f in lex["not_names"] or lex.verb(t.f)
            for t in rest)  # 'منى الكبيسي': a given name that is also a noun, then a surname
    if any(not t.word and t.f not in (".", "-") for t in name):
        return False
    if not all(text[t.start].isupper() or t.f in lex["name_particles"] for t in words) or any(
            t.f in lex["anonymous_heads"] or t.f in lex["official_heads"] for t in words):
        return False  # 'Officials, ...' / 'Acme Bank, ...': no personal name
    hit = find_alias(text[name[0].start:name[-1].end])
    return hit is None or hit[3] == "person"
