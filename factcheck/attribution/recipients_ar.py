"""Arabic recipients of a reporting verb: the outlet or audience spoken to (لرويترز، لوكالة X، لـ«الشرق»،
للصحفيين) and the object of a verb of telling (أبلغ الوزير البرلمان أن / أخبرت الشركة موظفيها أن / أخبرت
الوزيرة «الشرق الأوسط» أن). They belong to the reporting frame: the source ends before them.

Needs: tokens of the words between a verb and its complement and the Arabic lexicon (``audiences``,
``recipient_verbs``). Adds ``is_recipient``, ``before_recipient`` and ``before_object``. The object of a
verb of telling follows its subject (VSO): it starts at a listed audience (البرلمان، الصحفيين), a word
with a possessive ending (موظفيها) or a quoted name, when the word before it ends a noun phrase: a
definite word, a personal name, a closing quote, or a nominative sound plural or dual (مسؤولون، مصدران), which cannot
head a construct. After an indefinite construct head the word is its genitive (رئيس البرلمان), not the
recipient.
"""
from __future__ import annotations

from .cues import QUOTES_CLOSE, QUOTES_OPEN, Lexicon, Tok
from .names_ar import ends_in_name
from .sources import find_alias, resolve

_POSSESSIVE = ("ها", "هم", "ه", "هما")  # folded possessive endings of a plural object (موظفيها، عماله)
_POSSESSIVE_MIN = 5  # letters of a noun with a possessive ending (موظفيه)
_PHRASE_ENDS = ("ون", "ان")  # nominative sound plural / dual: never the head of a construct


def tells(f: str, lex: Lexicon) -> bool:
    """The folded verb ``f`` takes a recipient as its object (أبلغ، أخبر)."""
    return f in lex["recipient_verbs"]


def _audience(f: str, lex: Lexicon) -> bool:
    """``f`` is a listed audience, or ل + one (للصحفيين, لمجلس: ل + ال fused or not)."""
    audiences = lex["audiences"]
    if f in audiences:
        return True
    return f.startswith("ل") and len(f) > 3 and (f[1:] in audiences or f.startswith("لل") and "ا" + f[1:] in audiences)


def is_recipient(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """لـ"X" / لرويترز / لوكالة X / للصحفيين: the outlet or audience spoken to."""
    f = toks[k].f
    if f == "ل":
        return True
    if not f.startswith("ل") or len(f) <= 3:
        return False
    return ((resolve(f[1:]) or (None, ""))[1] == "media" or _audience(f, lex) and f not in lex["audiences"]
            or _outlet_name(toks, k))


_OUTLET_WORDS = 3  # words of an outlet's name after ل: لفرانس برس، لفرانس 24، لسكاي نيوز عربية


def _outlet_name(toks: list[Tok], k: int) -> bool:
    """ل + the first word of a known outlet's name of more than one word (لفرانس برس، لسكاي نيوز): the name
    opens at the word after ل."""
    words = [toks[k].f[1:]]
    for t in toks[k + 1:k + _OUTLET_WORDS]:
        if not t.word:
            break
        words.append(t.f)
    if len(words) < 2:
        return False
    hit = find_alias(" ".join(words))
    return hit is not None and hit[0] == 0 and hit[3] == "media" and hit[1] > len(words[0])


_NEWS_AGENCY = ("الانباء", "انباء", "للانباء", "الصحافه")  # the word after وكالة that makes it a news agency


def outlet_noun_told(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """ل + an outlet noun of ``source_stops`` after the source (قال مسؤول لوكالة الأنباء الكورية، لصحيفة الصباح،
    لإذاعة مونت كارلو): the outlet spoken to, known to the gazetteer or not. وكالة only as a news agency (وكالة
    الأنباء); not after a title or an affiliation whose office it names (``genitive_outlet``)."""
    f = toks[k].f
    if not _outlet_noun(f, lex) or k + 1 >= len(toks) or not toks[k + 1].word or genitive_outlet(toks, k, lex):
        return False
    return f[1:] not in ("وكاله", "وكالات") or toks[k + 1].f in _NEWS_AGENCY


def genitive_outlet(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """ل + an outlet noun right after a title or newsroom role (``outlet_genitive_heads``: المدير العام لوكالة الطاقة،
    مراسل لصحيفة) or an affiliation (مسؤول تابع لوكالة): the office's genitive, part of the source."""
    if not k or not _outlet_noun(toks[k].f, lex):
        return False
    prev = toks[k - 1].f
    return prev in lex["outlet_genitive_heads"] or prev in lex["affiliations"]


def _outlet_noun(f: str, lex: Lexicon) -> bool:
    return f.startswith("ل") and f in lex["source_stops"].singles and f[1:] in lex["outlet_nouns"]


def before_recipient(toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """Cut 'لرويترز' / 'لوكالة ...' / 'للصحفيين': the outlet or audience the source spoke to is not the source.
    One right after the verb ('وأضاف لرويترز أن'، 'وقال لـ«الغد» مسؤول في الوزارة إن') is skipped: the subject
    after it, if any, is the source."""
    if toks and is_recipient(toks, 0, lex):
        return before_recipient(toks[_recipient_end(toks):], lex)
    for k in range(1, len(toks)):
        if is_recipient(toks, k, lex) or outlet_noun_told(toks, k, lex):
            return toks[:k]
    if _outlet_told(toks, lex):
        return toks[:-1]
    return toks


def _recipient_end(toks: list[Tok]) -> int:
    """Tokens of the recipient opening ``toks``: لرويترز (one), لـ + a name, or لـ + a quoted name («الغد»)."""
    if toks[0].f != "ل" or len(toks) < 2:
        return 1
    if toks[1].f in QUOTES_OPEN:
        return next((k + 1 for k in range(2, len(toks)) if toks[k].f in QUOTES_CLOSE), len(toks))
    return 2


def _outlet_told(toks: list[Tok], lex: Lexicon) -> bool:
    """'أفادت مصادر مطلعة لهسبريس بأن': a ل + bare name (no article, no possessive ending) closing an unnamed
    source is the outlet spoken to, unless an affiliation precedes it (مصادر مقربة لحماس)."""
    if len(toks) < 3 or not toks[-1].word or not toks[-2].word:
        return False
    f = toks[-1].f
    if not f.startswith("ل") or f.startswith("لل") or len(f) < 5 or _possessed(f[1:]) or toks[-2].f in lex["affiliations"]:
        return False
    head = toks[0].f[1:] if toks[0].f[:1] in ("و", "ف") and toks[0].f[1:] in lex["anonymous_heads"] else toks[0].f
    return head in lex["anonymous_heads"]


def _possessed(f: str) -> bool:
    return len(f) >= _POSSESSIVE_MIN and not f.startswith("ال") and f.endswith(_POSSESSIVE)


def _ends_phrase(t: Tok) -> bool:
    """A noun phrase may end after ``t``: a definite word (with the article or a possessive ending), a
    closing quote, or a nominative sound plural or dual."""
    return t.f.startswith("ال") or t.f in QUOTES_CLOSE or t.f.endswith(_PHRASE_ENDS) or _possessed(t.f)


def _object_start(t: Tok, lex: Lexicon) -> bool:
    return t.f in QUOTES_OPEN or t.f in lex["audiences"] or _possessed(t.f)


def _known_object(text: str, region: list[Tok], k: int) -> bool:
    """A known outlet (any time: 'أبلغ مصدر رويترز أن') or body after a complete noun phrase ('أبلغت الحكومة
    الأمم المتحدة أن') starts at ``region[k]``; never a person (a name in apposition to the subject)."""
    hit = find_alias(text[region[k].start:region[-1].end])
    return hit is not None and hit[0] == 0 and (hit[3] == "media" or hit[3] != "person" and _ends_phrase(region[k - 1]))


def _name_ends(text: str, region: list[Tok], k: int) -> bool:
    """A personal name ends right before ``region[k]`` ('أبلغ الرئيس جو بايدن الصحفيين')."""
    return ends_in_name(text, region[:k])


def before_object(text: str, region: list[Tok], lex: Lexicon) -> list[Tok]:
    """The subject of a verb of telling without its object: 'الوزير البرلمان' → 'الوزير'; a quoted name
    after two words or more is the outlet told ('مصدر مطلع «الشرق»'), after one it may be a genitive."""
    for k in range(1, len(region)):
        if _object_start(region[k], lex) and (_ends_phrase(region[k - 1]) or k > 1 and region[k].f in QUOTES_OPEN
                                              or _name_ends(text, region, k)):
            return region[:k]
        if region[k].word and _known_object(text, region, k):
            return region[:k]
    return region


def object_only(region: list[Tok], lex: Lexicon) -> bool:
    """The words between a verb of telling and its complement are only its object ('الوزير أبلغ البرلمان أن')."""
    return bool(region) and _object_start(region[0], lex) and len([t for t in region if t.word]) <= 3
