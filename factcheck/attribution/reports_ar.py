"""Arabic complements and unnamed reports: where reported content opens (أن، بأن، إلى أن، a colon) and
report nouns that frame content of their own ('تقارير عن X', 'أنباء تفيد بأن X'), unless the report noun
is the genitive of a construct ('وكالة الأنباء', the news agency).

Needs: the sentence tokens and the Arabic lexicon (``complementizers``, ``complementizer_suffixes``,
``complementizer_preps``, ``reports``, ``report_links``, ``report_validity``, ``denied_reports``, ``hearsay``, ``hearsay_links``). Adds ``complementizer_forms``, ``complement``,
``report_content``, ``denied_content``, ``report`` (a ``Draft`` with no cue), ``is_report`` and ``genitive``.
"""
from __future__ import annotations

from functools import cache

from .cues import CLITICS, Lexicon, Tok, lexicon
from .draft import COMMAS, Draft
from .kinds import outlet_span


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
