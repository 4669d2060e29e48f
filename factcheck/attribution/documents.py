"""Later mentions of a document: 'The report said Y' after 'A United Nations report found X'.

Needs: each frame's attribution in text order and the language's lexicon (``document_nouns``: nouns
naming a document or a data set; ``definite_documents``: a bare definite mention of one, 'the report',
'the survey', «التقرير»، «المسح»). Adds: the type and kind of the last earlier source phrase holding the
same document noun to a bare definite mention of it (the report is the same report, whoever published
it: a United Nations report stays official). A bare definite mention with no earlier source naming that
document stays ``named`` (the article presents it as a known, identified document: 'The report said' is
typed like «وقال التقرير» and «بحسب المسح»), of no known kind (a document, not a person); 'reports said' is
an unnamed report, typed by its own head. A formal channel of an
organisation ('the statement', «البيان») is not listed: its own head types it official. The source span
and cue are unchanged; carried frames are left alone.
"""
from __future__ import annotations

from dataclasses import replace

from ..models import Attribution
from ..text.normalize import stem
from .cues import Lexicon

_UNKNOWN = ("named", None)  # a definite document named nowhere earlier


class Documents:
    """Type and kind of the article's document sources so far, by the document noun's stem."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.nouns = frozenset(stem(w) for w in lex["document_nouns"].singles) if "document_nouns" in lex.sets else None
        self.known: dict[str, tuple[str, str | None]] = {}

    def recall(self, a: Attribution, toks) -> Attribution:
        """``a`` retyped when its source is a bare definite document; learns a document source otherwise.
        ``toks`` are the source span's tokens."""
        if self.nouns is None or a.carried or a.source is None or a.type == "unattributed":
            return a
        words = [t for t in toks if t.word]
        if not words:
            return a
        if self.lex["definite_documents"].match(words, 0) != len(words):
            for s in (stem(t.f) for t in words):  # every document noun of the phrase: 'a Bureau of Statistics survey'
                if s in self.nouns:
                    self.known[s] = (a.type, a.source_kind)
            return a
        kind_type, kind = self.known.get(stem(words[-1].f), _UNKNOWN)
        return a if (a.type, a.source_kind) == (kind_type, kind) else replace(a, type=kind_type, source_kind=kind)
