"""Arabic titles with their office as a claim's subject (استقال وزير المالية، زار وزير الخارجية المصري الرياض).

Needs: a claim's tokens (``tokens.Tok``), their ``clauses.marks`` and the event trigger's index. Adds, for
``events.detect_event``, the span of a title in construct with its office, or of a group of people in construct,
standing where the agent stands (``office_title``); it names one person as a name does.
"""
from __future__ import annotations

from .cue_names import definite, gap
from .event_subjects import _PREPOSITIONS, _arabic, _words, verb_at
from .tokens import Tok


def office_title(text: str, toks: list[Tok], mk, trigger: int, sub) -> tuple[int, int] | None:
    """Span of an Arabic title in construct with its office and no personal name after it (وزير المالية، رئيس
    الوزراء، محافظ البنك المركزي، رئيس مجلس الوزراء), or of a group of people in construct (``group_heads``: عمال
    السكك الحديدية), standing where the agent stands: right after the event verb
    (VS) or the verb opening the claim (أعلن وزير الصحة تسجيل), or opening the clause before a verb (SV); the office
    is the title's definite genitive, after at most two indefinite nouns of the construct (رئيس مجلس إدارة الشركة),
    with its nisba adjectives. It names one person as a name does. None otherwise:
    as an object after the agent (أقال الرئيس وزير المالية), before a name (وزير المالية محمد معيط: the name is
    the subject) or before a prepositional phrase (وزيرا للمالية)."""
    o = 1 if len(toks) > 1 and toks[0].norm in sub.pronoun_leads else 0
    i = trigger + 1 if 0 <= trigger <= o else o + 1 if o + 1 < len(toks) and (
        verb_at(toks, mk, o) or _before_title(toks, mk, o)) else o
    if i >= len(toks) or definite(toks[i]) or not ("cue:person" in mk[i] or toks[i].norm in _words("ar", "group_heads")):
        return None  # a title (وزير المالية) or a group of people (عمال السكك الحديدية) in construct
    j = i + 1
    while "cue:person" in mk[i] and j < min(len(toks), i + 3) and not gap(text, toks, j) and _construct_noun(toks[j], mk[j]):
        j += 1  # رئيس مجلس الوزراء، رئيس مجلس إدارة الشركة; a group's named employer is the subject: عمال شركة X
    if j >= len(toks) or gap(text, toks, j) or not _bare_definite(toks[j]):
        return None
    k = j + 1
    while k < min(len(toks), j + 3) and not gap(text, toks, k) and _bare_definite(toks[k]) and (
            _nisba_form(text, toks[k]) or toks[k].norm in sub.name_adjectives):
        k += 1
    if k < len(toks) and not gap(text, toks, k) and _name_after(text, toks, mk, k):
        return None  # a personal name follows the office: it is the subject
    if i == o and not (k < len(toks) and verb_at(toks, mk, k)):
        return None
    return toks[i].start, toks[k - 1].end


def _before_title(toks: list[Tok], mk, k: int) -> bool:
    """An indefinite Arabic word opening the claim right before an indefinite title (زار وزير الخارجية، التقى رئيس
    الوزراء): in VSO order it is the verb, however short (a three-letter past: زار، قال) or ambiguous with a given name
    (التقى); a name or a definite subject is never followed straight by a title in construct."""
    return _arabic(toks[k]) and not definite(toks[k]) and "cue:person" not in mk[k] and "cue:person" in mk[k + 1] and (
        not definite(toks[k + 1])) and toks[k].norm not in _PREPOSITIONS


def _name_after(text: str, toks: list[Tok], mk, k: int) -> bool:
    """A personal name starts at ``toks[k]``: a given name, or a non-Arabic word; a given name with the article
    (الرياض، الحسين) only when another given name or بن follows it (الوليد بن طلال), as a place spelt like a name
    (زار وزير الخارجية الرياض) stands alone."""
    if not _arabic(toks[k]):
        return True
    if "given_name" not in mk[k]:
        return False
    nxt = k + 1 < len(toks) and not gap(text, toks, k + 1) and (
        "given_name" in mk[k + 1] or toks[k + 1].norm.startswith("بن"))
    return not definite(toks[k]) or nxt


def _construct_noun(tok: Tok, m: dict[str, int]) -> bool:
    """An indefinite Arabic noun inside a construct chain (مجلس، إدارة): no article, clitic preposition, title, verb
    or event mark."""
    w = tok.norm
    return _arabic(tok) and not definite(tok) and not w.startswith(("ب", "ل", "ك")) and "cue:person" not in m and not any(
        key.startswith(("ev:", "weak:", "predicate_cues")) for key in m)


def _bare_definite(tok: Tok) -> bool:
    """An Arabic word with the bare article (الوزراء، والمالية), not fused to a preposition (بالمالية، للمالية)."""
    w = tok.variants[1] if len(tok.variants) > 1 and tok.norm[0] in "وف" else tok.norm
    return w.startswith("ال") and len(w) > 3


def _nisba_form(text: str, tok: Tok) -> bool:
    """An Arabic word of nisba shape (المركزي، المركزية): an adjective of the office before it."""
    return text[tok.start:tok.end].rstrip(_HARAKAT).endswith(("ي", "ية")) and len(tok.norm) > 4


_HARAKAT = "".join(chr(c) for c in range(0x64B, 0x653)) + "\u0640"
