"""Name keys of a claim: transliteration skeletons shared by a name's Arabic and Latin spellings.

Needs: folded tokens (``tokens.Tok``) or a subject/source text, the matching lexicons. Adds:
``skeleton()`` (ماسك, Musk → "msk"), ``name_skeletons()`` of a subject or source span (with the
``ENTITY``-marked ids of the entities it names), ``readings()`` (the skeletons of a Latin spelling's
other readings: Juventus, Xiaomi), ``names()`` of name-like words, ``proper()`` of words that are
surely names, and initialism keys (``initialisms()`` of capital acronyms, ``initials()`` of runs of
name words: PSG, «باريس سان جيرمان»). Folded copies only; no offsets out.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..text.normalize import fold, stem
from .lexicon import find_acronyms, find_entities, generic_words, is_qualifier, scope_index, stopwords

ENTITY = "#"  # marks an entity id among name skeletons (skeletons are letters only)
_WORD = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+", re.UNICODE)
_LATIN = re.compile(r"^[a-z]+$")
_CAPS = re.compile(r"\b\w*[A-Z]\w*")

# Arabic letter → Latin consonant class; vowels/weak letters/ayn/hamza vanish (consonant skeleton)
_AR_SKEL = str.maketrans({
    "ب": "b", "ت": "t", "ث": "t", "ط": "t", "ج": "g", "غ": "g", "ق": "k", "ك": "k", "خ": "k",
    "د": "d", "ذ": "d", "ض": "d", "ر": "r", "ز": "s", "س": "s", "ص": "s", "ظ": "s", "ش": "S",
    "ف": "f", "ل": "l", "م": "m", "ن": "n", "ح": "", "ه": "", "ع": "", "ء": "", "ا": "", "و": "",
    "ي": "", "پ": "b", "ڤ": "f", "چ": "S", "گ": "g",
})
_EN_DIGRAPHS = (("sch", "S"), ("pf", "f"), ("sh", "S"), ("ch", "S"), ("kh", "k"), ("gh", "g"), ("th", "t"),
                ("ph", "f"), ("ck", "k"), ("ng", "n"), ("x", "ks"), ("qu", "k"))
_EN_SKEL = str.maketrans({"c": "k", "q": "k", "j": "g", "z": "s", "p": "b", "v": "f",
                          "a": "", "e": "", "i": "", "o": "", "u": "", "y": "", "w": "", "h": ""})
_SOFT_C = re.compile(r"c(?=[eiy])")  # c before e, i, y is said "s" (Cement, Cisco, Mercedes: أسمنت, سيسكو, مرسيدس)
_REPEAT = re.compile(r"(.)\1+")
# a French spelling leaves its final consonants unsaid after a vowel digraph (Peugeot, Renault,
# Bordeaux, Dubois, Calais: بيجو، رينو، بوردو، دوبوا، كاليه): the skeleton of that reading
_SILENT_END = re.compile(r"(?:(?<=eau)[stx]|(?<=eo)t|(?<=ou)x|(?<=au)(?:lt|d|x)|(?<=oi)[sx]|(?<=ai)[stx])$")
# readings of a Latin spelling besides the English one (pattern, what it is said as): j said "y"
# before a vowel (Juventus, Ajax, Benjamin: يوفنتوس، أياكس، بنيامين), w said "v" (Volkswagen, Wagner:
# فولكسفاغن، فاغنر), ll said "y" (Villarreal, Mallorca: فياريال، مايوركا), an initial x before a vowel
# said "sh" (pinyin Xiaomi, Xiamen: شاومي، شيامن), a final French "et" unsaid (Chevrolet: شيفروليه)
_READINGS = ((re.compile(r"j(?=[aeiouy])"), "y"), (re.compile(r"w"), "v"), (re.compile(r"ll"), "y"),
             (re.compile(r"^x(?=[aeiouy])"), "sh"), (re.compile(r"(?<=[^aeiou]e)t$"), ""))


def _collapse(s: str) -> str:
    """``s`` with each run of one letter cut to one ("mmsk" → "msk")."""
    return _REPEAT.sub(_first, s) if _REPEAT.search(s) else s


def _first(m: re.Match) -> str:
    return m.group(1)


@lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """Consonant skeleton shared by a name's Arabic and Latin spellings (ماسك, Musk → "msk")."""
    token = fold(token)
    if _LATIN.match(token):
        token = _collapse(token)  # a doubled letter is one sound (Exxon: إكسون)
        if len(token) > 4 and _SILENT_END.search(token):
            token = _SILENT_END.sub("", token)
        for a, b in _EN_DIGRAPHS:
            if a in token:
                token = token.replace(a, b)
        if "c" in token:
            token = _SOFT_C.sub("s", token)
        out = token.translate(_EN_SKEL)
    else:
        if token.startswith("ال") and len(token) > 4:
            token = token[2:]
        out = token.translate(_AR_SKEL)
        if "ng" in out:  # نغ/نج render the English "ng" (Boeing: بوينغ, Bangladesh: بنغلاديش), read "n"
            out = out.replace("ng", "n")
    return _collapse(out)


@lru_cache(maxsize=65536)
def readings(token: str) -> tuple[str, ...]:
    """Skeletons of the other readings of a Latin spelling (``_READINGS``, one at a time and all
    together): Juventus → ("fnts",), Xiaomi → ("Sm",); none for an Arabic word or a Latin one read
    one way only."""
    token = fold(token)
    if not _LATIN.match(token):
        return ()
    read = [p.sub(said, token) for p, said in _READINGS if p.search(token)]
    if len(read) > 1:
        whole = token
        for p, said in _READINGS:
            whole = p.sub(said, whole)
        read.append(whole)
    own = skeleton(token)
    return tuple(dict.fromkeys(sk for sk in map(skeleton, read) if len(sk) >= 2 and sk != own))


@lru_cache(maxsize=16384)
def name_skeletons(text: str) -> frozenset[str]:
    """Skeletons of the name words of a subject or source span (generic heads, time words,
    qualifiers, stopwords and numbers dropped): "شركة نوفا للاتصالات يوم" → {"nf", "tsl"}, and the
    ``ENTITY``-marked ids of the entities it names ("Yemen" and "اليمن" share a name)."""
    words = _WORD.findall(fold(text))
    out: set[str] = set()
    stops, generic, scopes = stopwords(), generic_words(), scope_index()
    for t in words:
        if t[0].isdigit() or t in stops or t in generic or is_qualifier(t):
            continue
        s = stem(t)
        if s in stops or s in generic or t in scopes or (s in scopes and not _derived(t, s)):
            continue
        for sk in {skeleton(t), skeleton(s), *readings(t)}:  # the stem may have eaten a letter (فيرتكس)
            if len(sk) >= 2:
                out.add(sk)
    if out:  # entity marks add to names found, never make a subject of their own
        out |= {ENTITY + e for e in find_entities([stem(t) for t in words]) | find_acronyms(text)}
    return frozenset(out)


def _derived(word: str, stem_: str) -> bool:
    """Whether the English stemmer cut a verb ending, not a plural, off ``word``: "united" is no
    "unit", though both stem alike (a scope word's plural, "cities", is still the scope word)."""
    return word.isascii() and word[-1] != "s" and word != stem_


def subject_marks(subject: str, caps: frozenset[str] | None) -> frozenset[str]:
    """Skeletons of the words of a subject that tell one name from another sharing a word with it
    (Manchester City / Manchester United, Real / Atletico Madrid), in any language: in English its
    capitalised words (a capitalised scope word too: "City"), in Arabic its words that carry no
    article or preposition (a word like «للصناعات» describes, it is no name). Generic heads,
    stopwords and qualifiers are not marks."""
    words = _WORD.findall(fold(subject))
    stops, generic, scopes = stopwords(), generic_words(), scope_index()
    out: set[str] = set()
    for i, t in enumerate(words):
        if t[0].isdigit() or t in stops or is_qualifier(t):
            continue
        if caps is not None:
            titled_scope = t in scopes and i > 0 and words[i - 1] in caps
            if t not in caps or (t in generic and not titled_scope):
                continue
        elif t in generic or stem(t) in generic or t in scopes or t.startswith(("ال", "لل")) or stem(t)[0] != t[0]:
            continue
        sk = skeleton(t)
        if len(sk) >= 2:
            out.add(sk)
    return frozenset(out)


INITIALS = "^"  # marks an initialism key: the first sounds of a run of name words (PSG)
_ACRONYM = re.compile(r"\b[A-Z]{3,5}\b")
_RUN = (3, 4, 5)  # lengths of the runs of name words an initialism may spell


def _initial(word: str) -> str:
    """The first sound class of a folded word as an initialism spells it (article dropped): Paris,
    باريس → "b"; a vowel, alef or ayn → ""."""
    if word.startswith("ال") and len(word) > 4:
        word = word[2:]
    return word[0].translate(_EN_SKEL if word.isascii() else _AR_SKEL)


def initialisms(text: str) -> frozenset[str]:
    """Initialism keys of the capital acronyms of the original text (PSG → "^bsg"): they meet the
    ``initials`` of the name they abbreviate in either script. Only acronyms of 3 to 5 consonants."""
    out = set()
    for m in _ACRONYM.finditer(text):
        letters = [_initial(c) for c in m.group(0).casefold()]
        if all(letters):  # a vowel letter may stand for a word whose first sound a skeleton drops
            out.add(INITIALS + "".join(letters))
    return frozenset(out)


def initials(toks: list) -> frozenset[str]:
    """Initialism keys of each run of 3 to 5 name words (not stopwords, numbers, qualifiers, nor
    words starting with a vowel):
    "Paris Saint-Germain", «باريس سان جيرمان» → "^bsg"."""
    out: set[str] = set()
    firsts: list[str] = []
    for t in [*toks, None]:
        first = _initial(t.r) if t is not None and not (t.digit or t.stop or t.qual) else ""
        if not first:  # a vowel-initial word ends a run too: an acronym of consonants never spells it
            for n in _RUN:
                out.update(INITIALS + "".join(firsts[i:i + n]) for i in range(len(firsts) - n + 1))
            firsts = []
            continue
        firsts.append(first)
    return frozenset(out)


def capitalised(text: str) -> frozenset[str]:
    """Case-folded words of ``text`` with a capital letter (English names)."""
    return frozenset(m.group(0).casefold() for m in _CAPS.finditer(text))


def names(toks: list, caps: frozenset[str] | None, skip: frozenset[str]) -> frozenset[str]:
    """Skeletons of name-like tokens: Latin words anywhere, capitalised words in English (``caps``;
    None in Arabic), Arabic content words (any may be a transliterated name); a short piece joins its
    neighbour so names spelt letter by letter still match (إكس إيه آي → "ks" like xAI)."""
    out = set()
    prev = ""
    for t in toks:
        r = t.r
        if t.digit or t.stop or r in skip or (caps is not None and t.ascii and r not in caps):
            prev = ""
            continue
        sk = t.sk
        if len(sk) >= 2:
            out.add(sk)
        if t.ascii:
            out.update(readings(r))
        elif r != t.s and len(t.skr) >= 2:  # the stem may have eaten a letter
            out.add(t.skr)
        if prev and (len(prev) <= 2 or len(sk) <= 2) and len(prev) + len(sk) >= 2:
            out.add(_collapse(prev + sk))
        prev = sk
    return frozenset(out)


def proper(toks: list, caps: frozenset[str] | None, skip: frozenset[str]) -> frozenset[str]:
    """Skeletons of tokens that are surely names: Latin words in Arabic text (``caps`` None),
    capitalised ones in English."""
    if caps is not None:
        stops = stopwords()
        picked = [t for t in toks if t.r in caps and t.r not in stops and t.r not in skip]
    else:
        picked = [t for t in toks if t.ascii and not t.digit and t.r not in skip]
    sks = [sk for t in picked for sk in (t.skr, *readings(t.r))]
    return frozenset(sk for sk in sks if len(sk) >= 2)
