"""Later mentions of a document: 'The report said Y' after 'A United Nations report found X'.

Needs: each frame's attribution in text order and the language's lexicon (``document_nouns``: nouns
naming a document or a data set; ``definite_documents``: a bare definite mention of one, 'the report',
'the survey', «التقرير»، «المسح»). Adds: the type and kind of the last earlier source phrase holding the
same document noun to a bare definite mention of it (the report is the same report, whoever published
it: a United Nations report stays official). A bare definite mention with no earlier source naming that
document stays ``named`` (the article presents it as a known, identified document: 'The report said' is
typed like «وقال التقرير» and «بحسب المسح»), of no known kind (a document, not a person); 'reports said' is
an unnamed report, typed by its own head. Bare data ('the data', 'preliminary results', 'figures showed',
«البيانات»، «الأرقام»، «الإحصاءات»: a ``bare_data`` noun with only articles and adjectives, no body publishing it, and
no state or body modifier naming one, «الأرقام الرسمية»، «التقديرات الأممية») is
no speaker: with no earlier source holding that noun the claim is the outlet's own (typed unattributed; the phrase and its cue keep their spans,
so they stay out of the claim), as a results noun with no issuer is in ``reports_ar``. A formal channel of an
organisation ('the statement', «البيان») is not listed: its own head types it official. The source span
and cue are unchanged; carried frames are left alone.
"""
from __future__ import annotations

from dataclasses import replace

from ..models import Attribution
from ..text.normalize import stem
from .cues import Lexicon, Tok
from .lexicon_classes import stem_in

_UNKNOWN = ("named", None)  # a definite document named nowhere earlier
_BODY = ("official", "government")  # a data or document noun whose adjective names one public body
_AR_ARTICLES = ("ال", "لل", "بال", "وال", "فال")
_EN_ARTICLES = frozenset({"the", "these", "those"})
_EN_OWNERS = frozenset({"its", "their", "his", "her", "our", "my", "your"})


class Documents:
    """Type and kind of the article's document sources so far, by the document noun's stem."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.nouns = frozenset(stem(w) for w in lex["document_nouns"].singles) if "document_nouns" in lex.sets else None
        self.known: dict[str, tuple[str, str | None]] = {}
        self.state = lex["state_modifiers"]
        self.bodies = lex["body_modifiers"].singles if "body_modifiers" in lex.sets else frozenset()
        self.bare = lex["bare_data"].singles if "bare_data" in lex.sets else frozenset()
        self.adjectives = lex["data_adjectives"].singles if "data_adjectives" in lex.sets else frozenset()

    def recall(self, a: Attribution, toks) -> Attribution:
        """``a`` retyped when its source is a bare definite document; learns a document source otherwise.
        ``toks`` are the source span's tokens."""
        if self.nouns is None or a.carried or a.source is None or a.type == "unattributed":
            return a
        words = [t for t in toks if t.word]
        if not words:
            return a
        if self._bodied(words):  # «التقديرات الأممية»: the United Nations', as «تقديرات أممية» (``data_owners.unowned_data``)
            a = a if (a.type, a.source_kind) == _BODY else replace(a, type=_BODY[0], source_kind=_BODY[1])
        noun = self._bare(a, words) if a.type != "anonymous" else None
        if noun is not None:  # 'According to the data', «بحسب البيانات»: what an earlier source published, or nobody
            kind_type, kind = self.known.get(stem(noun), ("unattributed", None))
            return a if (a.type, a.source_kind) == (kind_type, kind) else replace(a, type=kind_type, source_kind=kind)
        if self.lex["definite_documents"].match(words, 0) != len(words) or self._bodied(words):
            for s in (stem(t.f) for t in words):  # every document noun of the phrase: 'a Bureau of Statistics survey'
                if s in self.nouns:
                    self.known[s] = (a.type, a.source_kind)
            return a
        kind_type, kind = self.known.get(stem(words[-1].f), _UNKNOWN)
        return a if (a.type, a.source_kind) == (kind_type, kind) else replace(a, type=kind_type, source_kind=kind)

    def _bodied(self, words: list[Tok]) -> bool:
        """A data or document noun followed by a ``body_modifiers`` adjective naming its publisher (الأممية)."""
        heads = self.bare | self.lex["document_nouns"].singles
        h = words[0].f
        h = next((h[len(p):] for p in _AR_ARTICLES if h.startswith(p) and len(h) > len(p) + 2), h)
        return (h in heads or words[0].f in heads) and any(t.f in self.bodies for t in words[1:])

    def _bare(self, a: Attribution, words: list[Tok]) -> str | None:
        """The data noun (folded) of a source that is only that noun, an article and adjectives: 'the data',
        'according to preliminary results', «البيانات الأولية»; None for 'Eurostat data', 'its figures', 'official
        figures', «بيانات البنك المركزي», 'data from the ministry', 'police figures'. A capitalised first word is an owner unless it is one
        of ``data_adjectives`` ('Preliminary data', 'New figures' at the start of a sentence)."""
        if not self.bare or a.source is None or any(self.state.match(words, k) for k in range(len(words))):
            return None
        if self._bodied(words):
            return None
        if self.lex.language == "ar":
            head = words[0].f  # definite itself: an indefinite data noun heads a construct ('بيانات البنك')
            p = next((p for p in _AR_ARTICLES if head.startswith(p) and len(head) > len(p) + 2), "")
            bare = bool(p) and head[len(p):] in self.bare and all(t.f.startswith(_AR_ARTICLES) for t in words[1:])
            return head if bare else None
        last = words[-1].f
        if not (last in self.bare or last.endswith("s") and last[:-1] in self.bare):
            return None
        shown = a.source.text.split()
        if len(shown) != len(words) or words[0].f in _EN_OWNERS or len(words) > 1 and shown[0][:1].isupper() and (
                words[0].f not in _EN_ARTICLES and words[0].f not in self.adjectives):
            return None  # 'Eurostat data', 'its figures': someone's; 'Preliminary data' opening a sentence is nobody's
        if any(stem_in(self.lex, name, t) for t in words[:-1] for name in ("official_heads", "government_heads")):
            return None  # 'company figures', 'police data': the body's own, as 'the company's figures'
        return last if not any(w[:1].isupper() or not w.isalpha() for w in shown[1:]) else None
