"""Arabic complements and unnamed reports: where reported content opens (أن، بأن، إلى أن، a colon) and
report nouns that frame content of their own ('تقارير عن X', 'أنباء تفيد بأن X'), unless the report noun
is the genitive of a construct ('وكالة الأنباء', the news agency).

Needs: the sentence tokens and the Arabic lexicon (``complementizers``, ``complementizer_suffixes``,
``complementizer_preps``, ``reports``, ``report_links``, ``report_validity``, ``denied_reports``, ``hearsay``, ``hearsay_links``). Adds ``complementizer_forms``, ``complement``,
``report_content``, ``denied_content``, ``report`` (a ``Draft`` with no cue), ``is_report`` and ``genitive``;
``issued_statement`` (أصدرت الوزارة بياناً أكدت فيه أن: ``issuing_verbs``, ``issued_documents``,
``statement_pronouns``) and ``result_source`` (results as a prepositional frame's source: ``result_heads``,
``issuer_links``).
"""
from __future__ import annotations

from functools import cache

from .cues import CLITICS, Lexicon, Tok, lexicon
from .draft import COMMAS, Draft, cut_source, source_stop, strip_quotes
from .kinds import outlet_span, source_type, span_of


@cache
def complementizer_forms(language: str) -> frozenset[str]:
    """Folded complementizers with a و/ف clitic and pronoun endings (أن، وأن، أنها، بأنهم ...)."""
    lex = lexicon(language)
    base = lex["complementizers"].singles
    base |= {c + f for f in base for c in CLITICS if len(f) >= 3}
    return frozenset(base | {f + s for f in base for s in lex["complementizer_suffixes"].singles if len(s) <= 2})


def complement(toks: list[Tok], k: int, lex: Lexicon) -> int | None:
    """Token index where reported content starts if a complement opens at ``k``."""
    t = toks[k]
    forms = complementizer_forms(lex.language)
    if t.f in forms:
        return k
    if k + 1 < len(toks) and toks[k + 1].f in lex["complementizers"] and lex["complementizer_preps"].match(toks, k):
        return k + 1
    if t.f == ":":
        return k + 1 if k + 1 < len(toks) else None
    return None


def report_link(toks: list[Tok], i: int, lex: Lexicon) -> tuple[int, int] | None:
    """(link index, content index) after a report noun at ``i``: 'تقارير (صحفية) عن X' / 'تفيد بأن X'."""
    for k in range(i + 1, min(i + 5, len(toks))):
        t = toks[k]
        if t.f in COMMAS or not t.word:
            return None
        if lex["report_links"].match(toks, k):
            c: int | None
            if t.f == "عن":
                c = k + 1
            else:
                at = next((m for m in range(k + 1, min(k + 4, len(toks))) if complement(toks, m, lex) is not None), None)
                c = None if at is None else complement(toks, at, lex)
                if c is None and lex["hearsay_links"].match(toks, k + 1):
                    c = k + 2  # 'الأنباء التي تحدثت عن X': the verb's topic is the report's content
            return None if c is None or c >= len(toks) else (k, c)
    return None


def report_content(toks: list[Tok], i: int, lex: Lexicon) -> int | None:
    hit = report_link(toks, i, lex)
    return hit[1] if hit else None


def denied_content(toks: list[Tok], k: int, lex: Lexicon) -> int | None:
    """Content index of a denied or confirmed report opening at ``k``: 'صحة الأنباء عن X' (the report as
    the genitive of its truth), '(صحة) ما تردد عن X' / 'ما أشيع بأن X' / 'ما تداولته مواقع التواصل عن X' (hearsay, past up to three words
    of who spread it). None otherwise."""
    v = lex["report_validity"].match(toks, k)
    k += v
    if v and k < len(toks) and (is_report(lex, toks[k]) and toks[k].f.startswith("ال")
                                or lex["denied_reports"].match(toks, k)):
        return report_content(toks, k, lex)
    n = lex["hearsay"].match(toks, k) if k < len(toks) else 0
    if not n or k + n >= len(toks):
        return None
    for m in range(k + n, min(k + n + 4, len(toks) - 1)):  # past who spread it: 'ما تداولته مواقع التواصل عن'
        if lex["hearsay_links"].match(toks, m):
            return m + 1
        c = complement(toks, m, lex)
        if c is not None or not toks[m].word or toks[m].f in COMMAS:
            return c
    return None


def report(text: str, toks: list[Tok], i: int, lex: Lexicon):
    """تقارير عن X / أنباء تفيد بأن X: unnamed reports, no cue."""
    hit = report_link(toks, i, lex)
    if hit is None:
        return None, i + 1
    k, c = hit
    d = Draft(lead=toks[i].start, cue=None, source_toks=toks[i:k], report=True, content_start=toks[c].start)
    d.source = outlet_span(text, toks[i:k])
    return d, c


@cache
def report_forms(language: str) -> frozenset[str]:
    """Folded report nouns with the article and up to two و/ف clitics (تقارير، التقارير، وتقارير ...)."""
    reports = lexicon(language)["reports"]

    def is_report(f: str) -> bool:
        f = f[2:] if f.startswith("ال") else f
        return f in reports or (f[:1] in "وف" and f[1:] in reports)
    prefixes = [a + b + c for a in ("", "ال") for b in ("", *CLITICS) for c in ("", *CLITICS)]
    return frozenset(f for r in reports.singles for p in prefixes if is_report(f := p + r))


def is_report(lex: Lexicon, t: Tok) -> bool:
    return t.word and t.f in report_forms(lex.language)


def genitive(toks: list[Tok], k: int) -> bool:
    """The definite noun at ``k`` follows an indefinite one: the genitive of a construct ('وكالة الأنباء', the
    news agency), not a noun of its own ('نفت الشركة الأنباء عن X')."""
    prev = toks[k - 1]
    return toks[k].f.startswith("ال") and prev.word and not prev.f.startswith("ال") and not prev.f[:1].isdigit()


def _result_phrase(region: list[Tok], text: str, lex: Lexicon) -> int:
    """Tokens of a results noun (``result_heads``: النتائج، حصيلة) and its nisba adjectives at the start of a
    prepositional frame's source (النتائج الأولية، نتائج أولية، الحصيلة النهائية); 0 when the source is none.
    A state modifier (النتائج الرسمية) makes the state the issuer: it is left to ``kinds``."""
    if not region or not lex["result_heads"].match(region, 0):
        return 0
    definite = region[0].f.startswith("ال")
    k = 1
    while k < len(region) and region[k].word and region[k].f.startswith("ال") == definite and not (
            source_stop(region, k, lex)) and (
            text[region[k].start:region[k].end].endswith(("ي", "ية", "يه"))):
        if region[k].f in lex["state_modifiers"]:
            return 0
        k += 1
    return k


def issued_statement(toks: list[Tok], i: int, lex: Lexicon) -> tuple[int, int, int] | None:
    """(issuing verb, subject end, content) when the verb of saying at ``i`` points back with فيه/فيها to a
    document the clause before it issued: 'أصدرت وزارة الاقتصاد بياناً أكدت فيه أن X' (the subject runs from the
    issuing verb to the document noun), else None."""
    d = i - 2 if i > 1 and toks[i - 1].f in COMMAS else i - 1  # 'أصدرت النقابة بياناً، قالت فيه إن'
    if d < 2 or i + 2 >= len(toks) or toks[i + 1].f not in lex["statement_pronouns"].singles or (
            toks[d].f not in lex["issued_documents"].singles):
        return None
    c = complement(toks, i + 2, lex)
    v = next((m for m in range(d - 2, max(-1, d - 8), -1) if lex["issuing_verbs"].match(toks, m)), None)
    if c is None or v is None or not all(t.word for t in toks[v + 1:d]):
        return None
    return v, d, c


def result_source(d: Draft, text: str, region: list[Tok], lex: Lexicon) -> bool:
    """Fill ``d`` when a prepositional frame's source opens with results (``result_heads``) and say so: the issuer
    named by a relative clause (``issuer_links``: النتائج الأولية التي أعلنتها الهيئة) or a ل-complement that is a
    body (النتائج الأولية لوزارة الداخلية) is the source, the whole phrase its span; results of nobody
    (بحسب النتائج الأولية، نتائج الانتخابات) make the frame the writer's own (unattributed)."""
    n = _result_phrase(region, text, lex)
    if not n:
        return False
    link = lex["issuer_links"].match(region, n)
    if link and n + link < len(region):
        issuer_source(d, text, region, n + link, lex)
        return True
    rest = strip_quotes(cut_source(region, lex))[n:]
    body = _without_lam([t for t in rest if t.word])
    if _issuerless(text, body, lex):
        d.own = True
        return True
    if body[0].f != rest[0].f:
        d.source_toks, d.source = body, span_of(text, region[:n] + rest)
        return True
    return False


def issuer_source(d: Draft, text: str, region: list[Tok], after: int, lex: Lexicon) -> None:
    """Fill ``d`` from a document phrase whose issuer follows its ``issuer_links`` clause ending at ``after``
    (النتائج الأولية التي أعلنتها الهيئة، جدول الأسعار الذي أصدرته وزارة الطاقة): the issuer is the source, typed by
    its own head, and the span runs over the whole phrase."""
    d.source_toks = strip_quotes(cut_source(region[after:], lex))
    d.source = span_of(text, region[:after] + d.source_toks)


def _without_lam(words: list[Tok]) -> list[Tok]:
    """``words`` with the preposition ل off the first one (للهيئة as الهيئة, لوزارة as وزارة)."""
    f = words[0].f if words else ""
    if not (f.startswith("ل") and len(f) > 4):
        return words
    return [Tok(words[0].start, words[0].end, "ا" + f[1:] if f.startswith("لل") else f[1:], True), *words[1:]]


def _issuerless(text: str, words: list[Tok], lex: Lexicon) -> bool:
    """What follows a results noun and its adjectives names no issuer: nothing, or up to three words naming
    what was counted (نتائج الانتخابات، النتائج الأولية للتصويت), typed as no known kind of source; a body
    (للهيئة، لوزارة الصحة) or a document (نتائج المسح) is typed as usual."""
    if not words:
        return True
    if len(words) > 3 or any(lex["document_nouns"].match(words, m) or lex["definite_documents"].match(words, m)
                             for m in range(len(words))):
        return False
    return source_type(lex, words, text) == ("named", None)

