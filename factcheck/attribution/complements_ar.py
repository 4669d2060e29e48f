"""The words after an Arabic reporting verb up to its complement: where the source region ends, where the
content starts and how (a complementizer, عن + topic, a participle's quote), past insertions, appositions and
adjuncts between commas; a report noun or a denied object (نفى X صحة الأنباء عن Y) opens the content, and a
coordinated reporting verb (وقال، فيما أكد) ends the search: it frames its own report.

Needs: the sentence tokens and the Arabic lexicon. Adds ``scan_complement``. Split from ``frames_ar``.
"""
from __future__ import annotations

from .adjuncts_ar import skip_adjuncts
from .cues import QUOTES_OPEN, Lexicon, Tok
from .draft import COMMAS, INSERTION_MAX
from .phrases_ar import skip_apposition, skip_insertion
from .reports_ar import complement, complementizer_forms, denied_content, genitive, is_report, report_content
from .verbs_ar import second_frame

_MAX_SOURCE = 18  # words between a verb and its complement


def _bi_object(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """'بانهيار' / 'بمقتل': a بـ-prefixed verbal noun (not بأن, not a prepositional cue like بحسب)."""
    f = toks[k].f
    return (toks[k].word and f.startswith("ب") and len(f) > 4 and f not in complementizer_forms(lex.language)
            and not lex["prepositions"].match(toks, k))


def scan_complement(toks: list[Tok], j: int, lex: Lexicon, announce: bool | str):
    """From ``j``: (region end, content index or None, 'complement'|'about'|'quote'|None)."""
    k = j
    while k < len(toks) and k - j <= _MAX_SOURCE:
        c = complement(toks, k, lex)
        if c is not None:
            return k, c, "complement"
        t = toks[k]
        if k > j and is_report(lex, t) and not genitive(toks, k):
            c = report_content(toks, k, lex)
            if c is not None:  # نفت الشركة تقارير عن X: the speaker's frame, X is what is denied
                return k, c, "complement"
        c = denied_content(toks, k, lex) if k > j and t.word else None
        if c is not None:  # نفى X صحة الأنباء عن Y / نفت الوزارة ما تردد عن Y: Y is what is denied
            return k, c, "complement"
        if (announce and t.f == "عن" and not _unnamed_by(toks, j, k, lex) and not lex["cited_links"].match(toks, k - 1)
                and not lex["data_links"].match(toks, k - 1)  # 'بيانات صادرة عن الوزارة': the issuer, not 'about'
                or announce == "inform" and k > j and _bi_object(toks, k, lex)):
            return k, k, "about"
        verb = lex.verb(t.f) if t.word else None
        if verb and not verb[1] and k > j and second_frame(toks, k, lex):
            return k, None, None  # 'نفى الوزير التهم وقال محاموه إن': the coordinated verb frames its own report
        if verb and verb[1] and k > j:  # participle inside: قائلاً: "..."
            for m in range(k + 1, min(k + 4, len(toks))):
                c = complement(toks, m, lex)
                if c is not None:
                    return k, c, "quote"
            return k, None, None
        if t.f in COMMAS:
            if k + 1 < len(toks) and (complement(toks, k + 1, lex) is not None or announce and toks[k + 1].f == "عن"):
                k += 1
                continue
            quote = _anonymous_quote(toks, k, lex)
            if quote is not None:
                return k, quote, "complement"  # '، طالباً عدم ذكر اسمه: "…"': the aside is the frame's
            skip = skip_insertion(toks, k, lex)
            if skip > k and (complement(toks, skip, lex) is not None or announce and toks[skip].f == "عن"):
                k = skip
                continue
            skip = skip_apposition(toks, k, lex)
            if skip > k and (complement(toks, skip, lex) is not None or skip + 1 < len(toks) and toks[skip].f in lex[
                    "relay_quotatives"] and complement(toks, skip + 1, lex) is not None):
                k = skip  # قال X، المتحدث باسم Y، إن / نقلت X عن طبيب، طلب عدم كشف هويته، قوله إن
                continue
            skip = skip_adjuncts(toks, skip if skip > k else k + 1, lex)
            if skip > k + 1 and skip < len(toks) and complement(toks, skip, lex) is not None:
                k = skip  # قال X، Y، في مؤتمر صحفي / لـ"Z" / مساء أمس، إن
                continue
            return k, None, None
        if t.f in QUOTES_OPEN and k > j and not toks[k - 1].word and toks[k - 1].f == ":":
            return k, k, "complement"
        k += 1
    return k, None, None


def _anonymous_quote(toks: list[Tok], k: int, lex: Lexicon) -> int | None:
    """Index of the quotation after an anonymity aside opening at comma ``k`` and closed by a colon ('، طالباً عدم ذكر
    اسمه: "…"'), else None."""
    if not any(lex["anonymity_markers"].match(toks, m) for m in range(k + 1, min(k + 3, len(toks)))):
        return None
    for m in range(k + 1, min(len(toks) - 1, k + 1 + INSERTION_MAX)):
        if toks[m].f in COMMAS:
            return None
        if toks[m].f == ":" and toks[m + 1].f in QUOTES_OPEN:
            return m + 1
    return None


def _unnamed_by(toks: list[Tok], j: int, k: int, lex: Lexicon) -> bool:
    """'أفاد مصدر فضّل عدم الكشف عن هويته بأن': the عن at ``k`` belongs to an anonymity formula opening in the
    four words before it, not to the topic the verb informs about."""
    return any(lex["anonymity_markers"].match(toks, m) for m in range(max(j, k - 4), k))
