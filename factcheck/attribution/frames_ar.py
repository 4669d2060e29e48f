"""Arabic attribution frames of one sentence: reporting verbs (VSO and SVO), prepositional frames
(بحسب، وفقاً لـ، نقلاً عن ...: ``preps_ar``), unnamed reports (تقارير عن X) and the writer's own-voice formulas.

Needs: the sentence tokens and the Arabic lexicon. Adds: ``Draft`` frames in text order; content
starts at the complementizer (أن، بأن، فإن، إن; إلى أن → أن), after a colon, or after the comma
that closes a prepositional frame; announcements with a nominal object cover the whole clause (a bare
verbal noun after a definite subject, أعلن الدفاع المدني إخماد حريق, is the body's formal voice).
وفق/بحسب + an instrument (اتفاق، قانون، خطة) is no frame; a clause describing a document (نُشر في مارس)
is cut off its source.
Complements and report nouns are in ``reports_ar``, the search for the complement past the source in
``complements_ar``; the outlet, audience or object told (لرويترز،
للصحفيين، أبلغ الوزير البرلمان) is cut off the source by ``recipients_ar``; the adjuncts between a source
and its complement or object (أمام البرلمان، على هامش المعرض، في وقت سابق) are skipped by ``adjuncts_ar``.
"""
from __future__ import annotations

from bisect import bisect_left

from ..models import Span
from .adjuncts_ar import (
    date_adjunct,
    fronted_channel,
    past_adjuncts,
    skip_adjuncts,
    without_adverbial,
    without_time_adjunct,
)
from .complements_ar import scan_complement
from .cues import Lexicon, Tok
from .draft import (
    COMMAS,
    Draft,
    clause_start,
    cut_source,
    next_comma,
    scan,
    source_stop,
    strip_quotes,
    words_only,
)
from .kinds import apposed_name, person_name, source_type, span_of
from .names_ar import ends_in_name, name_ali
from .objects_ar import definite_object, past_relative_object
from .phrases_ar import (
    adverb,
    apposed_subject,
    auxiliaries,
    bare_object,
    cited_words,
    document_clause,
    formal_after,
    impersonal,
    name_like,
    object_start,
    owner_source,
    place_lead,
    report_owner,
    skip_insertion,
    until_comma,
    with_apposition,
)
from .preps_ar import prep_frame
from .recipients_ar import before_object, before_recipient, is_recipient, object_only, tells
from .reports_ar import (
    complement,
    complementizer_forms,
    is_report,
    issued_statement,
    report,
)
from .time_adjuncts import time_adjunct
from .trailing_ar import trailing_verb
from .verbs_ar import conjoined, homograph_verb, joiner_before, participle_after

_MAX_SUBJECT = 6  # words of an SVO subject before the verb
# kinds whose bare nominal object is reported with the whole clause: 'أعلنت الوزارة إغلاق X'; a denial
# 'نفت الوزارة وجود نقص' keeps its verb in the claim, which stays denied
_NOMINAL = ("announce", "deny")
# a verb of confirming reports only a bare verbal-noun object after a definite subject, as an announcement does:
# 'أكدت الوزارة مقتل 12 شخصا' (any other object, 'أكد الوزير التزامه', reports nothing)
_CONFIRM = "confirm"


def _estimated_at(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """The amount an estimating verb is passive for opens at ``k``: one of ``estimated_at`` (بنحو، بأكثر من) or a number
    with ب (بـ 5 ملايين، ب٥)."""
    if k >= len(toks):
        return False
    f = toks[k].f
    return bool(lex["estimated_at"].match(toks, k)) or f == "ب" and k + 1 < len(toks) and toks[k + 1].f[:1].isdigit() or (
        f[:1] == "ب" and f[1:2].isdigit())


def _amount_after_object(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """An estimating verb at ``i`` (``measure_estimates``) whose object, of one to three words, is followed by the
    amount it is estimated at ('قدّرت الخسائر بنحو', 'قدروا قيمتها بأكثر من')."""
    return bool(lex["measure_estimates"].match(toks, i)) and any(
        _estimated_at(toks, m, lex) for m in range(i + 2, min(i + 5, len(toks))) if all(t.word for t in toks[i + 1:m]))


def _verb(text: str, toks: list[Tok], i: int, lex: Lexicon, kind: str, participle: bool):
    cue = Span.of(text, toks[i].start, toks[i].end)
    if participle and toks[i].f in lex["comma_participles"] and not (i and toks[i - 1].f in COMMAS):
        return None, i + 1  # 'كان النمو متوقعاً أن يصل': the adjective 'expected', no report
    if participle:
        for m in range(i + 1, min(i + 5, len(toks))):
            c = complement(toks, m, lex)
            if c is not None:
                return Draft(lead=toks[i].start, cue=cue, content_start=toks[c].start, participle=True), c
            if toks[m].f in COMMAS:
                break
        return None, i + 1
    s = clause_start(toks, i, lex, text)
    forms = complementizer_forms(lex.language)
    s = max([s] + [m + 1 for m in range(max(s, i - _MAX_SUBJECT - 1), i) if toks[m].f in forms])  # 'إن القيادة تتوقع': after إن
    s, e = auxiliaries(toks, s, i)  # 'وكانت الوزارة قد أكدت': كان and قد frame the subject
    subject = toks[s:e] if 0 < sum(t.word for t in toks[s:e]) <= _MAX_SUBJECT and words_only(text, toks[s:e]) and not (
        conjoined(toks[i], lex)) else []  # 'إن X وأكد أن Y': a verb written with و opens its clause, no subject before it
    typed = subject
    if not subject:
        subject, typed = apposed_subject(toks, i, lex)
    end, c, how = scan_complement(toks, i + 1, lex, "inform" if kind == "inform" else kind == "announce")
    if how == "complement" and c == end + 1 and end > i + 1 and name_ali(text, toks, end):
        end = c  # 'قال محمد علي إن': the name علي, not the preposition على of 'على أن'
    told = tells(toks[i].f, lex)
    obj = past_adjuncts(text, toks, skip_insertion(toks, i + 1, lex), lex) if how is None and (
        kind in _NOMINAL or kind == _CONFIRM) and subject else -1  # 'الوزارة أعلنت، الأربعاء، تسجيل': past the day set off by commas
    announced = obj >= 0 and bare_object(text, toks, obj, len(toks), lex, definite=True) == obj
    estimated = bool(subject) and how is None and kind == "estimate" and _amount_after_object(toks, i, lex) and not (
        subject[-1].f in lex["own_clause_openers"] or toks[i].f.startswith("ي"))  # 'الذين يُقدَّر عددهم بنحو': passive
    # 'الشرطة أعلنت اعتقال 5 أشخاص' / 'وكانت الوزارة قد أعلنت في وقت سابق إغلاق 5 مدارس' / 'قد أعلنت في 15 مارس عن'
    if subject and not (how and end == i + 1 or announced or estimated or _channel_then_complement(toks, i + 1, lex, text)
                        or how == "about" and end > i + 1 and past_adjuncts(text, toks, i + 1, lex) == end
                        or how == "complement" and told and object_only(toks[i + 1:end], lex)):
        subject = []  # 'الوزير أبلغ البرلمان أن': only the object told stands between the verb and أن
    if subject:
        d = Draft(lead=subject[0].start, cue=cue, source_toks=_without_conjunction(typed))
        if typed is not subject:
            d.source = span_of(text, subject)
        if how == "about" or announced or estimated:  # 'الوزارة قدّرت الخسائر بنحو N': the whole clause, the estimate
            d.performative, d.content_start, d.formal = True, subject[0].start, bool(announced)
            return d, (end if how else i + 1)
        d.content_start = toks[c].start if c is not None else subject[0].start
        return (d, c) if c is not None else (None, i + 1)
    if how is None:
        trailing, nxt = trailing_verb(text, toks, i, lex)
        if trailing is not None:  # 'ارتفعت الصادرات 5%، قالت الوزارة': the clause before the comma
            return trailing, nxt
        went_on = participle_after(toks, i, end, lex) if kind in ("say", "deny", _CONFIRM) else None
        if went_on is not None:  # 'وحذرت المديرية من السيول، مشيرة إلى أن X': X is the directorate's
            p, c, stop = went_on
            d = Draft(lead=toks[p].start, cue=Span.of(text, toks[p].start, toks[p].end), content_start=toks[c].start)
            _fill_source(d, text, toks[i + 1:stop], lex, kind)
            if d.source_toks:
                return d, c
        if kind not in _NOMINAL and kind not in ("estimate", _CONFIRM):
            return None, i + 1
        if kind == "estimate" and _estimated_at(toks, i + 1, lex):
            return None, i + 1  # 'عجز يقدر بنحو 10 آلاف ميغاواط': the passive 'estimated at', the amount no source
        obj = object_start(text, toks, i + 1, end if end < len(toks) else len(toks), lex)
        region = toks[i + 1:obj]
        cut = next((m for m in range(1, len(region)) if lex["object_adverbials"].match(region, m)
                    or date_adjunct(region, m) or time_adjunct(text, region, m, lex)), len(region))  # 'أعلنت الشركة في وقت سابق من الشهر طلب X'
        past = past_adjuncts(text, toks, i + 1 + cut, lex) if cut < len(region) else obj
        if past > i + 1 + cut and bare_object(text, toks, past, len(toks), lex, definite=True) == past:
            obj = past  # 'أعلنت الوزارة في 15 مارس إغلاق 20 مدرسة': the object after the time adjunct
        region = region[:cut]
        while region and (adverb(text, region[-1]) or region[-1].f in lex["date_prepositions"].singles):
            region = region[:-1]  # 'رسمياً'; 'في' before a time word closing the object's search ('في الأسبوع الماضي')
        if (n := definite_object(region, lex)) < len(region):  # 'أعلنت الشرطة المنطقة': the object, no name
            region, obj = region[:n], i + 1 + n
        measure = kind == "estimate" and bool(lex["measure_estimates"].match(toks, i))  # 'قدّر X عدد القتلى بنحو N'
        if measure and (n := next((m for m in range(1, len(region)) if region[m].f in lex["measure_nouns"]),
                                  len(region))) < len(region):
            region, obj = region[:n], i + 1 + n  # 'قدّر محللون حجم الخسائر': the object opens at its measure noun
        after = skip_insertion(toks, obj, lex)
        if not region or after >= len(toks) or not toks[after].word:
            return None, i + 1
        d = Draft(lead=toks[i].start, cue=cue, performative=True, content_start=toks[place_lead(toks, i)].start)
        if (past_relative := past_relative_object(text, toks, obj, lex)) is not None:
            obj = after = past_relative  # 'أعلنت شركة نوفا، التي تأسست عام 2010، تسريح 300 موظف': the object
            d.content_start = toks[obj].start  # after the subject's relative clause, a fact of its own
        _fill_source(d, text, region, lex, kind)
        if obj == bare_object(text, toks, i + 1, len(toks), lex):
            d.formal = True  # 'أعلن الدفاع المدني إخماد حريق': a body announcing its own act is its formal voice
        elif kind == _CONFIRM and bare_object(text, toks, after, len(toks), lex, definite=True) != after:
            return None, i + 1  # 'أكد الوزير التزام الحكومة بالاتفاق': only a bare verbal noun is a confirmed fact
        if kind == "estimate" and not measure and source_type(lex, d.source_toks, text)[0] != "official":
            return None, i + 1  # 'توقع المحللون ارتفاع X' is left to the writer; 'قدّرت الوزارة X' is the ministry's, and
            # 'قدّر المبعوث عدد القتلى بنحو 150 ألف' the envoy's
        return d, obj
    region = toks[i + 1:end]
    while how == "complement" and region and region[-1].word and (lex.verb(region[-1].f) or (0, 0))[1]:
        region = region[:-1]  # 'وتابع قائلاً إن': the participle is the verb's, no subject is named
    if kind == "estimate" and not region and impersonal(toks[i].f):
        return None, i + 1  # يُتوقع أن / يُقدّر أن: nobody's estimate, the writer's
    d = Draft(lead=toks[i].start, cue=cue)
    if (m := fronted_channel(toks, i, lex)) < i:  # 'وفي مقابلة مع «الجزيرة»، قال X إن': the channel is the clause's
        d.lead, d.clause = toks[m].start, Span.of(text, toks[m].start, cue.end)
    elif (j := joiner_before(toks, i, lex)) < i:  # '، في حين قالت X إن': the joiner opens the reporting clause
        d.lead, d.clause = toks[j].start, Span.of(text, toks[j].start, cue.end)
        if region and region[0].f in lex["resumptive_preps"]:  # 'في الوقت الذي أكدت فيه X': the time it refers to
            d.clause, region = Span.of(text, toks[j].start, region[0].end), region[1:]
    if how == "about":
        d.performative, d.content_start = True, toks[place_lead(toks, i)].start
        region = toks[i + 1:object_start(text, toks, i, end, lex)]
    else:
        d.content_start = toks[c].start if toks[c].f not in (":",) else toks[c].end
        if how == "quote" and kind == "object" and len([t for t in region if t.word]) >= 2:
            region = region[:-1]  # وصف المصدر الوضع قائلاً: the object before قائلاً
    _fill_source(d, text, region, lex, kind, told)
    return d, (end if how == "about" else c)


def _without_conjunction(subject: list[Tok]) -> list[Tok]:
    """An SVO subject without the conjunction written onto its first word ('والشرطة أعلنت': the source is الشرطة;
    the claim keeps the word whole)."""
    if subject and subject[0].f[:1] in ("و", "ف") and subject[0].f[1:3] == "ال" and len(subject[0].f) > 4:
        return [subject[0]._replace(start=subject[0].start + 1, f=subject[0].f[1:]), *subject[1:]]
    return list(subject)


def _channel_then_complement(toks: list[Tok], j: int, lex: Lexicon, text: str) -> bool:
    """Between an SVO verb at ``j - 1`` and its complement stand only a channel or adjuncts ('الوزير قال
    في مؤتمر صحفي إن' / 'قال أمام البرلمان يوم الثلاثاء إن'): the subject before the verb is the source."""
    n = lex["statement_channels"].match(toks, j)
    if not n:
        a = lex["object_adverbials"].match(toks, j) or time_adjunct(text, toks, j, lex)  # 'قد أعلنت في وقت سابق أن'
        k = skip_adjuncts(toks, j + a, lex, text) if a or source_stop(toks, j, lex) or is_recipient(
            toks, j, lex) else j
        return k > j and k < len(toks) and complement(toks, k, lex) is not None
    end, c, how = scan_complement(toks, j + n, lex, False)
    return how == "complement" and end - j <= 6


def _past_leading_adjunct(text: str, region: list[Tok], lex: Lexicon) -> list[Tok]:
    """The words after a VSO verb without a time or venue adjunct opening them: past a time ('وقال أمس وزير المالية')
    the subject follows; a venue or occasion (أمام البرلمان، على هامش المعرض) runs to the complement, no subject
    after it. Channels (في بيان) and outlets told (لوكالة X) are read by the callers."""
    if not region or not source_stop(region, 0, lex) or lex["statement_channels"].match(region, 0) or is_recipient(
            region, 0, lex) or region[0].f in lex["complementizers"] or (lex.verb(region[0].f) or (0, 0))[1]:
        return region
    n = time_adjunct(text, region, 0, lex)
    return region[n:] if n else []


def _fill_source(d: Draft, text: str, region: list[Tok], lex: Lexicon, kind: str, told: bool = False) -> None:
    """Source (and cited) of a VSO verb from the words between the verb and its complement."""
    region = _past_leading_adjunct(text, region, lex)
    if not region:
        return  # 'وأضاف أمام البرلمان أن'، 'وأوضح يوم الخميس أن': no subject, the last speaker goes on
    n = lex["statement_channels"].match(region, 0)
    if n and not lex["formal_channels"].match(region, 0):
        return  # 'وقال في مؤتمر صحفي إن', 'وأشار في حديث لقناة X': people speak there too, the last speaker goes on
    if n:
        d.statement = True
        words = region[1:] if region[0].f in ("في", "عبر", "خلال") else region
        d.source_toks = strip_quotes(until_comma(words))
        return
    m = next((m for m in range(1, len(region)) if lex["cited_links"].match(region, m)), None)
    if m is not None and kind != "relay":  # 'أفاد مراسل الجزيرة نقلاً عن مصادر طبية بأن': the reporter relays them
        d.cited = span_of(text, strip_quotes(cut_source(region[m + lex["cited_links"].match(region, m):], lex)))
        region = region[:m]
    if kind == "relay":
        k = next((m for m, t in enumerate(region) if t.f == "عن"), None)
        if k == 0:  # 'ونُقل عن مسؤول في الوزارة قوله إن': no outlet relays, the one quoted is the source
            region, k = cited_words(region[1:], lex), None
        if k is not None:
            d.cited = span_of(text, strip_quotes(cut_source(cited_words(region[k + 1:], lex), lex)))  # 'عن الوزير قوله'
            if d.clause is None and d.cue is not None and any(t.f in COMMAS for t in region[k + 1:]):
                d.clause = Span.of(text, d.cue.start, region[-1].end)  # 'عن طبيب، طلب عدم كشف هويته، قوله': the aside is the frame's
            region = region[:k - 1] if k and lex["cited_links"].match(region, k - 1) else region[:k]  # 'نقلت X نقلاً عن Y'
    described, region = region, document_clause(region, lex)  # 'أظهر تقرير نُشر في مارس أن': the publication is the frame's
    if len(region) < len(described) and d.cue is not None and d.clause is None and any(
            t.f in COMMAS for t in described):
        last = max(k for k, t in enumerate(described) if t.word)  # '، التي نشرت الأحد،': set off, still the frame's
        d.clause = Span.of(text, d.cue.start, described[last].end)
    owner = report_owner(text, region, lex)
    if owner:  # 'كشف تقرير لمنظمة العفو الدولية أن': the organisation's report, the organisation is the source
        d.source_toks, d.source = owner, owner_source(text, region, owner)
        return
    cut = before_recipient(region, lex)
    if len(cut) < len(region) and d.clause is None and d.cue is not None:
        told_end = next_comma(region, len(cut))  # 'وقال مصدر طبي لـ«الشرق الأوسط»، مفضلا عدم ذكر اسمه، إن' /
        d.clause = Span.of(text, d.cue.start, region[told_end - 1].end)  # 'قال مسؤول لوكالة رويترز، شريطة …، إن':
        # the outlet told is the reporting clause's
    region = cut
    if told:  # 'أبلغ الوزير البرلمان أن': the object told is not the source
        region = before_object(text, region, lex)
    head = without_adverbial(without_time_adjunct(text, region, strip_quotes(cut_source(region, lex)), lex), lex)
    d.source_toks, d.formal = head, formal_after(region, len(head), lex)
    if head and len(head) < len(region) and region[len(head)].f in COMMAS:
        m = next_comma(region, len(head) + 1)
        appos = region[len(head) + 1:m]
        if any(lex["anonymity_markers"].match(appos, k) for k in range(len(appos))):
            d.source_toks, d.source = region[:m], span_of(text, head)  # 'إحدى الممرضات، التي طلبت عدم ذكر اسمها،'
        elif appos and lex["document_insertions"].match(appos, 0) and d.cue is not None and d.clause is None:
            d.clause = Span.of(text, d.cue.start, region[m - 1].end)  # 'بيانات الوزارة، التي أصدرتها الأحد،': the frame's
        elif appos and m < len(region) and all(t.word for t in appos) and not source_stop(appos, 0, lex):
            d.source_toks = with_apposition(region[:m], lex)
            kind_type = source_type(lex, head, text)[0]
            titled = name_like(appos, lex) and (head[0].f.startswith("ال") and not lex["honorifics"].match(head, 0)
                                                or kind_type == "official" or (
                kind_type != "official" and apposed_name(lex, region[:m])) and not name_like(head, lex)
                or person_name(appos, text) and not person_name(head, text)) and not (
                ends_in_name(text, head) and not person_name(appos, text))  # 'محامي المتهم، أحمد فوزي'
            d.source = span_of(text, region[:m] if titled else head)  # 'الرئيس التنفيذي، فلان' / 'فلان، الخبير'


def find(text: str, toks: list[Tok], lex: Lexicon) -> list[Draft]:
    """Attribution drafts of one Arabic sentence in text order (a bare state title as the source is typed
    by ``kinds.source_type``)."""
    out = scan(text, toks, lex, _try, lambda d, found: not _nested(toks, d, found, lex))
    return out + [Draft(lead=d.tail, cue=d.cue, source_toks=d.source_toks, source=d.source, cited=d.cited,
                        content_start=d.tail_start, formal=d.formal) for d in out if d.tail]


def _nested(toks: list[Tok], d: Draft, out: list[Draft], lex: Lexicon) -> bool:
    """'قال X إن اللجنة تتوقع أن Y': an SVO frame opening an earlier frame's content stays part of it."""
    if not out or out[-1].content_end or not d.source_toks or d.lead <= out[-1].content_start:
        return False
    k = bisect_left(toks, d.lead, key=lambda t: t.start)
    return 0 < k < len(toks) and toks[k - 1].f in complementizer_forms(lex.language)


def _try(text: str, toks: list[Tok], i: int, lex: Lexicon):
    t = toks[i]
    if not t.word:
        return None, i + 1
    n = lex["prepositions"].match(toks, i)
    if n:
        return prep_frame(text, toks, i, n, lex)
    if is_report(lex, t):
        return report(text, toks, i, lex)
    verb = lex.verb(t.f) or homograph_verb(text, toks, i, lex)
    if verb or t.f in lex["statement_cues"].singles:
        issued = issued_statement(toks, i, lex)
        if issued is not None:  # 'أصدرت الوزارة بياناً أكدت فيه أن X': the body issuing the statement speaks
            v, d, c = issued
            return Draft(lead=toks[v].start, cue=Span.of(text, t.start, t.end), source_toks=toks[v + 1:d],
                         content_start=toks[c].start, formal=True), c
    if verb and i and lex["negated_saying"].match(toks, i - 1):
        return None, i + 1  # «ولم تكشف الوكالة عن حجم الأرباح»: a negated verb reports nothing
    if verb and not (i and toks[i - 1].f in lex["verbal_noun_leads"]):  # 'طلب عدم ذكر اسمه': a noun
        return _verb(text, toks, i, lex, *verb)
    return None, i + 1
