"""Headline labels: a source named before a colon, as headlines and social cards write it ('UN: 2.1 million
people face famine', «وزير المالية: العجز سيتراجع إلى 6%»).

Needs: one sentence's tokens and the language lexicon. Adds: ``label_attribution`` (the attribution and the
content's start) when the sentence opens with at most ``LABEL_MAX_WORDS`` words and a colon, with at least
``CONTENT_MIN_WORDS`` words after it (or two, the second an Arabic future verb: «العجز سينخفض»), and the words before it name an institution or an unnamed official
source (typed ``official`` for a government body or a non-profit or international one named by its head, ``label_bodies``:
'Amnesty International: ...', «منظمة الصحة العالمية: ...»; ``anonymous`` for unnamed sources). Other labels ('Breaking:',
'Analysis:', «عاجل:», «بالأرقام:») name no source and are left alone; so are people's names, which a
one-word label cannot be told apart from, and a country's name ('Sudan: thousands flee El Fasher', «السودان: نزوح
آلاف الأسر»), which heads a headline with its topic, not its speaker.
"""
from __future__ import annotations

from ..extract.clause_lexicon import lexicon as clause_lexicon
from ..extract.verb_shape import future_word
from ..models import Attribution, Span
from .cues import Lexicon, Tok
from .kinds import source_type, span_of
from .states import state_name

LABEL_MAX_WORDS = 5
CONTENT_MIN_WORDS = 3
_KINDS = {("official", "government"), ("official", "organisation"), ("anonymous", "anonymous-group"),
          ("anonymous", "anonymous")}  # a state body, a union or a named non-profit ('Doctors Without Borders')


def _future_verb(lex: Lexicon, f: str) -> bool:
    """An Arabic future verb by shape («العجز سينخفض»): two words with it are a statement, not a topic."""
    return lex.language == "ar" and future_word(f[1:] if len(f) > 5 and f[0] in "وف" else f, clause_lexicon("ar").non_verbs)


def label_attribution(text: str, toks: list[Tok], lex: Lexicon) -> tuple[Attribution, int] | None:
    """(attribution, content start) of a sentence opened by a source label and a colon, else None."""
    colon = next((k for k, t in enumerate(toks[:LABEL_MAX_WORDS + 1]) if t.f == ":"), None)
    if not colon or not all(t.word for t in toks[:colon]):
        return None
    words = [t for t in toks[colon + 1:] if t.word]
    if len(words) < CONTENT_MIN_WORDS and not (len(words) == 2 and _future_verb(lex, words[1].f)):
        return None
    label = toks[:colon]
    kind_type, kind = source_type(lex, label, text)
    body = kind_type == "official" and any(lex["label_bodies"].match(label, k) for k in range(len(label)))
    if (kind_type, kind) not in _KINDS and not body or state_name(lex, label, text):
        return None  # 'Boeing: ...', 'Sudan: ...': a firm's or a country's name heads the topic
    cue = Span.of(text, toks[colon].start, toks[colon].end)
    return Attribution(type=kind_type, source=span_of(text, label), cue=cue, source_kind=kind), toks[colon + 1].start
