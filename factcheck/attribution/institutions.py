"""Analysts speaking for the institution they work at: 'Analysts at Bank of America', 'economists with Capital
Economics', «محللون في بنك الكويت الوطني», «محللو غولدمان ساكس»; and experts sent from one: 'researchers from the
University of Otago', «خبراء من جامعة القاهرة». A bare plural of the analysts whose notes publish an institution's
house view (``staff_heads``) linked to a named institution (``staff_links``; an Arabic construct plural, محللو،
اقتصاديو, takes it with no link), or of researchers, scientists and experts linked by 'from' / من (``visitor_heads``,
``visitor_links``), is the institution's voice: the source is the institution, typed by what it is (a bank is
official, a broker named). Researchers 'at' an institution publish their own finding ('Scientists at the Pasteur
Institute found'); the name may also stand before the head ('Goldman Sachs analysts'); a quantified or determined group ('two analysts at X', 'a study by researchers at X') is some
of its people; an unnamed place ('analysts in the region', محللون في السوق) is no institution: all stay unnamed
groups.
Needs: the source phrase's tokens, the text and the language's lexicon. Adds ``institution``: the tokens naming
the institution, or []."""
from __future__ import annotations

from .cues import QUOTES_OPEN, Lexicon, Tok
from .kinds import source_type
from .sources import find_alias
from .states import state_name

_AR_ADJECTIVE_ENDINGS = ("ون", "ين", "يون", "يين")
_EN_LINKS = frozenset({"of", "the", "for", "and", "&"})  # lower-case words inside a name: Bank of America


def institution(lex: Lexicon, toks: list[Tok], text: str) -> list[Tok]:
    """The tokens of X in a source phrase 'experts at X' when X names an institution, else []."""
    if "staff_heads" not in lex.sets or not toks or not toks[0].word:
        return []
    named = _named_staff(lex, toks, text)
    if named:
        return named
    k = _head_end(lex, toks, "staff_heads")
    links = lex["staff_links"]
    if k is None:
        k, links = _head_end(lex, toks, "visitor_heads"), lex["visitor_links"]
    if k is None:
        return []
    construct = toks[k - 1].f in lex["staff_constructs"]
    n = 0 if construct else links.match(toks, k)
    if not n and not construct:
        return []
    rest = toks[k + n:]
    end = next((j for j, t in enumerate(rest) if t.f in (",", "،", ";")), len(rest))
    rest = rest[:end]
    strict = n and toks[k].f in lex["visitor_links"]  # 'from X' also names an origin: 'researchers from China'
    if not any(t.word for t in rest) or not _names_institution(lex, rest, text, bool(strict)):
        return []
    return rest


def _named_staff(lex: Lexicon, toks: list[Tok], text: str) -> list[Tok]:
    """'Goldman Sachs analysts', 'JPMorgan economists': an English proper name before a staff head ending the phrase
    (the pre-modifier form of 'analysts at X'), a proper name as after 'at'; not a place (its last word a
    ``place_heads`` noun) nor a one-word demonym; no determiner or count before it ('two Citi analysts' are some of its people). [] otherwise."""
    words = [t for t in toks if t.word]
    if lex.language != "en" or len(words) < 2 or len(words) != len(toks) or words[-1].f not in lex["staff_heads"]:
        return []
    name = words[:-1]
    if not text[name[0].start].isupper() or name[0].f in ("the", "a", "an") or lex["quantifiers"].match(name, 0):
        return []
    if name[-1].f in lex["place_heads"] or len(name) == 1 and name[0].f.endswith(_DEMONYM_ENDINGS):
        return []  # 'Wall Street analysts', 'European economists': where they work or come from, no institution
    return name if _names_institution(lex, name, text, False) else []


_DEMONYM_ENDINGS = ("ean", "ian", "can", "ese", "ish", "ic", "li", "qi")  # European, Russian, American, Chinese, British, Nordic, Israeli, Iraqi


def _head_end(lex: Lexicon, toks: list[Tok], heads_name: str) -> int | None:
    """Index after the head of class ``heads_name`` opening the phrase (and an adjective of it), or None: the head
    first, or after one modifier in English ('Senior economists'); in Arabic an adjective may follow it (محللون
    اقتصاديون)."""
    heads = lex[heads_name]
    constructs = lex["staff_constructs"]
    if lex.language == "ar":
        if toks[0].f in constructs:
            return 1
        if toks[0].f not in heads:
            return None
        k = 1
        if k < len(toks) and toks[k].word and toks[k].f.endswith(_AR_ADJECTIVE_ENDINGS):
            k += 1
        return k
    if toks[0].f in heads:
        return 1
    first = toks[0]
    if len(toks) > 1 and toks[1].f in heads and first.word and not first.f.isdigit() and not (
            lex["quantifiers"].match(toks, 0) or first.f in ("the", "a", "an", "some", "two", "three", "several", "many")):
        return 2  # 'Senior economists at HSBC'; not 'Two analysts at X', 'some analysts at X'
    return None


def _names_institution(lex: Lexicon, rest: list[Tok], text: str, strict: bool) -> bool:
    """X is a named institution: English, a proper name (every word capitalised but its particles, after 'the')
    that is no unnamed group; Arabic, a definite phrase typed official, a firm or an outlet, a foreign name of two
    words or more, or a quoted one. After 'from' / من (``strict``), which may name where people come from
    ('researchers from China', خبراء من أوروبا), only a name typed as an organisation, firm or outlet, a quoted
    name or a known source is."""
    words = [t for t in rest if t.word]
    kind_type, kind = source_type(lex, rest, text)
    if kind_type in ("anonymous", "unattributed") or strict and state_name(lex, rest, text):
        return False  # 'researchers from China', خبراء من مصر: where they come from, not a body they speak for
    known = text[rest[0].start] in QUOTES_OPEN or find_alias(text[rest[0].start:rest[-1].end]) is not None
    body = kind_type == "official" or kind in ("company", "media")
    if lex.language == "ar":
        if known:
            return True
        if any(t.f.startswith(("ال", "لل")) for t in words):  # a definite name: بنك الكويت الوطني، الجامعة الأمريكية
            return body
        foreign = len(words) >= 2 and not any(_nisba(t) for t in words[1:])  # غولدمان ساكس، بنك أوف أمريكا
        return foreign and (body or not strict)  # not an indefinite plural of bodies: جامعات عربية
    name = words[1:] if words[0].f == "the" and len(words) > 1 else words
    if not all(text[t.start].isupper() or t.f in _EN_LINKS or t.f in lex["name_particles"] for t in name) or not text[name[0].start].isupper():
        return False  # 'Wall Street banks', 'the central bank': no proper name
    return not strict or known or body


def _nisba(t: Tok) -> bool:
    """An Arabic adjective of relation (عربية، دولية، محلي): an indefinite plural of things, not a name, before it."""
    return t.f.endswith(("ي", "يه", "ه")) and len(t.f) > 3
