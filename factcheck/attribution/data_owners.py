"""Data as a source: the statistics a phrase names and who publishes them.

Needs: the source phrase's tokens and the language lexicon (``data_heads``, ``data_links``, ``state_modifiers``,
``bare_data``, ``body_modifiers``, ``poll_links``). Adds ``polled`` (the people polled, not the pollster),
``state_data`` ('official figures'), ``unowned_data`` ('تقديرات دولية': nobody's; 'تقديرات أممية': the UN's) and
``data_owner`` (the body publishing the data: 'data from the statistics office', 'بيانات الوزارة').
"""
from __future__ import annotations

from .cues import Lexicon, Tok
from .lexicon_classes import stem_in


def polled(lex: Lexicon, toks: list[Tok]) -> list[Tok]:
    """'Analysts polled by Reuters' / 'محللون استطلعت «رويترز» آراءهم': the phrase up to the poll link, as
    the people polled are the source, not the outlet that polled them."""
    k = next((k for k in range(1, len(toks)) if toks[k].f in lex["poll_links"].firsts
              and lex["poll_links"].match(toks, k)), 0)
    return toks[:k] if k else toks


def state_data(lex: Lexicon, toks: list[Tok]) -> bool:
    """'official figures', 'government data', 'بيانات رسمية', 'الإحصاءات الحكومية': a data head next to a
    state modifier (before it in English, after it in Arabic) names the state's own statistics."""
    step = 1 if lex.language == "ar" else -1
    return any(toks[k].f in lex["data_heads"] and 0 <= k + step < len(toks)
               and toks[k + step].f in lex["state_modifiers"] for k in range(len(toks)))


def unowned_data(lex: Lexicon, toks: list[Tok]) -> tuple[str, str | None] | None:
    """'تقديرات دولية', 'إحصاءات محلية', 'بيانات أولية', 'تقديرات غير رسمية': an indefinite Arabic bare data noun
    with only indefinite adjectives after it names no body publishing it, and is nobody's word (unattributed, as
    the definite bare data is in ``documents``); one of its adjectives may name one body by itself
    (``body_modifiers``: 'تقديرات أممية', the United Nations'), official, as it does after a document noun ('تقرير
    أممي'). None for any other phrase."""
    if lex.language != "ar" or "body_modifiers" not in lex.sets or not toks or not all(t.word for t in toks):
        return None
    if len(toks) > 4 or not all(_adjective(lex, t) for t in toks[1:]):
        return None
    if any(t.f in lex["body_modifiers"] for t in toks[1:]) and (
            toks[0].f in lex["data_heads"].singles or toks[0].f in lex["document_nouns"].singles):
        return "official", "government"  # 'تقرير أممي', as 'a UN report'
    return ("unattributed", None) if toks[0].f in lex["bare_data"].singles else None


def _adjective(lex: Lexicon, t: Tok) -> bool:
    """An indefinite Arabic word shaped as an adjective after a plural of things (the feminine ة of أولية، دولية;
    the nisba ي) or the negation غير, and heading no source itself (not شركة، منظمة, which head a construct)."""
    f = t.f
    if f.startswith("ال") or f[:1].isdigit() or not (f == "غير" or f.endswith(("ه", "ي")) and len(f) > 3):
        return False
    return not any(stem_in(lex, name, t) for name in ("official_heads", "anonymous_heads", "government_heads"))


def data_owner(lex: Lexicon, toks: list[Tok], text: str = "") -> list[Tok]:
    """'Data from the statistics office' / 'بيانات صادرة عن الوزارة' / 'Elections Canada results': the body publishing
    the data ([] if none); in English a capitalised name before the data head is its owner."""
    heads = (lex["data_heads"],) if lex.language != "en" or not text else (lex["data_heads"], lex["published_heads"])
    last = len(heads) > 1 and toks[-1].f in heads[1]  # 'Elections Canada results': a published count ends the phrase
    k = next((k for k in range(min(3, len(toks) - (not last))) if any(toks[k].f in h for h in heads) and not (
        text and lex.language == "en" and _named(text, toks, k))), None)
    if k is None or not all(t.word for t in toks[:k]):
        return []  # 'an exit poll by the state broadcaster': the head within the first words
    n = lex["data_links"].match(toks, k + 1)
    if n:
        return toks[k + 1 + n:]
    named = [t for t in toks[:k] if t.f != "the"]
    if lex.language == "en" and text and named and all(text[t.start].isupper() for t in named):
        return named  # 'Elections Canada results released on Tuesday': the publisher's name before the head
    if toks[k].f not in lex["data_heads"]:
        return []
    construct = lex.language == "ar" and not toks[k].f.startswith("ال") and k + 1 < len(toks)
    if construct and toks[k + 1].word and toks[k + 1].f not in lex["state_modifiers"]:
        return toks[k + 1:]  # 'تقديرات الأمن العام': a data head annexed to the body publishing it
    return []


def _named(text: str, toks: list[Tok], k: int) -> bool:
    """The capitalised data word at ``k`` opens a name with the capitalised word after it ('Statistics Canada') or
    closes one ('Hartwell Research')."""
    if k + 1 == len(toks):
        return text[toks[k].start].isupper()  # 'Hartwell Research': the name's last word
    return toks[k + 1].word and text[toks[k].start].isupper() and text[toks[k + 1].start].isupper()
