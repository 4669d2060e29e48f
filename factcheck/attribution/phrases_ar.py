"""Arabic source-phrase helpers for ``frames_ar``: insertions and appositions around a source,
personal-name shape, and relative verb phrases (ما أعلنته). The object of an announcement and the
verbal nouns are in ``objects_ar`` (re-exported here).

Needs: tokens of one sentence and the Arabic lexicon. Adds token-index and token-list helpers only.
"""
from __future__ import annotations

from ..models import Span
from .cues import CLITICS, QUOTES_CLOSE, QUOTES_OPEN, Lexicon, Tok
from .draft import COMMAS, INSERTION_MAX, clause_start, cut_source, next_comma, source_stop, strip_quotes
from .kinds import outlet_span
from .objects_ar import adverb, bare_object, object_start, place_lead, verbal_noun  # noqa: F401  (re-exported)

_MAX_APPOSITION = 8  # words of a comma-delimited apposition to the source ('، المتحدث باسم الوزارة،')
_SUBJECT_MAX = 6  # words of a subject before a prepositional frame inserted after it
_OBJECT_PRONOUNS = ("ته", "تها", "ه", "ها")
_QUOTE_MARKS = QUOTES_OPEN | QUOTES_CLOSE
_KANA = frozenset({"كان", "كانت", "كانوا", "كانا", "كانتا"})
_QAD = frozenset({"قد", "لقد"})


def auxiliaries(toks: list[Tok], s: int, i: int) -> tuple[int, int]:
    """Bounds of an SVO subject between ``s`` and the verb at ``i`` without the كان that opens a pluperfect
    and the قد before the verb ('وكانت الوزارة قد أعلنت' → الوزارة)."""
    if s < i and (toks[s].f in _KANA or toks[s].f[:1] in CLITICS and toks[s].f[1:] in _KANA):
        s += 1
    e = i
    if e > s and toks[e - 1].f in _QAD:
        e -= 1
    return s, e


def impersonal(f: str) -> bool:
    """A masculine present form (يتوقع، ويقدر) that reads as the impersonal passive when it has no subject."""
    return (f[1:] if f[:1] in CLITICS and len(f) > 4 else f).startswith("ي")


def skip_insertion(toks: list[Tok], k: int, lex: Lexicon) -> int:
    """Past a comma-delimited time insertion ('، اليوم الأحد،') or one telling when or where a document came out
    (``document_insertions``: '، الصادرة الأحد،', '، التي نشرت الثلاثاء،') starting at ``k``, else ``k``."""
    if k + 1 < len(toks) and toks[k].f in COMMAS and (source_stop(toks, k + 1, lex) or (
            "document_insertions" in lex.sets and lex["document_insertions"].match(toks, k + 1))):
        m = next_comma(toks, k + 1)
        return m + 1 if m < len(toks) - 1 and m - k <= 5 else k
    return k


def apposed_complement(toks: list[Tok], k: int, lex: Lexicon) -> int | None:
    """Index of the complementizer after a comma-delimited apposition starting at comma ``k``
    ('بحسب مصدر، فضّل عدم ذكر اسمه، فإن'), else None."""
    if k + 1 >= len(toks) or toks[k].f not in COMMAS or lex["cited_links"].match(toks, k + 1):
        return None  # 'وفقاً لبلومبرغ، نقلاً عن مصادر، فإن': a cited source, not an apposition
    m = skip_apposition(toks, k, lex)
    return m if k < m < len(toks) and toks[m].f in lex["complementizers"] else None


def inserted_after(toks: list[Tok], i: int, start: int, lex: Lexicon) -> int:
    """Where the content of a prepositional frame at ``i`` starts: at the sentence's subject when the
    frame is an insertion after it ('الأسعار، بحسب الوزارة، ارتفعت'), else at ``start``; the subject is a
    few words with no reporting verb, and the content after the insertion opens with no joiner."""
    if i < 2 or toks[i - 1].f not in COMMAS or i - 1 > _SUBJECT_MAX or start >= len(toks):
        return start
    if toks[start].f in lex["clause_joiners"] or toks[start].f in lex["complementizers"]:
        return start
    if all(t.word and not lex.verb(t.f) for t in toks[:i - 1]):
        return 0
    return start


def ends_in_lam(lex: Lexicon, toks: list[Tok], i: int, n: int) -> bool:
    """The prepositional cue of ``n`` tokens at ``i`` ends in ل (وفقاً لـ)."""
    return any(len(key) == n and key[-1] == "ل" for key in lex["prepositions"]._first(toks[i].f))


def back_to_clause(toks: list[Tok], i: int, lex: Lexicon) -> int:
    """Start of the content a trailing frame at ``i`` covers: the sentence start or the last colon."""
    for m in range(i - 1, -1, -1):
        if toks[m].f in (":", ";", "؛"):
            return m + 1
    return 0


def skip_apposition(toks: list[Tok], k: int, lex: Lexicon | None = None) -> int:
    """Past a comma-delimited run of words ('، المتحدث باسم الوزارة،', 'الرئيس التنفيذي لـ«X»،') starting
    at ``k``, else ``k``; quote marks around a name do not count as words. With ``lex``, an insertion
    opening with an anonymity phrase may run longer ('، طلب عدم الكشف عن هويته لأنه غير مخول ...،')."""
    limit = _MAX_APPOSITION
    if lex is not None and any(lex["anonymity_markers"].match(toks, m) for m in range(k + 1, min(k + 3, len(toks)))):
        limit = INSERTION_MAX
    m = next_comma(toks, k + 1, min(len(toks), k + limit + 4))
    inner = toks[k + 1:m]
    words = sum(t.word for t in inner)
    if 1 <= words <= limit and m < len(toks) - 1 and toks[m].f in COMMAS and all(
            t.word or t.f in _QUOTE_MARKS for t in inner) and inner[0].word:
        return m + 1
    return k


def with_apposition(toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """Source tokens to type: a name with its apposition, but not a relative clause or time insertion."""
    k = next_comma(toks, 0)
    if k + 1 < len(toks) and source_stop(toks, k + 1, lex):
        return toks[:k]
    return [t for t in toks if t.f not in COMMAS or t is toks[k]]


def name_like(words: list[Tok], lex: Lexicon) -> bool:
    """'سالم المهيري' / 'الدكتور موسى المعايطة': up to four words after an honorific, the first without the
    article, no function word."""
    k = 0
    while k < len(words) - 1 and (n := lex["honorifics"].match(words, k)):
        k += n
    words = words[k:]
    return 0 < len(words) <= 4 and not words[0].f.startswith("ال") and not any(
        t.f in lex["not_names"] or t.f[:1].isdigit() or t.f.startswith(("لل", "بال")) for t in words)


def until_comma(toks: list[Tok]) -> list[Tok]:
    k = next_comma(toks, 0)
    return toks[:k]


_RESUMPTIVE = frozenset({"به", "بها", "عنه", "عنها", "فيه", "فيها", "عليه", "عليها"})  # folded preposition + pronoun after ما + verb


def relative_verb(region: list[Tok], lex: Lexicon, cue: Tok | None = None) -> int:
    """Tokens of 'ما أعلنته' / 'أعلنت' opening a prepositional frame's region (0 when none); after a cue
    ending in the verb ('بحسب ما أفاد'), the resumptive به that opens the region; after a statement noun
    closing the cue or opening the region, a verb and its resumptive pronoun ('بحسب تصريحات أدلى بها X',
    'وفقاً لتصريحات أدلت بها X'). ``cue``: the cue's last token."""
    if cue is not None and lex.verb(cue.f) and len(region) > 1 and region[0].f in _RESUMPTIVE:
        return 1  # 'بحسب ما أفاد به مراسل X': به refers back to ما, the source follows
    nouns = lex["statement_nouns"]
    lead = 1 if region and region[0].f in nouns else 0 if cue is not None and cue.f in nouns else -1
    if lead >= 0 and len(region) > lead + 2 and region[lead].word and region[lead + 1].f in _RESUMPTIVE:
        return lead + 2  # an asyndetic relative clause on the statement noun
    k = 1 if region and region[0].f == "ما" else 0
    if k >= len(region):
        return 0
    f = region[k].f
    if lex.verb(f) or any(f.endswith(p) and len(f) - len(p) >= 3 and lex.verb(f[:-len(p)]) for p in _OBJECT_PRONOUNS):
        resumptive = k and k + 2 < len(region) and region[k + 1].f in _RESUMPTIVE
        return k + 2 if resumptive else k + 1  # 'حسب ما أفادت به المديرية': به refers back to ما
    return 0


def _verb_kind(f: str, lex: Lexicon) -> str | None:
    """Kind of the reporting verb ``f`` (object pronoun endings allowed: نقلته), else None."""
    hit = lex.verb(f) or next((lex.verb(f[:-len(p)]) for p in _OBJECT_PRONOUNS
                               if f.endswith(p) and len(f) - len(p) >= 3 and lex.verb(f[:-len(p)])), None)
    return hit[0] if hit else None


def relayed_from(cue: list[Tok], region: list[Tok], lex: Lexicon) -> int | None:
    """'وفق ما نقلت وكالة رويترز عن مصدر مطلع': when the cue's verb relays (نقل), the index in ``region``
    of the عن that introduces the cited source (the outlet before it is the channel), else None."""
    if not any(t.word and _verb_kind(t.f, lex) == "relay" for t in cue):
        return None
    return next((m for m, t in enumerate(region) if m and t.f == "عن" and m + 1 < len(region)), None)


def cited_words(toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """The cited source after عن, without the verbal noun that closes it ('عن الوزير قوله')."""
    while toks and toks[-1].f in lex["relay_quotatives"]:
        toks = toks[:-1]
    return toks


def report_owner(text: str, region: list[Tok], lex: Lexicon) -> list[Tok]:
    """'تقرير لوكالة بلومبرغ' / 'تقرير لـ«رويترز»': after a report noun, a ل-phrase names whose report it is
    (not someone spoken to, as after a verb): its words up to a comma or stop phrase, without the ل (a
    fused ل + ال stays whole, as after وفقاً لـ), else []."""
    if len(region) < 2 or region[0].f not in lex["reports"]:
        return []
    t = region[1]
    if t.f == "ل":
        return strip_quotes(cut_source(region[2:], lex)) if len(region) > 2 else []
    if not t.f.startswith("ل") or len(t.f) <= 3:
        return []
    if t.f.startswith("لل"):
        t = Tok(t.start, t.end, "ا" + t.f[1:], True)  # للبنك typed as البنك
    else:
        t = Tok(t.start + text[t.start:t.end].find("ل") + 1, t.end, t.f[1:], True)
    return strip_quotes(cut_source([t, *region[2:]], lex))


def owner_source(text: str, region: list[Tok], owner: list[Tok]) -> Span | None:
    """Source span of a report with an owner (``report_owner``): the owner ('تقرير لمنظمة العفو' → the
    organisation), but the report noun with it when the ل is fused to the article ('تقرير للأمم المتحدة':
    no span can start inside للأمم)."""
    if len(region) > 1 and owner and owner[0].start == region[1].start and region[1].f.startswith("لل"):
        return closed_quote(text, Span.of(text, region[0].start, owner[-1].end))
    return closed_quote(text, outlet_span(text, owner))


def conformity(region: list[Tok], lex: Lexicon, set_off: bool = False) -> bool:
    """The region after وفق/بحسب opens with an instrument one acts in conformity with (اتفاق، قانون، خطة،
    قرار، الجدول، الفصل 47), not a source. Set off from its clause by a comma (``set_off``), one a body issued
    (``issuer_at``) is that body's document stating the clause ('ارتفع سعر المازوت 1200 ليرة، وفق جدول الأسعار الذي
    أصدرته وزارة الطاقة'); bound to its verb it stays what is done ('ستجرى الانتخابات وفقاً للجدول الذي أعلنته الهيئة')."""
    if lex["charge_documents"].match(region, 0):
        return False  # 'بحسب لائحة الاتهام': the indictment states the facts, a source
    if set_off and issuer_at(region, lex) is not None:
        return False  # 'وفق جدول الأسعار الذي أصدرته وزارة الطاقة': a body's document, stating the figure
    return conformity_noun(region, lex)


def conformity_noun(region: list[Tok], lex: Lexicon) -> bool:
    """``region`` opens with one of ``conformity_nouns`` (with or without the article)."""
    f = region[0].f
    nouns = lex["conformity_nouns"]
    return f in nouns or f.startswith("ال") and f[2:] in nouns


ISSUED_REACH = 4  # words of a document's name before the clause saying who issued it (جدول أسعار المحروقات الذي)


def issuer_at(region: list[Tok], lex: Lexicon) -> tuple[int, int] | None:
    """(index, length) of an ``issuer_links`` clause after the first words of ``region`` (جدول الأسعار الذي
    أصدرته، القرار الصادر عن) with words after it, or None."""
    for k in range(1, min(len(region) - 1, ISSUED_REACH + 1)):
        n = lex["issuer_links"].match(region, k)
        if n and k + n < len(region):
            return k, n
    return None


def document_clause(region: list[Tok], lex: Lexicon) -> list[Tok]:
    """``region`` without a clause describing the document it names ('تقرير للأمم المتحدة نُشر في مارس',
    'وثائق اطلعت عليها رويترز'); a verb followed by عن names the issuer and stays ('تقرير صدر عن البنك')."""
    for k in range(1, len(region)):
        n = lex["document_verbs"].match(region, k)
        if n and not (k + n < len(region) and region[k + n].f == "عن"):
            return region[:k]
    return region


def closed_quote(text: str, span: Span | None) -> Span | None:
    """``span`` with the closing quote mark of a quote it opens ('وكالة "رويترز'), if one follows."""
    if span is None:
        return None
    inner = text[span.start:span.end]
    opens = sum(inner.count(q) for q in QUOTES_OPEN if q not in QUOTES_CLOSE) + inner.count('"') % 2
    closes = sum(inner.count(q) for q in QUOTES_CLOSE if q not in QUOTES_OPEN)
    if opens > closes and span.end < len(text) and text[span.end] in QUOTES_CLOSE:
        return Span.of(text, span.start, span.end + 1)
    return span



def formal_after(region: list[Tok], k: int, lex: Lexicon) -> bool:
    """'وقالت X في بيان (رسمي) إن': a formal channel (past commas) follows the source ending at ``k``."""
    while k < len(region) and region[k].f in COMMAS:
        k += 1
    return k < len(region) and bool(lex["formal_channels"].match(region, k))


def apposed_subject(toks: list[Tok], i: int, lex: Lexicon) -> tuple[list[Tok], list[Tok]]:
    """'X، الباحثة في Y، أكدت': (the name X, X with its apposition) of an SVO subject, or empty lists."""
    if i < 4 or toks[i - 1].f not in COMMAS:
        return [], []
    q = clause_start(toks, i - 1, lex)
    if q < 2 or toks[q - 1].f not in COMMAS or not 0 < i - 1 - q <= _MAX_APPOSITION:
        return [], []
    h = clause_start(toks, q - 1, lex)
    head = toks[h:q - 1]
    if not 0 < len(head) <= 4 or (h and toks[h - 1].f in COMMAS) or any(lex.verb(t.f) for t in head):
        return [], []
    lead = toks[q].f
    if not (lead.startswith("ال") or lead[:1].isdigit() or source_stop(toks, q, lex)):
        return [], []
    return head, with_apposition(toks[h:i - 1], lex)
