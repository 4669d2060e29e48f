"""The subject of a sentence's main clause when it is a known source, for participle cues that follow it.

Needs: the sentence tokens, the language's lexicon and the source gazetteer. Adds ``main_subject``:
in "تجدر الإشارة إلى أن ماسك أسس الشركة، معتبراً أن X" or "Notably, Musk founded the firm, arguing
that X" the participle reports the main clause's subject (ماسك / Musk). Only a gazetteer alias standing
first in the clause (after an own-voice formula, a complementizer or a lead word) counts in every language.
In English, an unknown noun phrase counts too when its end is plain: a definite or indefinite phrase of
words whose head is a source's ('The chief executive resigned on Friday, saying that X', 'The Central Bank of
Norland held rates but said X'; not 'The rain') or a run of two capitalised words or more
('Coach Lena Ortiz quit, saying X'), or a name's possessive before such a phrase ('Uganda's trade ministry welcomed
the figures but said X'), followed at once by a finite verb (an -ed form, an irregular past of
``dates_tense.json``, a past written as its base, 'quit', 'cut', a have-form, or a listed present: 'employs', 'is'); the phrase may be a
chain of short phrases joined by 'of' / 'for' / 'at' ('The head of the national football federation quit on
Sunday, saying X') and hold possessives ('The head of the council's finance committee'); anything else is left
out, as a parser would be needed.
"""
from __future__ import annotations

import re
from functools import cache

from ..lexicons import load_json
from .cues import Lexicon, Tok
from .draft import COMMAS, DETERMINERS, cut_source, source_stop
from .kinds import source_type
from .names_ar import person_length, written
from .phrases_ar import verbal_noun
from .sources import find_alias

_MAX_NAME = 4  # words of a source name
_POSSESSIVE = frozenset({"'", "’"})


def _clause_start(toks: list[Tok], lex: Lexicon) -> int:
    """Index of the first word of the main clause, past an own-voice formula and its complementizer."""
    k = lex["own_voice"].match(toks, 0)
    skip = lex["complementizers"]
    while k < len(toks) and (toks[k].f in COMMAS or toks[k].f in skip or lex["complementizer_preps"].match(toks, k)
                             or "clause_leads" in lex.sets and toks[k].f in lex["clause_leads"]):
        k += 1
    return k


def main_subject(text: str, toks: list[Tok], lex: Lexicon, stop: int) -> list[Tok]:
    """Tokens of a known source opening the main clause before offset ``stop`` (empty when none)."""
    k = _clause_start(toks, lex)
    words: list[Tok] = []
    while k + len(words) < len(toks) and len(words) < _MAX_NAME:
        t = toks[k + len(words)]
        if not t.word or t.start >= stop:
            break
        words.append(t)
    if not words:
        return []
    hit = find_alias(text[words[0].start:words[-1].end])
    if hit is None or hit[0] != 0:
        return _plain_subject(text, toks, k, stop, lex) if lex.language == "en" else _vso_subject(text, toks, k, stop, lex)
    name = [t for t in words if t.end - words[0].start <= hit[1]]
    after = k + len(name)
    if after < len(toks) and toks[after].f in _POSSESSIVE:  # "Musk's company": not Musk; the phrase may be
        return _plain_subject(text, toks, k, stop, lex) if lex.language == "en" else []
    return name


def pronoun_subject(text: str, toks: list[Tok], lex: Lexicon, stop: int) -> list[Tok]:
    """A subject pronoun opening the English main clause right before its past verb ('He denied wrongdoing and said
    Y', 'She resigned, saying Y'): the speaker of a coordinated or participle report, read as 'He said' is."""
    k = _clause_start(toks, lex)
    if lex.language != "en" or k + 1 >= len(toks) or toks[k].f not in lex["pronoun_subjects"] or toks[k].start >= stop:
        return []
    return [toks[k]] if finite_verb(text, toks, k + 1) else []


_PLAIN_MAX = 5  # words of a plain English subject ('The bank's chief executive'), or of each link of a chain
_CHAIN_MAX = 12  # words of a chain of such phrases joined by 'of' / 'for' / 'at' ('The head of the national football federation')
_PERFECT = frozenset({"has", "have", "had"})


@cache
def _pasts() -> frozenset[str]:
    """Irregular English past forms (``past`` of ``dates_tense.json``) and the pasts equal to their base
    (``past_as_base``: 'quit', 'cut'), which right after a subject are its finite verb."""
    tense = load_json("en", "dates_tense")
    return frozenset(w.lower() for w in (*tense["past"], *tense["past_as_base"]))


def finite_verb(text: str, toks: list[Tok], k: int) -> bool:
    """``toks[k]`` is a lower-case finite verb after a subject: a past verb, a have-form before one ('has resigned')
    or on its own ('had 300 staff'), or a listed present (``finite_presents``: 'employs', 'has')."""
    if k >= len(toks) or not toks[k].word or not text[toks[k].start].islower():
        return False
    f = toks[k].f
    if f in _PERFECT:
        return True
    return f.endswith("ed") and len(f) > 3 or f in _pasts() or f in _presents()


@cache
def _presents() -> frozenset[str]:
    """English present forms that are a clause's finite verb right after its subject (``finite_presents``)."""
    return frozenset(w.lower() for w in load_json("en", "dates_tense").get("finite_presents", ()))


def _plain_subject(text: str, toks: list[Tok], k: int, stop: int, lex: Lexicon) -> list[Tok]:
    """Tokens of an English noun phrase opening the clause at ``k`` and ending right before a past verb:
    a determiner and words typed as a source, or two capitalised words or more; empty otherwise."""
    if k >= len(toks) or not toks[k].word:
        return []
    capitalised = toks[k].f not in DETERMINERS
    j, n, total = k + 1, 1, 1  # words of the current link and of the whole phrase
    while j < len(toks) and n <= _PLAIN_MAX and total <= _CHAIN_MAX and toks[j].start < stop and not finite_verb(
            text, toks, j):
        t = toks[j]
        mark = _possessive_mark(toks, j)  # "the council's", "the workers'": no word of its own
        if mark and capitalised:  # "Uganda's trade ministry": the possessor stands where a determiner would
            capitalised = False
        if not (t.word or mark) or capitalised and not text[t.start].isupper() and t.f not in _LINKS and not (
                _title_inside(text, toks, j)):  # 'Arsenal manager Mikel Arteta': a title between two names
            return []  # 'The Central Bank of Norland' after a determiner; 'Lena Ortiz' without one
        if not capitalised and t.f in _CHAIN_LINKS:
            n = 0  # 'The head | of the national football federation': each link is a short phrase
        elif not mark:
            n, total = n + 1, total + 1
        j += 1
    if n > _PLAIN_MAX or total > _CHAIN_MAX or not finite_verb(text, toks, j) or toks[j].start >= stop:
        return []
    if capitalised:  # 'Coach Lena Ortiz': a name of two words at least ('Prices rose' opens with a capital too), or
        return toks[k:j] if j - k >= 2 or _named_inside(text, toks[k]) else []  # one the article names elsewhere
    kind_type, _ = source_type(lex, toks[k:j], text)  # 'The chief executive', not 'The rain'
    return toks[k:j] if kind_type in ("official", "anonymous") else []


@cache
def _titles() -> frozenset[str]:
    """Lower-case English titles written between an organisation's name and a person's ('Arsenal manager X')."""
    return frozenset(w for w in load_json("en", "events_subjects").get("definite_titles", ()) if " " not in w)


def _title_inside(text: str, toks: list[Tok], j: int) -> bool:
    """A lower-case title at ``j`` (and one more title word) after a capitalised word, before a capitalised name."""
    k = j + (j + 1 < len(toks) and toks[j + 1].f in _titles() and toks[j + 1].word)
    before = text[toks[j - 1].start].isupper() or j >= 2 and toks[j - 1].f in _titles() and text[toks[j - 2].start].isupper()
    return (toks[j].f in _titles() and before and k + 1 < len(toks) and text[toks[k + 1].start].isupper()
            and toks[k + 1].word)


def _named_inside(text: str, tok: Tok) -> bool:
    """The capitalised word ``tok`` also stands inside a sentence elsewhere in the article, after a lower-case word or
    another name ('incumbent Lazarus Chakwera'): a name, not a common noun opening its sentence ('Prices')."""
    word = text[tok.start:tok.end]
    body = text.find("\n") + 1  # past the headline, which may capitalise every word
    return any(m.start() != tok.start for m in re.compile(rf"(?<=[a-z,] ){re.escape(word)}\b").finditer(text, body))


_LINKS = frozenset({"of", "for", "at", "'s", "’s", "s", "'", "’"})
_CHAIN_LINKS = frozenset({"of", "for", "at"})


def _possessive_mark(toks: list[Tok], j: int) -> bool:
    """``toks[j]`` is a possessive apostrophe after a word, or the 's' after one ('council's', 'workers'')."""
    t = toks[j]
    if t.f in _POSSESSIVE:
        return j > 0 and toks[j - 1].word and toks[j - 1].end == t.start
    return t.f == "s" and j > 0 and toks[j - 1].f in _POSSESSIVE and toks[j - 1].end == t.start


_DEFINITE = ("ال", "لل")  # the article, alone or after the genitive ل (للكهرباء)
_NISBA = ("ي", "يه", "يون", "يين")  # folded endings of a relational adjective (المركزي، التنفيذية، الأمريكيون)


def _noun_phrase(words: list[Tok]) -> list[Tok]:
    """The Arabic noun phrase ``words`` opens with, without the object a transitive verb puts after it
    ('البنك المركزي | سعر الفائدة', 'الشرطة | الطريق السريع'): an indefinite word takes the next as its genitive
    ('وزير الصحة', 'لشركة نور'), a definite one only a definite relational adjective ('البنك المركزي') or a
    genitive with ل ('الرئيس التنفيذي لشركة نور', 'الشركة الوطنية للكهرباء | محطة الزرقاء')."""
    n = 1 if words else 0
    while n < len(words):
        prev, f = words[n - 1].f, words[n].f
        if not prev.startswith(_DEFINITE) or f.startswith("ال") and f.endswith(_NISBA) or f.startswith("ل") and not f.startswith("ال"):
            n += 1
        else:
            break
    return words[:n]


def _before_object(words: list[Tok], lex: Lexicon) -> list[Tok]:
    """``words`` up to the preposition (من، على، إلى: ``complementizer_preps``) or the بـ-verbal noun (بزيادة،
    بوقف) that opens the verb's object ('دعت نقابة الأطباء | إلى إضراب شامل', 'طالب اتحاد العمال | بزيادة')."""
    for n in range(1, len(words)):
        f = words[n].f
        if lex["complementizer_preps"].match(words, n) or f.startswith("ب") and len(f) >= 4 and verbal_noun(f[1:]):
            return words[:n]
    return words


def _vso_subject(text: str, toks: list[Tok], k: int, stop: int, lex: Lexicon) -> list[Tok]:
    """Tokens of the Arabic subject right after the verb opening the clause at ``k`` ('استقال الرئيس التنفيذي
    لشركة نور يوم الجمعة، قائلاً إن'), up to a comma or a source stop, when it is typed as a source (an official
    or unnamed one by its own head, or a personal name: 'ارتفعت الأسعار، مشيرة إلى أن' and 'ارتفعت أسهم الشركة'
    have none); empty otherwise. The verb is any indefinite word
    that is no reporting verb (a reporting verb has its own frame) and no source stop."""
    if k + 1 >= len(toks) or not toks[k].word or toks[k].f.startswith("ال") or toks[k].f[:1].isdigit():
        return []
    if lex.verb(toks[k].f) or source_stop(toks, k, lex) or toks[k + 1].start >= stop:
        return []
    end = k + 1
    while end < len(toks) and toks[end].start < stop:
        end += 1
    subject = _noun_phrase(_before_object(cut_source(toks[k + 1:end], lex), lex))
    if not subject or not all(t.word for t in subject):
        return []
    kind_type, _ = source_type(lex, subject, text)
    if kind_type in ("official", "anonymous") and source_type(lex, subject[:1], text)[0] == kind_type:
        return subject  # its head is a source's: 'أسهم الشركة' is typed by the company, but shares say nothing
    named = person_length([t.f for t in subject], 0, written(text, subject)) == len(subject)
    return subject if named else []  # 'استقال محمد العلي': a personal name; not 'ارتفعت الأسعار'
