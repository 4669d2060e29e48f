"""Later definite mentions of a body in Arabic: «وأضاف البرنامج» after «برنامج الأغذية العالمي», «وذكرت الوزارة» after
«وزارة النفط العراقية».

A bare definite noun (ال + the noun, with a و/ف clitic) standing alone as a source is an anaphor of the last earlier
source whose construct head is that noun («برنامج» of «برنامج الأغذية العالمي»): it takes the antecedent's type and
kind (البرنامج alone reads as a named source; after برنامج الأغذية العالمي it is the programme, official). The source
span stays the anaphor's own mention, as the seed gold marks «لكن الشركة أوضحت»; a continuation of the sentence just
before keeps the full name by carrying it (``classify._inherits``). A person's title (الوزير، المتحدث), an unnamed
person (المصدر) and a document (التقرير) are left alone: they have their own rules (``mentions``, ``documents``).
English anaphors ('the agency', 'the firm') are typed by their own heads and ``classify`` (rounds 14 and 19).

Needs: the text, the lexicon and each frame's attribution in text order. Adds the antecedent's type and kind to an
anaphor's attribution; its source and cue spans are unchanged.
"""
from __future__ import annotations

from dataclasses import replace

from ..models import Attribution
from .cues import CLITICS, Lexicon, Tok, tokenize

_KEEP = ("voice_titles", "state_titles", "anonymous_heads", "documents", "document_nouns", "pronoun_subjects")


class Anaphors:
    """The article's bodies named so far: construct head (folded, no article) → their attribution."""

    def __init__(self, text: str, lex: Lexicon):
        self.text = text
        self.lex = lex
        self.known: dict[str, Attribution] = {}

    def recall(self, a: Attribution) -> Attribution:
        """``a`` typed as its antecedent when its source is a bare definite noun naming an earlier body; learns
        ``a``'s head otherwise."""
        if self.lex.language != "ar" or a.carried or a.source is None or a.type in ("unattributed", "anonymous"):
            return a
        words = [t for t in tokenize(self.text, a.source.start, a.source.end) if t.word]
        noun = self._anaphor(words)
        if noun is not None:
            hit = self.known.get(noun)
            if hit is None or (a.type, a.source_kind) == (hit.type, hit.source_kind):
                return a
            return replace(a, type=hit.type, source_kind=hit.source_kind)
        if len(words) >= 2 and not words[0].f.startswith("ال") and not self._kept(words[0].f):
            self.known[words[0].f] = a  # 'برنامج' of 'برنامج الأغذية العالمي'
        return a

    def _anaphor(self, words: list[Tok]) -> str | None:
        """The noun of a bare definite source ('الوزارة', 'وأضاف البرنامج'), or None."""
        if len(words) != 1:
            return None
        f = words[0].f
        f = f[1:] if len(f) > 4 and f[0] in CLITICS and f[1:].startswith("ال") else f
        if not f.startswith("ال") or len(f) < 5 or self._kept(f):
            return None
        return f[2:]

    def _kept(self, f: str) -> bool:
        return any(name in self.lex.sets and f in self.lex[name] for name in _KEEP)
