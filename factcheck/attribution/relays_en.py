"""English frames that lean on another frame or on the sentence's opening: a prepositional frame relaying
a whole frame ('Critics say X, according to a statement by the party'; 'According to Reuters, the minister
said X'), and a present-tense noun-like verb after a fronted subject ('Czech police report X').

Needs: the sentence tokens, the drafts found and the English lexicon (``prepositions``, ``subject_verbs``,
``subject_verb_stops``). Adds ``relayed`` (drafts merged: outer source, inner speaker cited), ``frame_only``
and ``fronted_subject`` (checks used by ``frames_en``).
"""
from __future__ import annotations

from .cues import Lexicon, Tok
from .draft import DETERMINERS, Draft, next_comma
from .institutions import institution
from .kinds import span_of
from .reporting_en import np_like
from .subjects import finite_verb

_SINGULAR = frozenset({"a", "an", "this", "that", "each", "every", "one", "another"})  # take 'reports', not 'report'


def relayed(text: str, toks: list[Tok], drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """'Critics say X, according to a statement by the party' / 'According to Reuters, the minister said X':
    a prepositional frame whose content holds a whole frame relays it, like «نقلت الوكالة عن المحافظ قوله»:
    the outer source is the source, the inner speaker the source it cites, X the content; trailing data
    ('according to figures seen by Reuters') back the speaker and relay no one."""
    if len(drafts) < 2:
        return drafts
    index = {t.start: k for k, t in enumerate(toks)}
    out: list[Draft] = []
    for d in drafts:
        inner = out[-1] if out else None
        if (inner is not None and d.content_end and inner.cue is not None and d.cue is not None and inner.cited is None
                and inner.source_toks and not inner.content_end and d.content_start <= inner.lead
                and inner.content_start < d.content_end <= d.lead and d.cue.start in index
                and lex["prepositions"].match(toks, index[d.cue.start]) and not _evidence(d.source_toks, lex)):
            inner.cited = span_of(text, inner.source_toks)
            inner.source_toks, inner.source, inner.cue = d.source_toks, d.source, d.cue
            inner.formal, inner.organisation, inner.content_end = d.formal, d.organisation, d.content_end
            continue
        outer = inner  # 'According to Reuters, the minister said X': Reuters relays the minister
        if (outer is not None and not outer.content_end and outer.cited is None and outer.cue is not None
                and d.cue is not None and d.source_toks and d.cited is None and outer.content_start <= d.lead
                and outer.cue.start in index and lex["prepositions"].match(toks, index[outer.cue.start])):
            d.cited = span_of(text, d.source_toks)
            d.source_toks, d.source, d.cue, d.lead = outer.source_toks, outer.source, outer.cue, outer.lead
            out[-1] = d
            continue
        out.append(d)
    return out


def frame_only(toks: list[Tok], d: Draft, lex: Lexicon) -> bool:
    """The text a trailing frame would report is only a prepositional frame ('According to Reuters, the
    minister said X'): the verb's own clause follows, relayed by that frame."""
    k = next((n for n, t in enumerate(toks) if t.start >= d.content_start), len(toks))
    n = lex["prepositions"].match(toks, k)
    return bool(n) and next_comma(toks, k + n) >= next((m for m, t in enumerate(toks) if t.end >= d.content_end), k)


def fronted_subject(text: str, toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """A word that is a noun as often as a verb ('report', 'estimate') reports when it follows a short
    source-like subject opening the sentence ('Police report', 'Analysts estimate', 'The ministry
    estimates', 'Analysts at Jefferies estimate') and goes on to a clause, not a preposition or a verb ('Police report of ...', 'report was',
    'Jobless claims fell')."""
    if not i or i + 1 >= len(toks) or not text[toks[i].start].islower() or toks[i - 1].f in DETERMINERS:
        return False
    k = 0
    while k < i and toks[k].f in lex["clause_leads"]:
        k += 1
    nxt = toks[i + 1]
    words = toks[k:i]
    if words and words[0].f in _SINGULAR and not toks[i].f.endswith("s"):
        return False  # "A United Nations report published ...": a singular subject never takes 'report'
    subject = np_like(text, words, lex) or _headed(text, words, lex) or bool(institution(lex, words, text))
    return subject and all(t.word for t in words) and (
        nxt.word or nxt.f == ":") and nxt.f not in lex["subject_verb_stops"] and not lex.verb(nxt.f) and not (
        finite_verb(text, toks, i + 1))  # 'Jobless claims fell 5%': the noun's own verb follows


def _headed(text: str, words: list[Tok], lex: Lexicon) -> bool:
    """'Coast guards', 'Health inspectors', 'The local police', 'A new study': at most four words ending in
    a source head (an official or anonymous head, its plural, a plural agent noun, a document or data
    head) after determiners and modifiers that are neither verbs nor joiners."""
    if not 0 < len(words) <= 4:
        return False
    last = words[-1].f
    head = (last in lex["official_heads"] or last in lex["anonymous_heads"] or last in lex["documents"]
            or last in lex["data_heads"] or last.endswith("s") and (last[:-1] in lex["official_heads"] or any(
                last[:-1].endswith(x) for x in lex["group_suffixes"].singles))
            or len(words) > 1 and lex["official_heads"].match(words, len(words) - 2) == 2)
    return head and all(t.f in DETERMINERS or text[t.start].isupper() or not (
        lex.verb(t.f) or t.f in lex["clause_joiners"] or t.f in lex["subject_verb_stops"]) for t in words[:-1])


def _evidence(source: list[Tok], lex: Lexicon) -> bool:
    """'according to figures seen by Reuters': data back the inner speaker's words, they relay no one."""
    return any(t.f in lex["data_heads"] for t in source[:3])
