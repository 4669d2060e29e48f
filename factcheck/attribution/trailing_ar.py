"""Arabic reporting clauses after their content: 'ارتفعت الصادرات 5%، قالت الوزارة يوم الثلاثاء، مع تحسن
الطلب' / '«...»، قال الوزير'. Wire copy puts a verb-first reporting clause after the comma that closes
what it reports, as English '..., the ministry said'.

Needs: the sentence tokens, the index of a reporting verb opening a clause after a comma, and the Arabic
lexicon (``trailing_cues``: verbs of saying that take no nominal object, so the words after them are
their subject; ``source_stops`` / ``statement_channels``: time words and channels that end a source).
Adds a ``Draft`` whose content is the clause before the comma and whose ``clause`` is the reporting
clause (cue, source, time and channel words), never a claim.
"""
from __future__ import annotations

from ..models import Span
from .cues import QUOTES_CLOSE, QUOTES_OPEN, Lexicon, Tok
from .draft import COMMAS, Draft, cut_source, next_comma, source_stop, strip_quotes
from .phrases_ar import back_to_clause, formal_after, object_start
from .recipients_ar import before_recipient, is_recipient

_MIN_CONTENT = 3  # words of the clause the reporting clause follows
_MAX_SOURCE = 6  # words of the source phrase
_MAX_CLAUSE = 10  # words from the verb to the closing comma or the sentence end
_MAX_QUOTED = 3  # words of a source written in quote marks («أرامكو»)
_IN_CLAUSE = (",", "،")  # the comma before the verb: a ؛ or ; closes the content off


def _tail(toks: list[Tok], i: int) -> tuple[list[Tok], int]:
    """(the words after the verb up to the next comma or the sentence end, the index of that comma)."""
    close = next_comma(toks, i + 1)
    tail = toks[i + 1:close]
    while tail and not tail[-1].word and tail[-1].f not in QUOTES_CLOSE:
        tail = tail[:-1]  # the sentence's full stop
    return tail, close


def _ends_source(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """What follows the source in a reporting clause: a time word, a channel or the outlet spoken to."""
    return bool(source_stop(toks, k, lex) or lex["statement_channels"].match(toks, k)
                or is_recipient(toks, k, lex))


def _subject_like(text: str, toks: list[Tok], i: int, source: list[Tok], lex: Lexicon, quoted: bool = False) -> bool:
    """The words after the verb read as its subject: a few words, no number, no verb outside an anonymity
    formula ('مصدر طلب عدم ذكر اسمه'), no direct object (a verbal noun with a possessive: 'قال كلمته'); after a
    closed quotation the verb takes none ('«...»، قال محامي المتهم': a construct, the defendant's lawyer)."""
    marked = next((k for k in range(len(source)) if lex["anonymity_markers"].match(source, k)), len(source))
    words = [t for t in source[:marked] if t.word]
    if not words or len(words) > _MAX_SOURCE or any(t.f[:1].isdigit() or lex.verb(t.f) for t in words):
        return False
    return quoted or object_start(text, toks, i + 1, i + 1 + marked, lex) >= i + 1 + marked


def _quotation(toks: list[Tok], start: int, i: int, lex: Lexicon) -> bool:
    """'«...»، أكد الوزير': the clause before the comma is one quotation and ``toks[i]`` a reporting verb
    (any kind: after a closed quotation even أكد، أوضح take no object, the words after them are the speaker)."""
    return (toks[start].f in QUOTES_OPEN and toks[i - 2].f in QUOTES_CLOSE
            and (verb := lex.verb(toks[i].f)) is not None and not verb[1])


def trailing_verb(text: str, toks: list[Tok], i: int, lex: Lexicon) -> tuple[Draft | None, int]:
    """The frame of a trailing verb-first reporting clause at ``toks[i]`` (a verb of ``trailing_cues``
    right after a comma), with the index after the clause; (None, i + 1) when it is not one."""
    if i < _MIN_CONTENT or toks[i - 1].f not in _IN_CLAUSE:
        return None, i + 1
    start = back_to_clause(toks, i - 1, lex)
    quoted = _quotation(toks, start, i, lex)
    if toks[i].f not in lex["trailing_cues"].singles and not quoted:
        return None, i + 1
    if sum(t.word for t in toks[start:i - 1]) < (1 if quoted else _MIN_CONTENT):
        return None, i + 1  # '«سنستأنف الحكم»، قال المحامي': quote marks close a short quotation off
    tail, close = _tail(toks, i)
    if not tail or sum(t.word for t in tail) > _MAX_CLAUSE or any(t.f == ":" for t in tail):
        return None, i + 1
    region = before_recipient(tail, lex)
    source = strip_quotes(cut_source(region, lex))
    if not _subject_like(text, toks, i, source, lex, quoted):
        return None, i + 1
    words = [t for t in source if t.word]
    if len(words) > _MAX_QUOTED and any(t.f in QUOTES_OPEN for t in source):
        return None, i + 1  # 'قال الوزير «...»': a quotation, not a source in quote marks
    if len(source) < len(tail) and not (tail[len(source)].f in QUOTES_CLOSE or _ends_source(tail, len(source), lex)):
        return None, i + 1  # 'قال الوزير كلمته': the words after the subject are not a reporting clause's
    d = Draft(lead=toks[i].start, cue=Span.of(text, toks[i].start, toks[i].end), source_toks=source,
              content_start=toks[start].start, content_end=toks[i - 1].start,
              formal=formal_after(tail, len(source), lex))
    d.clause = Span.of(text, toks[i].start, tail[-1].end)
    if len(source) == len(tail):
        close = _apposed_title(text, toks, close, d, lex)
        close = _described(text, toks, close, d)
    return d, close if close < len(toks) and toks[close].f in COMMAS else len(toks)


_HUWA = frozenset({"وهو", "وهي", "وهم", "وهما", "وهن"})
_NOT_NOUNS = frozenset({"ما", "من", "في", "لا", "لم", "لن", "قد", "الذي", "التي", "امر", "يعني", "بذلك"})


def _described(text: str, toks: list[Tok], k: int, d: Draft) -> int:
    """'«...»، قالت آمنة عبد الله، وهي نازحة في مخيم زمزم': a وهو/وهي phrase with an indefinite noun, no verb
    and no figure after the speaker (closed by the comma ``k``) says who the speaker is: it joins the
    reporting clause, not a claim of its own; the index of the comma (or end) after it, else ``k``."""
    if k + 2 >= len(toks) or toks[k].f not in _IN_CLAUSE or toks[k + 1].f not in _HUWA:
        return k
    m = next_comma(toks, k + 1)
    words = toks[k + 1:m]
    while words and not words[-1].word:
        words = words[:-1]
    noun = words[1].f if len(words) > 1 else ""
    if (not 1 < len(words) <= _MAX_SOURCE + 2 or not all(t.word for t in words) or noun.startswith("ال")
            or noun in _NOT_NOUNS or noun[:1] == "ي"
            or noun[:1] == "ت" and toks[k + 1].f != "وهو" or any(c.isdigit() for t in words for c in t.f)):
        return k  # 'وهو ما يعني' / 'وهي تعمل': no description; a figure is a fact of its own
    assert d.clause is not None  # trailing_verb set it
    d.clause = Span.of(text, d.clause.start, words[-1].end)
    return m


def _apposed_title(text: str, toks: list[Tok], k: int, d: Draft, lex: Lexicon) -> int:
    """'، قال محمد العلي، المتحدث باسم الوزارة': a spokesperson's or minister's title in apposition after
    the source (closed by the comma ``k``) joins the source to type and the reporting clause; the index
    of the comma (or end) after it, else ``k``."""
    if k + 1 >= len(toks) or toks[k].f not in _IN_CLAUSE or not lex["apposed_titles"].match(toks, k + 1):
        return k
    m = next_comma(toks, k + 1)
    title = toks[k + 1:m]
    while title and not title[-1].word:
        title = title[:-1]
    if not 0 < len(title) <= _MAX_SOURCE + 2 or not all(t.word for t in title):
        return k
    d.source = Span.of(text, d.source_toks[0].start, d.source_toks[-1].end)
    d.source_toks = [*d.source_toks, toks[k], *title]
    assert d.clause is not None  # trailing_verb set it
    d.clause = Span.of(text, d.clause.start, title[-1].end)
    return m
