"""Later mentions of a source: 'Badawi added' after 'the ministry spokesman Ahmed Badawi said'.

Needs: the article text, the lexicon and each frame's attribution in text order. Adds: the type and kind
the full mention gave a person to a later short mention of the same person (the surname, the full name,
the first and last name, with or without an honorific), which alone reads as a named person: a
spokesman stays official, an anonymous source never becomes named. The later source span is unchanged.

The person's name inside a full mention is found by form: in English the trailing run of capitalised
words (with name particles: 'bin', 'von der'), unless a preposition or determiner leads it ('a
spokesperson for Meta': an organisation); in Arabic the words from the first given name to the end
('المتحدث باسم الوزارة أحمد بدوي').
"""
from __future__ import annotations

from dataclasses import replace

from ..models import Attribution, Span
from .cues import Lexicon, Tok, tokenize
from .kinds import head_word
from .names_ar import names, written

_LEARNT = ("official", "anonymous")
_PLAIN = ("person", None)  # kinds of a named source that may be a short mention of a known person
_NAME_MAX = 5  # words of a personal name


class Mentions:
    """Name keys of the article's official and anonymous sources so far, and what they were typed."""

    def __init__(self, text: str, lex: Lexicon):
        self.text = text
        self.lex = lex
        self.known: dict[tuple[str, ...], tuple[str, str | None]] = {}

    def recall(self, a: Attribution) -> Attribution:
        """``a`` retyped as the earlier full mention of the same person, if any; learns ``a`` otherwise."""
        if a.carried or a.source is None:
            return a
        if a.type == "named" and a.source_kind in _PLAIN:
            if self.known:
                hit = self.known.get(self._mention_key(a.source))
                if hit is not None:
                    return replace(a, type=hit[0], source_kind=hit[1])
        elif a.type in _LEARNT:
            self._learn(a, a.source)
        return a

    def _words(self, span: Span) -> list[Tok]:
        return [t for t in tokenize(self.text, span.start, span.end) if t.word]

    def _mention_key(self, span: Span) -> tuple[str, ...]:
        words = self._words(span)
        honorifics = self.lex["honorifics" if self.lex.language == "ar" else "title_abbreviations"]
        while len(words) > 1 and (n := honorifics.match(words, 0)):
            words = words[n:]
        return tuple(t.f for t in words)

    def _learn(self, a: Attribution, source: Span) -> None:
        toks = tokenize(self.text, source.start, source.end)
        name = self._ar_name(toks) if self.lex.language == "ar" else self._en_name(toks)
        self._keys(name, a)
        if a.type != "anonymous" or self.lex.language != "en":
            return
        head = head_word(self.lex, toks)
        if head is not None:
            self.known.setdefault(("the", head.f), (a.type, a.source_kind))  # 'a nurse at the clinic' → 'the nurse'
        if a.cue is not None and a.cue.start > source.end:
            gap = tokenize(self.text, source.end, a.cue.start)  # ', who gave his name only as Abu Karim,'
            caps = [t.word and self.text[t.start].isupper() for t in gap]
            for k in range(len(gap)):
                if caps[k] and (k + 1 == len(gap) or not caps[k + 1]):  # the end of each capitalised run
                    self._keys(self._en_name(gap[:k + 1]), a)

    def _keys(self, name: list[str], a: Attribution) -> None:
        if not name:
            return
        keys = [tuple(name[k:]) for k in range(len(name))]
        if len(name) > 2:
            keys.append((name[0], name[-1]))
        for key in keys:
            self.known.setdefault(key, (a.type, a.source_kind))

    def _en_name(self, toks: list[Tok]) -> list[str]:
        """Folded words of the trailing capitalised run of ``toks`` (a personal name), or []."""
        particles = self.lex["name_particles"]
        k = len(toks)
        while k > 0:
            t = toks[k - 1]
            if t.word and self.text[t.start].isupper():
                k -= 1
            elif k < len(toks) and k > 1 and (t.f == "-" or t.f in particles) and toks[k - 2].word:
                k -= 1
            else:
                break
        while k < len(toks) and not (toks[k].word and self.text[toks[k].start].isupper()):
            k += 1  # a run never opens with a particle or a hyphen
        run = [t.f for t in toks[k:] if t.word]
        if not run or len(run) > _NAME_MAX + 2 or k and toks[k - 1].f in self.lex["organisation_links"]:
            return []
        return run

    def _ar_name(self, toks: list[Tok]) -> list[str]:
        """Folded words from the first given name to the end of ``toks`` (two to five words), or []."""
        lex = names()
        k = max((i + 1 for i, t in enumerate(toks) if not t.word), default=0)
        words = toks[k:]  # 'مدير الوكالة، كريم العلوي': the name after the title's comma
        raw = written(self.text, words)
        for i, t in enumerate(words):
            if t.f in lex.firsts and raw[i] not in lex.function_words and 2 <= len(words) - i <= _NAME_MAX:
                rest = words[i:]
                if any(w.f in self.lex["not_names"] or self.lex.verb(w.f) for w in rest):
                    return []
                return [w.f for w in rest]
        return self._ar_unknown_given(words, raw)

    def _ar_unknown_given(self, words: list[Tok], raw: list[str]) -> list[str]:
        """A given name the name lexicon does not know between a title's last definite word and an ال-surname
        ('وزير الصناعة والتجارة والتموين يعرب القضاة' → يعرب القضاة), or []."""
        if len(words) < 3 or not (_definite(raw[-1]) and _definite(raw[-3])) or _definite(raw[-2]):
            return []
        given, surname = words[-2], words[-1]
        if given.f in self.lex["role_links"] or given.f in self.lex["title_modifiers"]:
            return []  # 'المتحدث باسم الوزارة', 'الدبلوماسي الأمريكي السابق'
        if any(w.f in self.lex["not_names"] or self.lex.verb(w.f) and w is surname for w in (given, surname)):
            return []
        return [given.f, surname.f]


def _definite(raw: str) -> bool:
    """An ال-word, with or without a clitic before it (الصناعة، والتموين، للنفط)."""
    return raw.startswith(("ال", "وال", "بال", "فال", "كال")) or raw.startswith("لل")
