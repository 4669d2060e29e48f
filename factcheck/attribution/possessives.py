"""A possessor's own channel as the source: 'according to its website', «بحسب تقريره الأخير».

Needs: the source tokens of a frame, the sentence's tokens and earlier frames, and the language lexicon
(``possessive_determiners`` / ``possessive_suffixes`` and ``own_channels`` in ``attribution_frames.json``). Adds
``own_channel`` (the source is a possessive and a channel or document, with at most a few modifiers) and
``possessor`` (who the possessive stands for, resolved as a pronoun speaker is: the nearest earlier source of the
sentence, else the main clause's subject when it names a source, else the last source before the sentence).
"""
from __future__ import annotations

from dataclasses import replace

from ..extract.quantities import find_quantities
from ..models import Attribution
from .cues import Lexicon, Tok
from .kinds import source_type, span_of
from .subjects import main_subject

_MODIFIERS_MAX = 4  # 'its latest World Economic Outlook', «موقعها الإلكتروني الرسمي»


def own_channel(lex: Lexicon, toks: list[Tok]) -> bool:
    """'its website', 'their latest figures', «تقريره الأخير», «موقعها الإلكتروني»."""
    if "own_channels" not in lex.sets or not toks or not all(t.word for t in toks):
        return False
    if len(toks) > _MODIFIERS_MAX + 1:
        return False
    channels = lex["own_channels"]
    if lex.language != "ar":
        return toks[0].f in lex["possessive_determiners"] and len(toks) > 1 and (
            toks[-1].f in channels or any(channels.match(toks, k) == len(toks) - k for k in range(1, len(toks))))
    n = lex["channel_prepositions"].match(toks, 0) if "channel_prepositions" in lex.sets else 0
    if n and n < len(toks):
        toks = toks[n:]  # 'وفق ما أعلنته في بيانها': the channel it spoke through
    return _bare_noun(toks[0].f, lex) in channels and all(t.f.startswith("ال") for t in toks[1:])


def _bare_noun(f: str, lex: Lexicon) -> str:
    """The folded Arabic noun without its possessive suffix (a feminine noun's ت read as ة, folded ه); '' if none."""
    for suffix in sorted(lex["possessive_suffixes"].singles, key=len, reverse=True):
        stem = f.removesuffix(suffix)
        if stem != f and len(stem) >= 3:
            return stem[:-1] + "ه" if stem.endswith("ت") else stem
    return ""


def possessor(text: str, toks: list[Tok], lead: int, earlier: list[Attribution], outer: Attribution | None,
              channel: list[Tok], cue, lex: Lexicon) -> Attribution | None:
    """The attribution of whoever the possessive of ``channel`` (the source whose cue is at ``lead``) stands for, or
    None. English 'its' stands for no person, 'his' / 'her' for a person only."""
    fits = _agreeing(lex, channel[0].f)
    named = next((a for a in reversed(earlier) if a.type != "unattributed"), None)
    if named is not None and fits(named):
        return replace(named, cue=cue)
    subject = main_subject(text, toks, lex, lead) or _capitalised_subject(text, toks, lead, lex)
    subject = _measure_owner(text, subject, lex)
    if subject:
        kind_type, kind = source_type(lex, subject, text)
        if kind == "person" and channel[0].f == "its":
            kind_type, kind = "official", "organisation"  # 'Nimbus employed 18,000, according to its annual report'
        found = Attribution(type=kind_type, source=span_of(text, subject), cue=cue, source_kind=kind)
        return found if fits(found) else None
    if outer is not None and outer.type != "unattributed" and fits(outer):
        return replace(outer, cue=cue, carried=True)
    return None


def _measure_owner(text: str, subject: list[Tok], lex: Lexicon) -> list[Tok]:
    """The owner a subject naming a measure links to ('Sales at Kestrel' → Kestrel, 'Revenue of Orbitel Group' →
    Orbitel Group): its report is the owner's; any other subject as it is."""
    if "measure_subjects" not in lex.sets or len(subject) < 3 or subject[0].f not in lex["measure_subjects"]:
        return subject
    k = next((k for k, t in enumerate(subject[:3]) if k and t.f in lex["measure_links"]), None)
    rest = subject[k + 1:] if k is not None else []
    return rest if rest and all(t.word and text[t.start].isupper() for t in rest) else subject


def _agreeing(lex: Lexicon, pronoun: str):
    """Which sources an English possessive may stand for: 'its' no person, 'his' / 'her' a person only."""
    if lex.language == "ar" or pronoun == "their":
        return lambda a: True
    if pronoun == "its":
        return lambda a: a.source_kind != "person"
    return lambda a: a.source_kind == "person"


def _capitalised_subject(text: str, toks: list[Tok], lead: int, lex: Lexicon) -> list[Tok]:
    """'Nimbus employed 18,000 people, according to its annual report': a run of capitalised words opening an English
    sentence right before a lower-case verb of the past (an -ed form) or of saying ('Police said'), the clause's subject."""
    if lex.language == "ar":
        return []
    k = 0
    while k < len(toks) and k < _NAME_MAX and toks[k].word and toks[k].start < lead and text[toks[k].start].isupper():
        k += 1
    if not k or k >= len(toks) or not toks[k].word or not text[toks[k].start].islower():
        return []
    return toks[:k] if toks[k].f.endswith("ed") or lex.verb(toks[k].f) or _counting_verb(text, toks, k) else []


def _counting_verb(text: str, toks: list[Tok], k: int) -> bool:
    """'Kestrel employs about 2,300 people', 'Orbitel operates 40 stores': a present-tense -s word with a figure in
    the two words after it is the subject's verb (a plural noun is seldom followed by a count)."""
    f = toks[k].f
    if len(f) < 4 or not f.endswith("s") or f.endswith("ss") or k + 1 >= len(toks):
        return False
    end = toks[min(k + 3, len(toks)) - 1].end
    return any(q.start < end for q in find_quantities(text, toks[k + 1].start, end, "en"))


_NAME_MAX = 4  # words of a capitalised subject
