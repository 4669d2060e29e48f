"""Folding for matching keys and search: never used for offsets.

Arabic: harakat and Quranic marks removed, tatweel removed, alef/hamza forms folded to ا, ta marbuta
to ه, alef maqsura to ي, ؤ/ئ to و/ي; Arabic-Indic and Persian digits to ASCII (٫ → ., ٬ → ,);
bidi controls and zero-width characters removed. English: case folding.
``key_tokens`` additionally strips Arabic clitics and the article and lightly stems English words.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pyarabic import araby

_DROP = set(araby.TASHKEEL) | {araby.TATWEEL, "\u0670", "\u0653", "\u0654", "\u0655"}
_DROP |= {chr(c) for c in range(0x0610, 0x061B)} | {chr(c) for c in range(0x06D6, 0x06EE)}
# bidi controls, zero-width characters, BOM, soft hyphen
INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d",
             "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u061c", "\ufeff", "\u00ad", "\u2060"}
_FOLD: dict[int, str | None] = {ord(c): None for c in _DROP | INVISIBLE}
_FOLD.update({ord(c): "ا" for c in "أإآٱ"})
_FOLD.update({ord("ة"): "ه", ord("ى"): "ي", ord("ؤ"): "و", ord("ئ"): "ي", ord("ی"): "ي", ord("ک"): "ك"})
_FOLD.update({0x0660 + i: str(i) for i in range(10)})
_FOLD.update({0x06F0 + i: str(i) for i in range(10)})
_FOLD.update({ord("٫"): ".", ord("٬"): ",", ord("،"): ",", ord("؛"): ";", ord("؟"): "?"})

_ARABIC = re.compile(r"[\u0600-\u06FF]")
_ARABIC_RUN = re.compile(r"[\u0600-\u06FF]+")
_LATIN_RUN = re.compile(r"[A-Za-z]+")
_WORD = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+", re.UNICODE)

# Arabic proclitics (conjunction, preposition, article) stripped for keys, longest first
_AR_PREFIXES = ("وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "ولل", "لل", "ال", "و", "ف", "ب", "ل")
_AR_CLITICS = frozenset("وفبلك")  # one-letter proclitics: conjunctions and prepositions
_AR_SUFFIXES = ("هما", "كما", "هم", "هن", "ها", "كم", "نا", "ات", "ون", "ين", "ه")
_EN_SUFFIXES = ("ings", "ing", "edly", "ed", "ies", "es", "s")


def fold(text: str) -> str:
    """Case- and orthography-folded copy of ``text`` (lengths may differ: not for offsets)."""
    return unicodedata.normalize("NFKC", text).translate(_FOLD).casefold()


def arabic_ratio(text: str) -> float:
    """Share of letters that are Arabic script (0 when there are no letters)."""
    ar = sum(map(len, _ARABIC_RUN.findall(text)))
    la = sum(map(len, _LATIN_RUN.findall(text)))
    return ar / (ar + la) if ar + la else 0.0


def detect_language(text: str) -> str:
    """``ar`` when Arabic script dominates the letters, else ``en``."""
    return "ar" if arabic_ratio(text[:5000]) >= 0.3 else "en"


@lru_cache(maxsize=1)
def _protected() -> frozenset[str]:
    """Arabic words known whole, whose first letter is part of the word even when it looks like a
    clitic: lexicons/ar/stem_protected.txt, and every word of the places, peoples, companies and bodies
    of lexicons/ar/match_entities.json and of the scope words of lexicons/ar/match_scope.json (فرنسا،
    فرنسي، فلسطين، بلجيكا، برلين، بلدية), each with and without its article."""
    from ..lexicons import load_json, load_set
    words = set(load_set("ar", "stem_protected"))
    names = [a for e in load_json("ar", "match_entities").get("entities", {}).values() for a in e.get("aliases", ())]
    names += [w for ws in load_json("ar", "match_scope").get("scopes", {}).values() for w in ws]
    for name in names:
        for w in _WORD.findall(fold(name)):
            if _ARABIC.match(w) and len(w) >= 3:
                words.add(w[2:] if w.startswith("ال") and len(w) > 4 else w)
    return frozenset(words)


# endings of a known word's inflections (nisba, feminine, plurals): فرنسيين، فلسطينيون، بولندية
_INFLECTIONS = ("يين", "يون", "يات", "ين", "ون", "ات", "يه", "ه", "ي")


def _known(token: str, protected: frozenset[str]) -> bool:
    """Whether ``token`` is a known Arabic word or one of its inflections (``_protected``)."""
    if token in protected:
        return True
    return any(token.endswith(s) and token[: -len(s)] in protected for s in _INFLECTIONS)


def _own_letter(token: str, prefix: str) -> bool:
    """Whether a one-letter ``prefix`` (ف ب ل) is the word's own first letter by its shape: it stands
    before a weak letter (ي و), and a preposition or «فـ» seldom comes before a noun that starts with
    one, while many words start so (فيضان، فيروس، بيانات، بورصة، ليرة). The conjunction و is left to
    the length rule: it comes before any verb (ويقول)."""
    return len(prefix) == 1 and prefix != "و" and token[1] in "يو"


@lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """Light stem of one folded token: Arabic clitics and article, English plural/verb endings."""
    if not token or token[0].isdigit():
        return token
    if _ARABIC.match(token):
        protected = _protected()
        if token[0] in _AR_CLITICS and not _known(token, protected) and _known(token[1:], protected):
            token = token[1:]  # a one-letter clitic before a known word (بفرنسا، لليبيا)
        elif not _known(token, protected):
            for p in _AR_PREFIXES:
                # a one-letter clitic must leave a word: و/ف at least 3 letters, ب/ل at least 4
                if token.startswith(p) and len(token) - len(p) >= (4 if p in "بل" else 3) and not _own_letter(token, p):
                    token = token[len(p):]
                    break
        known = _known(token, protected)  # a known word loses only an ending that leaves one (سعوديه → سعودي)
        for s in _AR_SUFFIXES:
            if token.endswith(s) and len(token) - len(s) >= 3 and (not known or _known(token[: -len(s)], protected)):
                token = token[: -len(s)]
                break
        return token
    for s in _EN_SUFFIXES:
        if token.endswith(s) and len(token) - len(s) >= 3:
            return token[: -len(s)]
    return token


def tokens(text: str) -> list[str]:
    """Folded word and number tokens."""
    return _WORD.findall(fold(text))


def key_tokens(text: str) -> list[str]:
    """Folded, clitic-stripped, lightly stemmed tokens: the matching and search vocabulary."""
    return [stem(t) for t in tokens(text)]


def key_text(text: str) -> str:
    """``key_tokens`` joined by spaces: what the full-text index stores."""
    return " ".join(key_tokens(text))
