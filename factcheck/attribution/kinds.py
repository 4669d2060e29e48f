"""Attribution type of a source phrase: named / anonymous / official, and the kind of source.

Needs: the phrase's tokens and the language's lexicon (anonymity markers, heads by type,
quantifiers) and the source gazetteer. Decides in this order: an anonymity marker makes the phrase
anonymous; a known outlet or person inside it makes it named (an outlet wins over "reports"); the
head word (Arabic: first after quantifiers; English: last of the first chunk, after 'one of') or an
official title decides anonymous / official (a personal name with a role in apposition is typed by
the role, ``roles``) (a union's kind is organisation; a head missing from the
lists that names a generic group of people by its form, ``groups``, is anonymous); a role then a
personal name ('A lawyer for the family, Ruth Adeyemi') is typed as the name with the role after it; a
capitalised name ending in an organisation head ('Kestrel Analytics') is official, one opening with 'the' and
ending in a newspaper head ('the Daily Ledger') a named medium (``name_heads`` / ``outlet_heads``); a state news
agency or broadcaster is a named medium, like any outlet; a known organisation is official; anything else is a named source.
"""
from __future__ import annotations

import re

from ..models import Span
from .body_names_en import body_name_kind
from .cases_ar import nominative
from .cues import QUOTES_CLOSE, QUOTES_OPEN, Lexicon, Tok, lexicon, tokenize
from .data_owners import data_owner, polled, state_data, unowned_data
from .groups import generic_group
from .lexicon_classes import any_in as _any
from .lexicon_classes import stem_in as _stem_in
from .names_ar import person_length, state_title, written
from .roles import apposed_role
from .sides_en import personal_side
from .sources import find_alias
from .states import state_name

_KIND_TYPE = {"media": "named", "person": "named", "company": "official", "government": "official",
              "organisation": "official", "anonymous-group": "anonymous"}
_EN_CHUNK_END = frozenset({"of", "with", "at", "in", "for", "from", "who", "familiar", "close", ",", "on", "to",
                           "inside", "within", "among", "that", "knowledgeable", "briefed", "which", "speaking",
                           "informed", "involved", "aware"})
_EN_APPOSITION = frozenset({"a", "an", "the"})
_AR_COMMAS = frozenset({"،", ","})
_EN_COMMAS = frozenset({",", ";"})
_RECIPIENT_LINKS = frozenset({"with", "to"})
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,7}")


def phrase_type(phrase: str, language: str) -> str:
    """The attribution type of a source phrase read on its own (a stored cited source, typed after the fact)."""
    lex = lexicon(language if language in ("ar", "en") else "en")
    return source_type(lex, tokenize(phrase, 0, len(phrase)), phrase)[0]


def _ends_chunk(t: Tok, k: int) -> bool:
    """An English word at ``k`` that ends a source phrase's first chunk; 'that' opening the phrase is a determiner
    ("that state's health department")."""
    return t.f in _EN_CHUNK_END and not (k == 0 and t.f == "that")


def head_word(lex: Lexicon, toks: list[Tok]) -> Tok | None:
    words = [t for t in toks if t.word]
    if lex.language == "ar":
        i = 0
        while i < len(words) - 1:
            n = lex["quantifiers"].match(words, i)
            if not n:
                break
            i += n
        return words[i] if i < len(words) else None
    n = lex["quantifiers"].match(toks, 0)
    if n and toks[n - 1].f == "of" and n < len(toks):
        toks = toks[n:]  # "one of the people": the head is the people's
    chunk = []
    for k, t in enumerate(toks):
        if _ends_chunk(t, k):
            break
        if t.word and t.f != "s":
            chunk.append(t)
    return chunk[-1] if chunk else None


def source_type(lex: Lexicon, toks: list[Tok], text: str) -> tuple[str, str | None]:
    """(attribution type, source kind) of the source phrase ``toks``."""
    if len(toks) > 1 and toks[0].f in QUOTES_CLOSE and not any(t.f in QUOTES_OPEN for t in toks[1:]):
        toks = toks[1:]  # '" a factory manager, Abdul Karim': the quotation's closing mark before its source
    if not toks:
        return "unattributed", None
    if _any(lex, "anonymity_markers", toks):
        return "anonymous", "anonymous-group"
    if toks[-1].f in ("?", "!") and len(toks) > 1 and toks[-2].end == toks[-1].start:
        return "official", "organisation"  # 'Which?', 'Yahoo!': a brand's mark, never a person's name
    if lex.language == "en":
        toks = _without_insertions(lex, toks)
        toks = [t for k, t in enumerate(toks) if not (  # 'Kestrel Analytics, Inc.': one name
            t.f == "," and k + 1 < len(toks) and toks[k + 1].f in lex["name_suffixes"])]
    toks = polled(lex, nominative(lex, toks, _stem_in))
    side = personal_side(lex, toks, text, _stem_in, source_type)
    if side is not None:
        return side
    role = apposed_role(lex, toks, text) or (lex.language == "en" and apposed_role(lex, _apposed_person(lex, toks, text), text))
    if role == "official":
        return "official", _official_kind(lex, toks)  # 'Maria Lopez, a spokeswoman for the commission'
    if role == "named":
        return "named", "person"  # 'Jane Doe, an economist at the bank' / 'X, a former minister'
    if lex.language == "ar" and state_title(lex, toks):
        return "official", "government"  # 'السفير الأمريكي', 'بحسب الرئيس': the office speaks, as 'the mayor' does
    if state_data(lex, toks):
        return "official", "government"
    unowned = unowned_data(lex, toks)
    if unowned is not None:
        return unowned  # 'تقديرات دولية': nobody's figures; 'تقديرات أممية': the United Nations'
    owner = data_owner(lex, toks, text)
    if owner:
        return source_type(lex, owner, text)
    phrase = text[toks[0].start:toks[-1].end]
    hit = find_alias(phrase)
    if hit and _inside_name(lex, toks, toks[0].start + hit[0]):
        hit = None  # 'شركة طيران الجزيرة': the outlet's name is a word of the airline's, not Al Jazeera
    if hit and _opens_name(lex, toks, text, toks[0].start + hit[1]):
        hit = None  # 'The Independent Electoral Commission': the paper's name opens a body's name
    if hit and hit[3] in ("media", "person", "anonymous-group"):
        if hit[3] != "person" or not _any(lex, "official_heads", toks):
            return _KIND_TYPE[hit[3]], hit[3]
    if state_name(lex, toks, text):
        return "official", "government"  # 'Egypt said', «قالت مصر»: a state speaks through its government
    head = head_word(lex, toks)
    named = _name_head(lex, toks, head, text)
    if named is not None:
        return _KIND_TYPE[named], named  # 'Kestrel Analytics', 'the Daily Ledger': a firm's or a paper's name
    if head is not None and (_stem_in(lex, "anonymous_heads", head) or not hit and generic_group(lex, toks, head, text)) and not (
            _named_after(lex, toks, head)):
        return "anonymous", "anonymous-group"
    if lex.language == "ar" and person_name(toks, text):
        return "named", "person"  # 'قال محمد العلي': a personal name with no title
    chunk = _first_chunk(lex, toks)
    if _former(lex, chunk):
        return "named", "person"  # 'the former foreign minister', 'وزير الخارجية السابق': no longer the body's voice
    if _any(lex, "media_heads", chunk):
        return "named", "media"  # "the state news agency", "الوكالة الوطنية للإعلام": an outlet, like Reuters
    if head is not None and lex.language == "ar" and _stem_in(lex, "official_heads", head, plural=True) or _any(
            lex, "official_heads", chunk) or lex.language == "en" and any(_stem_in(lex, "official_heads", t) for t in chunk):
        return "official", _official_kind(lex, chunk if lex.language == "ar" else _up_to_comma(toks, lex))
    if hit:
        return _KIND_TYPE[hit[3]], hit[3]
    if lex.language == "en" and len(toks) == 1 and _ACRONYM.match(text[toks[0].start:toks[0].end]):
        return "named", None  # "AFAD said": an unknown acronym is an organisation, not a person
    if _owned_document(lex, toks, text):
        return "official", "organisation"  # "An OECD report": a body's own document is its formal voice
    document = head is not None and "document_nouns" in lex.sets and _stem_in(lex, "document_nouns", head)
    return "named", "person" if lex.language == "en" and text[toks[0].start].isupper() and not document else None


def _name_head(lex: Lexicon, toks: list[Tok], head: Tok | None, text: str) -> str | None:
    """'Kestrel Analytics' → company, 'the Daily Ledger' → media: a capitalised English name whose last word is
    an organisation head written with a capital after another capitalised word, or an outlet head written with a
    capital in a phrase opening with 'the' ('the Herald'); None otherwise."""
    if head is None or "name_heads" not in lex.sets or not text[head.start].isupper():
        return None
    shaped = body_name_kind(lex, toks, text)  # 'Real Madrid', 'Elections Canada'
    if shaped is not None:
        return shaped
    kind = "company" if head.f in lex["name_heads"] else "media" if head.f in lex["outlet_heads"] else None
    if kind is None:
        return None
    words = [t for t in toks if t.word and t.start < head.start]
    definite = bool(words) and words[0].f == "the"
    if words and words[0].f in _EN_APPOSITION:
        words = words[1:]
    if kind == "media" and not definite or kind == "company" and not words:
        return None  # 'Deutsche Post' is a firm, 'the Daily Ledger' a paper
    return kind if all(text[t.start].isupper() for t in words) else None


def names_source(lex: Lexicon, toks: list[Tok], text: str) -> bool:
    """'citing two officials' / 'citing customs data' / 'citing Business Insider' name a source; 'citing weaker
    demand from China' / 'citing a drop in demand' name a cause: the head (English: the last word of the first
    chunk) is a source head, data, a document or a report, or the phrase opens with a capitalised name or a
    known source."""
    words = [t for t in toks if t.word]
    if not words or lex.language != "en":
        return bool(words)
    head = head_word(lex, toks)
    if text[words[0].start].isupper() or head is not None and text[head.start].isupper() or find_alias(
            text[toks[0].start:toks[-1].end]):
        return True
    return head is not None and (any(_stem_in(lex, name, head) for name in (
        "anonymous_heads", "official_heads", "data_heads", "documents", "document_nouns", "reports", "media_heads", "cited_heads")) or (
        generic_group(lex, toks, head, text)) or _any(lex, "media_heads", _first_chunk(lex, toks)))  # 'the Walla news site'


def _up_to_comma(toks: list[Tok], lex: Lexicon | None = None) -> list[Tok]:
    """'A spokesperson for the agency': the phrase up to its first comma, whose organisation kinds a voice; with
    ``lex``, also up to the recipient of a channel ('a filing | with the Securities and Exchange Commission', 'a
    letter | to the ministry'): the body a document is sent to is not its author."""
    for k, t in enumerate(toks):
        if t.f in _EN_COMMAS or lex is not None and k and t.f in _RECIPIENT_LINKS and toks[k - 1].f in lex[
                "channel_heads"]:
            return toks[:k]
    return toks


def _owned_document(lex: Lexicon, toks: list[Tok], text: str) -> bool:
    """'An OECD report', 'A Greenpeace study': a document noun ending the phrase right after capitalised words
    (its publisher's name), with at most a determiner before them."""
    if "document_nouns" not in lex.sets or lex.language != "en":
        return False
    words = [t for t in toks if t.word]
    k = 1 if words and words[0].f in _EN_APPOSITION else 0
    return len(words) - k >= 2 and words[-1].f in lex["document_nouns"] and all(
        text[t.start].isupper() for t in words[k:-1])


def _inside_name(lex: Lexicon, toks: list[Tok], start: int) -> bool:
    """The alias starting at offset ``start`` is the genitive of an Arabic organisation head written without the
    article right before it (طيران الجزيرة، بنك الجزيرة): a word of that organisation's name; not after a noun
    naming the outlet itself (``outlet_nouns``: وكالة سانا، مكتب الجزيرة)."""
    k = next((k for k, t in enumerate(toks) if t.start == start), 0)
    if lex.language != "ar" or k == 0 or not toks[k - 1].word or toks[k - 1].f.startswith("ال"):
        return False
    prev = toks[k - 1]
    return _stem_in(lex, "official_heads", prev) and not _stem_in(lex, "outlet_nouns", prev)


def _opens_name(lex: Lexicon, toks: list[Tok], text: str, end: int) -> bool:
    """An English alias ending at offset ``end`` goes on, with no break, into more capitalised words of a name whose
    head is an official one ('The Independent | Electoral Commission', 'The Times | Higher Education Commission')."""
    k = next((k for k, t in enumerate(toks) if t.start >= end), len(toks))
    if lex.language != "en" or k == len(toks) or not toks[k].word or not text[toks[k].start].isupper():
        return False
    head = head_word(lex, toks[k:])  # two words at least: 'CNN International' stays the broadcaster
    return head is not None and head is not toks[k] and _stem_in(lex, "official_heads", head)


def _without_insertions(lex: Lexicon, toks: list[Tok]) -> list[Tok]:
    """The phrase without comma-delimited insertions on how or where the speaker spoke ('the minister,
    speaking to the Financial Times,' / ', in an interview with Al Jazeera,'): they name no source."""
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        if toks[k].f in _EN_COMMAS and k + 1 < len(toks) and (
                lex["insertion_participles"].match(toks, k + 1) or lex["statement_channels"].match(toks, k + 1)):
            k = next((m for m in range(k + 1, len(toks)) if toks[m].f in _EN_COMMAS), len(toks))
            continue
        out.append(toks[k])
        k += 1
    return out or toks


def person_name(toks: list[Tok], text: str) -> bool:
    words = [t for t in toks if t.word]
    return bool(words) and person_length([t.f for t in words], 0, written(text, words)) == len(words)


def _official_kind(lex: Lexicon, chunk: list[Tok]) -> str:
    """``government`` when a state head (ministry, regulator, army, minister) is in the chunk, ``organisation``
    for a trade union, else ``company``."""
    if _any(lex, "organisation_heads", chunk) or any(_stem_in(lex, "organisation_heads", t) for t in chunk if t.word):
        return "organisation"
    gov = any(lex["government_heads"].match(chunk, i) or _stem_in(lex, "government_heads", t)
              for i, t in enumerate(chunk) if t.word)
    return "government" if gov else "company"


def _named_after(lex: Lexicon, toks: list[Tok], head: Tok) -> bool:
    """'المحلل السياسي عامر السبايلة': a definite Arabic head (or an indefinite one heading a construct: 'خبير
    المياه'), its adjectives, then a personal name; or any head with a name in apposition ('مراقب التنبؤات،
    الدكتور فلان الفلاني')."""
    if lex.language != "ar":
        return False
    if apposed_name(lex, toks):
        return True
    words = [t for t in toks if t.word]
    k = words.index(head) + 1
    if not head.f.startswith("ال") and not (k < len(words) and words[k].f.startswith("ال")):
        return False  # an indefinite head counts only as a construct's ('خبير المياه الدكتور فلان')
    while k < len(words) and words[k].f.startswith("ال"):
        k += 1
    if k >= len(words) or k > 3 or words[k].f in lex["not_names"] or words[k].f[:1].isdigit():
        return False
    f = words[k].f
    return not (f.startswith(("ل", "ب")) and len(f) > 3) and len(f) > 1 and words[k - 1].end < words[k].start


def _apposed_person(lex: Lexicon, toks: list[Tok], text: str) -> list[Tok]:
    """'A lawyer for the family, Ruth Adeyemi': an English role, a comma and a personal name ending the phrase
    (two to five capitalised words, name particles and a title's dot allowed): the phrase reordered as 'Ruth
    Adeyemi, a lawyer for the family', which ``roles`` types (the person is named, or speaks for the body); []
    for any other phrase."""
    if lex.language != "en":
        return []
    k = next((i for i, t in enumerate(toks) if t.f in _EN_COMMAS), None)
    if not k or toks[0].f not in _EN_APPOSITION and not any(t.f in "'’" for t in toks[:k]):
        return []  # one person's role opens with a determiner or a possessive ('Officials in Gaza City, ...' do not)
    name = toks[k + 1:]
    while name and name[-1].f in _EN_COMMAS:
        name = name[:-1]
    words = [t for t in name if t.word]
    if 2 <= len(words) <= 5 and all(t.word or t.f == "." for t in name) and text[words[0].start].isupper() and all(
            text[t.start].isupper() or t.f in lex["name_particles"] for t in words):
        return [*name, toks[k], *toks[:k]]
    return []


def apposed_name(lex: Lexicon, toks: list[Tok]) -> bool:
    """The words after the phrase's comma are a personal name (two to four words, an honorific first)."""
    k = next((i for i, t in enumerate(toks) if t.f in _AR_COMMAS), None)
    if k is None:
        return False
    words = toks[k + 1:]
    while len(words) > 2 and (n := lex["honorifics"].match(words, 0)):
        words = words[n:]
    return 2 <= len(words) <= 4 and all(t.word and not t.f.startswith("ال") or i and t.f.startswith("ال")
                                        for i, t in enumerate(words)) and not any(
        t.f in lex["not_names"] or lex.verb(t.f) or lex["anonymity_markers"].match(words, i)
        for i, t in enumerate(words))


def _former(lex: Lexicon, chunk: list[Tok]) -> bool:
    """A former marker on the office-holder the phrase opens with, before any link to a body ('the outgoing
    mayor', 'محافظ البنك المركزي السابق'; not 'a spokesman for the former president', 'المتحدث باسم الرئيس السابق')."""
    markers, links = lex["former_markers"], lex["role_links"]
    for i, t in enumerate(chunk):
        if t.f in _AR_COMMAS or links.match(chunk, i):  # 'المتحدث باسم': a body's voice
            return False
        if markers.match(chunk, i):
            return True
    return False


def _first_chunk(lex: Lexicon, toks: list[Tok]) -> list[Tok]:
    if lex.language == "ar":  # the head's first words, and a spokesperson's title in apposition ('فلان، المتحدث')
        k = next((i for i, t in enumerate(toks) if t.f in _AR_COMMAS), len(toks))
        titled = k + 1 < len(toks) and lex["apposed_titles"].match(toks, k + 1)
        return toks[:min(k, 4)] + toks[k:k + 3] if titled else toks[:4]
    out = []
    for k, t in enumerate(toks):
        if t.f == "," and k + 1 < len(toks) and toks[k + 1].f in _EN_APPOSITION:
            continue  # "John Okafor, a spokesman for ...": the apposition types the name
        if _ends_chunk(t, k) and t.f not in ("of", "at", "in"):
            break
        out.append(t)
    return out


def outlet_span(text: str, toks: list[Tok]) -> Span | None:
    """Span of a known outlet named inside ``toks`` (with its quote marks), or None."""
    if not toks:
        return None
    base = toks[0].start
    hit = find_alias(text[base:toks[-1].end])
    if not hit or hit[3] != "media":
        return None
    s, e = base + hit[0], base + hit[1]
    if s > 0 and text[s - 1] in QUOTES_OPEN and e < len(text) and text[e] in QUOTES_CLOSE:
        s, e = s - 1, e + 1
    return Span.of(text, s, e)


def span_of(text: str, toks: list[Tok]) -> Span | None:
    """Span from the first to the last token (None when empty)."""
    return Span.of(text, toks[0].start, toks[-1].end) if toks else None
