"""Generic groups of people by form: a source whose head names unidentified people by their occupation or
role (managers, investigators, a bank manager; مديرون، محامون، مصدران) is anonymous, like the listed
anonymous heads (officials, sources, مصادر), wherever the head is missing from the list.

Needs: the source phrase's head token, the phrase tokens, the text and the language's lexicon
(``group_suffixes``: English agent endings; ``anonymous_heads`` / ``official_heads`` / ``documents``).
Adds ``generic_group``. English: a plural (or a singular after 'a'/'an'/'one') ending in an agent suffix
(-ers, -ors, -ists, -ians, -ants, -ents, -ives), or a singular after 'a'/'an'/'one' whose plural is a listed
anonymous head ('a senior nurse', 'an aide', 'a medic'), with no capitalised word up to it but a sentence-initial
one: the head itself, a quantifier, or a plain modifier of a lower-case head ('Health inspectors', 'Food safety
inspectors': capitalised only as the sentence's first word) ('Toyota and its suppliers' is Toyota's voice,
'Pacific Traders' a firm; 'Researchers at Oxford University' are unnamed), no known source named in the phrase, and no definite determiner opening it
('the founders' refers back to people named before). Arabic: the dual of a listed anonymous head
(مصدران، مسؤولَين) or an indefinite sound masculine plural of a participle (م...ون / م...ين: محامون،
مسعفون; محامو X heading a construct; after a quantifier with the article: أحد المحامين), the
morphological class the listed heads come from. A listed head is an unnamed group with the article too ('the
lawyers', المحامون: ``lexicon_classes.stem_in``); only a form-derived one refers back with it. A word whose singular
is an official head (prosecutors, governors, متحدثون) is never a generic group: the official types win.
"""
from __future__ import annotations

from .cues import Lexicon, Tok

_EN_INDEFINITE = frozenset({"a", "an", "one", "another"})
_OPENERS = frozenset(" \t\u00a0\"“‘'(")
_SENTENCE_ENDS = frozenset(".!?\n:")
_EN_DEFINITE = frozenset({"the", "his", "her", "their", "its", "our", "my", "this", "these", "those"})
_AR_DUAL = ("ان", "ين")
_AR_PLURAL = ("ون", "ين")
_AR_CONSTRUCT = ("و",)  # the sound plural heading a construct drops its ن (محامو الدفاع)
_AR_PLURAL_MIN = 6  # letters of م + a three-letter root + ون (مديرون); مليون has five


def generic_group(lex: Lexicon, toks: list[Tok], head: Tok, text: str) -> bool:
    """The phrase ``toks`` with head ``head`` names an unidentified group of people (or one of them)."""
    if lex.language == "ar":
        return _ar_group(lex, toks, head)
    return _en_group(lex, toks, head, text)


def _singular_official(lex: Lexicon, f: str, endings: tuple[str, ...]) -> bool:
    return any(f.endswith(s) and f[:-len(s)] in lex["official_heads"] for s in endings) or f in lex["official_heads"]


def _en_group(lex: Lexicon, toks: list[Tok], head: Tok, text: str) -> bool:
    f = head.f
    plural = f.endswith("s")
    stem = f[:-1] if plural else f
    listed = not plural and _listed_plural(lex, f)
    if not listed and (len(stem) < 5 or not any(stem.endswith(s) for s in lex["group_suffixes"].singles)):
        return False
    if _singular_official(lex, f, ("s",)) or f in lex["documents"] or f in lex["reports"]:
        return False
    words = [t for t in toks if t.word]
    if not plural and (not words or words[0].f not in _EN_INDEFINITE):
        return False  # 'a bank manager', not 'the manager' (a person the story has named)
    if words and words[0].f in _EN_DEFINITE and not any(t.f == "s" for t in toks[:toks.index(head)]):
        return False  # 'the founders' refers back; "the firm's managers" is a group of the firm
    opener = words[0] if words and (words[0] is head or lex["quantifiers"].match(words, 0) or _initial_modifier(
        lex, words, head, text)) else None
    return not any(t is not opener and t.start <= head.start and text[t.start].isupper() for t in words)


def _listed_plural(lex: Lexicon, f: str) -> bool:
    """'nurse', 'aide', 'medic', 'witness', 'family': a singular whose regular plural (-s, -es, -y → -ies) is a
    listed anonymous head; after 'a'/'an' it names one of that unnamed group."""
    forms = (f + "s", f + "es", f[:-1] + "ies" if f.endswith("y") else "")
    return any(p in lex["anonymous_heads"] for p in forms if p)


def _initial_modifier(lex: Lexicon, words: list[Tok], head: Tok, text: str) -> bool:
    """'Health inspectors', 'Food safety inspectors': the first word is capitalised only as the sentence's first
    word, a plain modifier of a lower-case head with only lower-case modifiers between ('Toyota and its suppliers'
    joins a name; 'Pacific Traders' is a name)."""
    k = words.index(head) if head in words else 0
    if k < 1 or not text[head.start].islower() or not _sentence_start(text, words[0].start):
        return False
    return all(text[t.start].islower() and t.f not in lex["coordinators"] and t.f not in _EN_DEFINITE
               for t in words[1:k])


def _sentence_start(text: str, start: int) -> bool:
    """Nothing but spaces, an opening quote or bracket stand between ``start`` and the sentence's start."""
    k = start
    while k > 0 and text[k - 1] in _OPENERS:
        k -= 1
    return k == 0 or text[k - 1] in _SENTENCE_ENDS


def _ar_group(lex: Lexicon, toks: list[Tok], head: Tok) -> bool:
    f = head.f[1:] if head.f[:1] in "وف" and len(head.f) > 5 else head.f
    if f.startswith("ال"):
        if head is next((t for t in toks if t.word), None):
            return False  # 'المؤسسون': the founders the story has named; 'أحد المؤسسين' is one of them
        f = f[2:]
    if any(f.endswith(s) and f[:-2] in lex["anonymous_heads"] for s in _AR_DUAL) and len(f) >= 5:
        return True  # مصدران، مسؤولين: two of a listed head
    if f.endswith(_AR_CONSTRUCT) and len(f) >= _AR_PLURAL_MIN - 1 and f.startswith("م"):
        return not _singular_official(lex, f, _AR_CONSTRUCT)  # 'محامو الدفاع': the plural heads a construct
    return (len(f) >= _AR_PLURAL_MIN and f.startswith("م") and f.endswith(_AR_PLURAL)
            and not _singular_official(lex, f, _AR_PLURAL))
