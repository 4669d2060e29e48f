"""Name keys of a claim: transliteration skeletons shared by a name's Arabic and Latin spellings.

Needs: folded tokens (``tokens.Tok``) or a subject/source text, the matching lexicons. Adds:
``skeleton()`` (ماسك, Musk → "msk"), ``name_skeletons()`` of a subject or source span (with the
``ENTITY``-marked ids of the entities it names), ``readings()`` (the skeletons of a Latin spelling's
other readings: Juventus, Xiaomi), ``names()`` of name-like words, ``proper()`` of words that are
surely names, and initialism keys (``initialisms()`` of capital acronyms, ``initials()`` of runs of
name words: PSG, «باريس سان جيرمان»), ``subject_marks()``/``mark_entities()`` (the words of a subject that
tell it from another, and the registry entities they name) and ``own_lam()``/``plain()`` (a hamza-alef
before lam kept from the article: إليوت, Elliott → "lt"). Folded copies only; no offsets out.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..text.normalize import fold, stem
from .lexicon import (
    find_acronyms,
    find_entities,
    generic_words,
    is_qualifier,
    multi_entity_spans,
    scope_index,
    stopwords,
)

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
# zh is said "ch" in pinyin (Zhejiang, Zhang: تشجيانغ، تشانغ; its Russian "j" is a reading below)
_EN_DIGRAPHS = (("sch", "S"), ("pf", "f"), ("sh", "S"), ("zh", "S"), ("ch", "S"), ("kh", "k"), ("gh", "g"),
                ("th", "t"), ("ph", "f"), ("ck", "k"), ("ng", "n"), ("x", "ks"), ("qu", "k"))
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
# said "sh" (pinyin Xiaomi, Xiamen: شاومي، شيامن) as after a pinyin syllable's final n/ng (Jiangxi, Shanxi:
# جيانغشي، شانشي), a final French "et" unsaid (Chevrolet: شيفروليه),
# zh said "j" (Russian Brezhnev, Zhukov: بريجنيف، جوكوف), c before e/i inside a word said "ch"/"sh"
# (Italian Francesco, Ancelotti: فرانشيسكو، أنشيلوتي; Arabic's old names of Spanish places: Barcelona,
# برشلونة; not at its start, where English names keep "s": City, Cisco), ch at a word's end or before a
# consonant said "kh" (German and Greek Munich, Zurich, Albrecht, Christoph: ميونخ، زيورخ، ألبرخت،
# كريستوف), pinyin q before i said "ch" (Qingdao: تشينغداو)
_READINGS = ((re.compile(r"j(?=[aeiouy])"), "y"), (re.compile(r"w"), "v"), (re.compile(r"ll"), "y"),
             (re.compile(r"(?:^|(?<=n|g))x(?=[aeiouy])"), "sh"), (re.compile(r"(?<=[^aeiou]e)t$"), ""),
             (re.compile(r"zh"), "j"), (re.compile(r"(?<=[a-bd-rt-z])c(?=[ei])"), "sh"),
             (re.compile(r"(?<!s)ch(?![aeiouy])"), "kh"), (re.compile(r"q(?=i)"), "ch"))
# a hamza-alef (or madda) before lam starts the word (إليوت Elliott, ألونسو Alonso, آلان Alan): only ال
# without hamza is the article. ``own_lam`` keeps that hamza as ء (which folding leaves and skeletons
# drop) after the word's clitics and article, so the lam is never cut as an article's; ``plain``
# undoes it for every other lookup.
_OWN_LAM = re.compile(r"(?<![^\W\d_])((?:[وف]?[بكل]?ال|[وف]?لل|[وفبكل]{0,2}))[أإآ](?=[\u064B-\u0652]*ل)")
_MARKED = re.compile(r"^((?:[وف]?[بكل]?ال|[وف]?لل|[وفبكل]{0,2}))ء(?=ل)")
_TSH = "tS"  # تش is one sound, the Latin "ch" (Chelsea, Zhejiang, Shenzhen: تشيلسي، تشجيانغ، شنتشن)


def own_lam(text: str) -> str:
    """``text`` with each word's hamza-alef before lam written ء (``_OWN_LAM``): إليوت → ءليوت."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKC", text)  # (a hamza below written apart: ا + U+0655)
    return _OWN_LAM.sub(r"\1ء", text) if "ل" in text else text


def plain(word: str) -> str:
    """A folded word of ``own_lam`` text as ``fold`` spells it: ءليوت → اليوت."""
    return _MARKED.sub(r"\1ا", word) if "ء" in word else word


def _collapse(s: str) -> str:
    """``s`` with each run of one letter cut to one ("mmsk" → "msk")."""
    return _REPEAT.sub(_first, s) if _REPEAT.search(s) else s


def _first(m: re.Match) -> str:
    return m.group(1)


@lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """Consonant skeleton shared by a name's Arabic and Latin spellings (ماسك, Musk → "msk")."""
    token = fold(own_lam(token))
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
        if _TSH in out:
            out = out.replace(_TSH, "S")
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
    marked = _WORD.findall(fold(own_lam(text)))
    words = [plain(m) for m in marked]
    out: set[str] = set()
    stops, generic, scopes = stopwords(), generic_words(), scope_index()
    for m, t in zip(marked, words, strict=True):
        if t[0].isdigit() or t in stops or t in generic or is_qualifier(t):
            continue
        s = stem(t)
        if s in stops or s in generic or t in scopes or (s in scopes and not _derived(t, s)):
            continue
        # the stem may have eaten a letter (فيرتكس); a hamza-alef's lam is no article (``own_lam``)
        for sk in {skeleton(m), skeleton(s if m == t else stem(m)), *readings(t)}:
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
    return frozenset(sk for sk, _ in _mark_words(subject, caps))


def mark_entities(subject: str, caps: frozenset[str] | None) -> frozenset[tuple[str, str]]:
    """(skeleton, entity id) of each ``subject_marks`` word the entity registry names on its own or as
    a word of a multiword alias the subject spells out: a mark another script spells otherwise is
    still met by its entity (Egypt, مصر: "egypt"; Monetary, النقد: "imf")."""
    marks = _mark_words(subject, caps)
    out = {(sk, e) for sk, t in marks for e in find_entities([stem(t)])}
    if marks:  # a word of a multiword alias ("Monetary" of "International Monetary Fund") names it too
        words = [stem(plain(m)) for m in _WORD.findall(fold(own_lam(subject)))]
        for i, j, e in multi_entity_spans(words):
            inside = set(words[i:j])
            out.update((sk, e) for sk, t in marks if stem(t) in inside)
    return frozenset(out)


@lru_cache(maxsize=16384)
def _mark_words(subject: str, caps: frozenset[str] | None) -> tuple[tuple[str, str], ...]:
    """(skeleton, folded word) of the ``subject_marks`` words of ``subject``."""
    marked = _WORD.findall(fold(own_lam(subject)))
    words = [plain(m) for m in marked]
    stops, generic, scopes = stopwords(), generic_words(), scope_index()
    out: list[tuple[str, str]] = []
    for i, (m, t) in enumerate(zip(marked, words, strict=True)):
        if t[0].isdigit() or t in stops or is_qualifier(t):
            continue
        if caps is not None:
            titled_scope = t in scopes and i > 0 and words[i - 1] in caps
            if t not in caps or (t in generic and not titled_scope):
                continue
        elif t in generic or stem(t) in generic or t in scopes or m.startswith(("ال", "لل")) or stem(m)[0] != m[0]:
            continue
        sk = skeleton(m)
        if len(sk) >= 2:
            out.append((sk, t))
    return tuple(out)


INITIALS = "^"  # marks an initialism key: the first sounds of a run of name words (PSG)
_ACRONYM = re.compile(r"\b[A-Z]{3,5}\b")
_RUN = (3, 4, 5)  # lengths of the runs of name words an initialism may spell


def _initial(word: str) -> str:
    """The first sound class of a folded word as an initialism spells it (article dropped): Paris,
    باريس → "b"; a vowel, alef, ayn or a hamza-alef before lam (``own_lam``: ألكسندر) → ""."""
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
        first = _initial(t.m) if t is not None and not (t.digit or t.stop or t.qual) else ""
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
