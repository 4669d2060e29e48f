"""Agreement of a pronoun speaker with an earlier source: 'وأضافت' (she/it added) takes the nearest earlier source
that can be feminine, not a minister named after it; 'He added' a person, not the agency; 'It said' a body, not a
person.

Arabic: the gender and number of a reporting verb with no subject of its own are read off its form in the verb
lexicon (قال، يقول: masculine; قالت، تقول: feminine; قالوا، يقولون: plural), and a source's from its head word (a
ة-final or ات-final head is feminine, a sound masculine plural of a participle is plural), else from the verb the
writer gave it (قالت مصادر: feminine; وقال الجيش: masculine), which a plural speaker accepts, as a broken plural of
people takes either agreement; with neither, it agrees with any verb. English: 'he'/'she' need a person, 'it' a
body; a source's kind decides (a person's name, a title of a person, an unnamed person; a body's head, an acronym,
an outlet, a document).

Needs: the text, the cue or pronoun token and the candidate's attribution, and the language's lexicon. Adds
``agrees``: False only when the two clearly disagree.
"""
from __future__ import annotations

from functools import cache

from ..lexicons import load_json
from ..models import Attribution, Span
from ..text.normalize import fold
from .cues import CLITICS, Lexicon, Tok, tokenize
from .kinds import head_word

_PERSON_PRONOUNS = frozenset({"he", "she"})
_BODY_KINDS = frozenset({"government", "company", "organisation", "media"})


@cache
def _ar_verb_forms() -> dict[str, str]:
    """Folded surface form of each Arabic reporting verb → 'm', 'f' or 'p' (third person)."""
    out: dict[str, str] = {}
    for v in load_json("ar", "attribution_verbs")["verbs"]:
        past = fold(v["past"])
        out.update({past: "m", past + "ت": "f", past + "وا": "p"})
        if v.get("present"):
            present = fold(v["present"])
            out.update({"ي" + present: "m", "ت" + present: "f", "ي" + present + "ون": "p"})
        for extra in v.get("extra", ()):
            f = fold(extra)
            out.setdefault(f, "p" if f.endswith("وا") else "f" if f.endswith("ت") else "m")
    return out


def cue_gender(lex: Lexicon, f: str) -> str | None:
    """'m', 'f' or 'p' of an Arabic reporting verb form (folded, a و/ف clitic allowed); None when unknown."""
    forms = _ar_verb_forms()
    hit = forms.get(f)
    if hit is None and len(f) > 3 and f[0] in CLITICS:
        hit = forms.get(f[1:])
    return hit


def _ar_source_gender(lex: Lexicon, toks: list[Tok]) -> str | None:
    head = head_word(lex, toks)
    if head is None:
        return None
    f = head.f[1:] if len(head.f) > 4 and head.f[0] in CLITICS and head.f[1:].startswith("ال") else head.f
    if f.endswith(("ه", "ات")):
        return "f"
    if len(f) > 4 and f.endswith(("ون", "ين")) and f.removeprefix("ال").startswith("م"):
        return "p"
    return None


def _en_person(lex: Lexicon, text: str, toks: list[Tok], a: Attribution) -> bool | None:
    """True for a person, False for a body, None when the phrase does not tell."""
    words = [t for t in toks if t.word]
    last = text[words[-1].start:words[-1].end] if words else ""
    if len(last) > 1 and last.isupper() and len(words) <= 2:
        return False  # 'The WHO', 'AFAD': an organisation's acronym
    if _titled(lex, toks) or a.source is not None and _apposed_title(lex, text, a.source):
        return True  # "the party's spokesman Tilvin Silva": a person speaking for the body the kind names
    head = head_word(lex, toks)
    if head is None:
        return None
    if a.source_kind == "person" or head.f in lex["voice_titles"] or head.f in lex["anonymous_heads"] and not (
            head.f.endswith("s")):
        return True
    raw = text[head.start:head.end]
    if a.source_kind in _BODY_KINDS or len(raw) > 1 and raw.isupper() or head.f in lex["documents"]:
        return False
    return None


def _titled(lex: Lexicon, toks: list[Tok]) -> bool:
    """A title of a person who speaks for a body ('spokesman', 'chief executive') in the phrase, not as a possessor
    ("the minister's office")."""
    for i, t in enumerate(toks):
        n = t.word and lex["voice_titles"].match(toks, i)
        if n and not (i + n < len(toks) and toks[i + n].f in ("'", "’", "'s", "’s")):
            return True
    return False


_APPOSED_WORDS = 8  # words of a title in apposition ("the state-owned company's chief financial officer")


def _apposed_title(lex: Lexicon, text: str, source: Span) -> bool:
    """A title of a person who speaks for a body in apposition to the source, between commas before it ("The
    trust's chief executive, Louise Barnett, said") or after it ("Daniel Weiss, the company's chief financial
    officer, said"): the source is that person."""
    before = text[max(0, source.start - 120):source.start].rstrip()
    if before.endswith(","):
        toks = [t for t in tokenize(before, 0, len(before) - 1) if t.word][-_APPOSED_WORDS:]
        if any(lex["voice_titles"].match(toks, i) == len(toks) - i for i in range(len(toks))):
            return True
    after = text[source.end:source.end + 120]
    if not after.lstrip().startswith(","):
        return False
    comma = after.index(",")
    end = after.find(",", comma + 1)
    toks = [t for t in tokenize(after, comma + 1, end if end > 0 else len(after)) if t.word][:_APPOSED_WORDS]
    return _titled(lex, toks)


def agrees(lex: Lexicon, text: str, speaker: str, a: Attribution) -> bool:
    """Can the source of ``a`` be the subject of ``speaker`` (an Arabic verb form or an English pronoun, folded)?
    False only when the two clearly disagree."""
    if a.source is None:
        return True
    toks = [t for t in tokenize(text, a.source.start, a.source.end)]
    if lex.language == "ar":
        want, have = cue_gender(lex, speaker), _ar_source_gender(lex, toks)
        if have is None and a.cue is not None:  # 'قالت مصادر', 'وقال الجيش': the gender the writer gave it
            said = tokenize(text, a.cue.start, a.cue.end)
            have = cue_gender(lex, said[0].f) if said else None
            if want == "p":
                return True  # a broken plural of people ('مصادر', 'شهود') takes either agreement
        return want is None or have is None or want == have
    if speaker not in _PERSON_PRONOUNS and speaker != "it":
        return True
    person = _en_person(lex, text, toks, a)
    return person is None or person == (speaker in _PERSON_PRONOUNS)


def person_speaker(lex: Lexicon, text: str, speaker: str, a: Attribution) -> bool:
    """An English 'he'/'she' and a source that is clearly a person ('UN High Commissioner Filippo Grandi', a named
    person): what an earlier paragraph's speaker must be for the pronoun to go back to it."""
    if lex.language != "en" or speaker not in _PERSON_PRONOUNS or a.source is None:
        return False
    return _en_person(lex, text, tokenize(text, a.source.start, a.source.end), a) is True

