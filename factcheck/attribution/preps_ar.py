"""Arabic prepositional attribution frames: بحسب X، Y / Y، بحسب X / وفقاً لـ X / وفق ما نقلت X عن Y. The cue takes a
relative verb after it (بحسب ما أعلنته X); an instrument (وفق اتفاق، وفقاً للقانون) is no frame; a relayed report keeps
the outlet as its source and cites Y; a report of an outlet (بحسب تقرير لوكالة X) is the outlet's.

Needs: the sentence tokens, the index and length of the preposition phrase, and the Arabic lexicon. Adds:
``prep_frame``, the draft and the index to resume from (for ``frames_ar``).
"""
from __future__ import annotations

from ..models import Span
from .cues import Lexicon, Tok
from .draft import (
    COMMAS,
    Draft,
    cited_after,
    coordinated,
    cut_source,
    is_clause_initial,
    next_comma,
    own_clause,
    strip_quotes,
    trails,
)
from .kinds import outlet_span, span_of
from .phrases_ar import (
    apposed_complement,
    back_to_clause,
    cited_words,
    conformity,
    conformity_noun,
    document_clause,
    ends_in_lam,
    inserted_after,
    issuer_at,
    owner_source,
    relative_verb,
    relayed_from,
    report_owner,
    with_apposition,
)
from .recipients_ar import before_recipient
from .reports_ar import issuer_source, result_source


def prep_frame(text: str, toks: list[Tok], i: int, n: int, lex: Lexicon) -> tuple[Draft | None, int]:
    """بحسب X، Y / Y، بحسب X / وفقاً لـ X ..."""
    last = toks[i + n - 1]
    j, src_start = i + n, None
    cue_end = last.end
    if last.f != "ل" and ends_in_lam(lex, toks, i, n):  # وفقاً لبيانات: the source starts after ل
        src_start = last.start + text[last.start:last.end].find("ل") + 1
        if last.f.startswith("لل"):  # ل + ال (للتقرير): keep the word whole, the cue is before it
            src_start, cue_end = last.start, toks[i + n - 2].end
        else:
            cue_end = src_start
        j = i + n - 1
    cue = Span.of(text, toks[i].start, cue_end)
    k = next_comma(toks, j)
    c = next((m for m in range(j, k) if toks[m].f in lex["complementizers"]), None)
    if c is None and lex["document_leads"].match(toks, i):
        return None, i + 1  # 'جاء في المرتبة الثانية': no reported content, no frame
    a = apposed_complement(toks, k, lex) if c is None else None  # بحسب X، المتحدث باسم Y، فإن
    region = toks[j:k if c is None else c]
    k, c = (c, c) if c is not None else (a, a) if a is not None else (k, None)
    if src_start is not None and region:
        f = region[0].f
        if src_start != region[0].start or f.startswith("لل"):
            f = ("ا" if src_start == region[0].start else "") + f[1:]  # لبيانات as بيانات, للشركة as الشركة
        region = [Tok(src_start, region[0].end, f, True), *region[1:]]
    n_rel = relative_verb(region, lex, toks[i + n - 1])
    if n_rel and len(region) > n_rel:  # بحسب ما أعلنته X / حسبما ذكرت X: the cue takes the verb
        cue = Span.of(text, toks[i].start, region[n_rel - 1].end)
        region = before_recipient(region[n_rel:], lex)  # 'بحسب ما قال X لـ«Y»': the outlet told is not the source
    set_off = i == 0 or toks[i - 1].f in COMMAS  # 'X، وفق جدول …' / 'وفق جدول …، X': a frame of the sentence
    if not region or not n_rel and conformity(region, lex, set_off):
        return None, i + 1  # 'وفق اتفاق سابق' / 'وفقاً للقانون': what is done in conformity, nobody's report
    d = Draft(lead=toks[i].start, cue=cue)
    link = relayed_from([t for t in toks[i:k] if t.end <= cue.end], region, lex)
    if link is not None:  # وفق ما نقلت X عن Y: X relays, Y is cited
        d.cited = span_of(text, strip_quotes(cut_source(cited_words(region[link + 1:], lex), lex)))
        region = region[:link]
    _prep_source(d, text, region, lex)
    if a is not None and d.source_toks:
        d.source, d.source_toks = d.source or span_of(text, d.source_toks), with_apposition(toks[j:a - 1], lex)
    if c is None:
        k = cited_after(text, toks, k, d, lex, trailing=i > 0)  # بحسب رويترز، نقلاً عن مندوبين، فإن X
    if is_clause_initial(toks, i, lex) and k < len(toks) - 1 and not trails(toks, i, k, lex):
        start = k if c is not None else k + 1
        d.content_start = toks[inserted_after(toks, i, start, lex)].start
        return d, start
    if not i:
        return None, i + 1
    s = own_clause(toks, i, back_to_clause(toks, i, lex), lex)
    d.content_start, d.content_end = toks[s].start, toks[i - 1].end
    if k + 2 < len(toks) and toks[k].f in COMMAS and coordinated(toks, k + 1, lex) and not lex.verb(toks[k + 1].f):
        d.tail, d.tail_start = toks[k].start, toks[k + 1].start  # 'X، بحسب Y، ويوظف Z': Y goes on over Z
    return d, k


def _prep_source(d: Draft, text: str, region: list[Tok], lex: Lexicon) -> None:
    if result_source(d, text, region, lex):
        return  # 'بحسب النتائج الأولية (التي أعلنتها الهيئة)': results speak only through their issuer
    issued = issuer_at(region, lex) if conformity_noun(region, lex) else None
    if issued is not None:  # 'وفق جدول الأسعار الذي أصدرته وزارة الطاقة': the issuer is the source, the span the phrase
        issuer_source(d, text, region, sum(issued), lex)
        return
    for m in range(len(region)):
        if lex["cited_links"].match(region, m) and m:
            n = lex["cited_links"].match(region, m)
            d.cited = span_of(text, strip_quotes(region[m + n:]))
            region = region[:m]
            break
    region = document_clause(region, lex)
    d.source_toks = strip_quotes(cut_source(region, lex))  # 'بحسب الوزارة يوم الثلاثاء': the day is the cue's
    owner = report_owner(text, region, lex)
    if owner:  # 'بحسب تقرير لوكالة بلومبرغ': the outlet's report, the outlet is the source
        d.source_toks = owner
        d.source = owner_source(text, region, owner)
        return
    outlet = outlet_span(text, d.source_toks)
    if outlet and any(lex["included_links"].match(region, m) for m in range(len(region))):
        d.source = outlet
