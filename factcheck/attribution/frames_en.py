"""English attribution frames of one sentence: "X said (that) Y", "Y, X said", "said X", "according
to X, Y", "X, citing Y, said", "reports of/that Y", announcements with a nominal object.

Needs: the sentence tokens and the English lexicon. Adds: ``Draft`` frames in text order; content
starts after "that" or a colon, at a bare complement clause, or covers the text before a trailing
"..., X said"; announcements with a nominal object cover the whole clause. The trailing frame,
channels after the verb and source-phrase shapes are in ``reporting_en``; the recipient of a verb of
telling ('told the company's board', 'informed parliament') is skipped by ``recipients_en``. A verb that
also takes a plain object ('admitted 612 children', 'denied 2,300 applications') frames only a reported
clause; a share of a group as subject ('Some 61% of respondents said') frames nothing (``shapes_en``); an
expectation adjunct ('..., as expected by 24 economists polled by Reuters') is cut off the content and never
a claim (``expectations_en``). The speaker before the verb is read by ``speakers_en``, a cited source before the subject or after the
content ('Citing Y, X said Z', 'X said Z, citing Y') by ``cited_en``.
"""
from __future__ import annotations

from ..models import Span
from .cited_en import cited_tail, fronted_cited
from .complements_en import after_verb, conceded_clause, coordinated, reporting_complement
from .cues import QUOTES_OPEN, Lexicon, Tok
from .draft import (
    COMMAS,
    Draft,
    cited_after,
    is_clause_initial,
    next_comma,
    own_clause,
    scan,
    strip_quotes,
    trails,
)
from .expectations_en import detach, expectation_adjunct, own_drafts
from .institutions import institution
from .kinds import outlet_span, span_of
from .long_sources_en import anonymous_relative
from .organisations_en import leading_channel, organisation_subject
from .passives_en import SUBJECT_MAX, by_participle, passive, reduced_relative, undated
from .places_en import figure_subject
from .recipients_en import directive, recipient_length, tells
from .relays_en import frame_only, fronted_subject, relayed
from .reporting_en import (
    DETERMINERS,
    INSERTION_MAX,
    continuation,
    formal_channel,
    own_document,
    trailing_frame,
)
from .shapes_en import (
    MIN_MAIN,
    content_index,
    evidence,
    reports_object,
    share_of,
    speaker_insertion,
    suffix_comma,
)
from .speakers_en import SUBJECT_NP_MAX, speaker_subject, time_may_follow
from .time_adjuncts import time_adjunct, without_time
from .titles_en import apposed, is_name, is_title

_SUBJECT_MAX = SUBJECT_MAX


def _is_verb(text: str, toks: list[Tok], i: int, lex: Lexicon):
    t = toks[i]
    if not t.word or not text[t.start].islower():
        return None
    if i and toks[i - 1].f in DETERMINERS:
        return None
    return lex.verb(t.f)


def _bracketed(toks: list[Tok], k: int) -> bool:
    """``toks[k]`` stands inside brackets opened before it ('Acme (NYSE: ACM; LSE: ACMC)'): no end of a phrase."""
    depth = sum((t.f == "(") - (t.f == ")") for t in toks[:k])
    return depth > 0


def _goes_on(toks: list[Tok], to: int, lex: Lexicon) -> int:
    """Index of a verb of going on (``infinitive_report_leads``: 'went on', 'continued') ending right before the
    infinitive marker at ``to`` ('He went on to say that X' reports X: the subject ends before it); 0 when none."""
    return next((m for m in range(max(1, to - 3), to) if lex["infinitive_report_leads"].match(toks, m) == to - m), 0)


def _verb(text: str, toks: list[Tok], i: int, lex: Lexicon, kind: str, participle: bool):
    cue = Span.of(text, toks[i].start, toks[i].end)
    if i + 1 < len(toks) and toks[i + 1].f == "by" and not (i and (toks[i - 1].f in lex["passive_auxiliaries"] or (
            toks[i - 1].f in lex["perfect_auxiliaries"]))):  # "higher than the 85 deaths reported by the WHO": a
        return by_participle(text, toks, i, lex, cue), i + 1  # participle reporting its noun phrase at most
    if kind == "poll":  # "Analysts polled by Reuters expect X"; "The government expects X" is no frame
        if participle or not _polled_subject(text, toks, i, lex):
            return None, i + 1
        kind = "say"
    if kind == "formula":  # '..., the BBC understands': only trailing the sentence, with an outlet as subject
        d = None if participle else trailing_frame(text, toks, i, lex, cue)
        ok = d is not None and outlet_span(text, d.source_toks) is not None
        return (d, len(toks)) if ok else (None, i + 1)
    if kind == "quote":
        return _quoted(text, toks, i, lex, cue)
    if kind == "result" and not reporting_complement(toks, i, lex):
        return None, i + 1  # "Careem posted a profit of $20 million": the company's own result
    if kind == "concede" and lex["denial_verbs"].match(toks, i) and lex["denial_objects"].match(toks, i + 1):
        kind = "announce"  # 'The ministry denied any shortage of food': the whole clause, denial kept, is its claim
    elif kind == "concede" and not conceded_clause(text, toks, i, lex):
        return None, i + 1  # "Hospitals admitted 1,845 patients" / "denied 12 visas": a plain object, no report
    if i and toks[i - 1].f in lex["infinitive_markers"] and not _goes_on(toks, i - 1, lex):
        return None, i + 1  # "voted 52-48 to confirm the nominee", "declined to confirm that X": no report
    if participle:
        if not (i and toks[i - 1].f in COMMAS) or kind in ("relay", "show", "find") or speaker_insertion(toks, i, lex):
            return None, i + 1
        if lex["participle_not_before"].match(toks, i + 1):
            return None, i + 1  # '..., adding to pressure on the central bank': no report
        c = content_index(toks, i + 1 + (tells(toks, i, lex) and recipient_length(text, toks, i + 1, lex)), lex)
        return (Draft(lead=toks[i].start, cue=cue, content_start=toks[c].start, participle=True), c) if c is not None else (None, i + 1)
    if i > MIN_MAIN and kind in ("say", "carry") and toks[i - 1].f in lex["verb_coordinators"]:
        return coordinated(text, toks, i, lex, cue)  # "The bank held rates but said X": the main subject speaks
    if i and toks[i - 1].f in lex["passive_auxiliaries"]:  # "its lenders had been warned that X": no speaker
        return passive(text, toks, i, lex, cue), i + 1  # ... unless 'by' names it: "It was announced by Y that X"
    if kind == "object" and i + 1 < len(toks) and toks[i + 1].f == "as":
        return None, i + 1  # '..., a decision the governor described as prudent': its object before it, no report
    trailing = trailing_frame(text, toks, i, lex, cue)
    if trailing is not None and not _channel_only(toks, trailing, lex) and not frame_only(toks, trailing, lex):
        return (trailing, len(toks)) if kind != "show" or evidence(trailing.source_toks, lex) else (None, i + 1)
    h = i - 1 if i > 1 and toks[i - 1].f in lex["perfect_auxiliaries"] else i  # "X has reported"
    if i > 1 and toks[i - 1].f in lex["infinitive_markers"]:
        h = _goes_on(toks, i - 1, lex) or h  # "The minister went on to say"
    subject, cited, k = speaker_subject(text, toks, h, lex)
    if not cited and k > 0 and toks[k - 1].word and (a := anonymous_relative(toks, h, lex)) is not None and a < k:
        k = a + (toks[a].f in lex["clause_leads"])  # "Two bankers who declined to be identified because ... said"
        subject = toks[k:h]
    subject = strip_quotes(subject)
    subject = subject[:reduced_relative(subject, lex)]  # "A report published in March found X"
    subject = without_time(text, subject, lex, lambda before: time_may_follow(before, lex))  # "The ministry on Tuesday"
    timed, subject = subject, _after_time(text, subject, lex)  # "On Friday the agency said"
    if share_of(toks, k, subject, lex):
        return None, i + 1  # "Some 61% of respondents said X": the share is the fact, the sentence the claim
    if not subject or kind == "show" and not evidence(subject, lex) or kind == "find" and not (
            evidence(subject, lex) or _that_after(text, toks, i, lex)):  # "Researchers found (on Friday) that X"
        return None, i + 1
    told = tells(toks, i, lex)
    if told and i + 1 < len(toks) and (toks[i + 1].f in lex["topic_prepositions"] or directive(toks, i + 1, lex)):
        return None, i + 1  # "told of 300 deaths" / "told residents to leave": no reported clause
    j, cited2 = after_verb(toks, i + 1, lex, told, text)
    if j < len(toks) and toks[j].f == "to":
        return None, i + 1  # "incidents reported to regulators rose 256%": a participle on its noun; no clause opens with 'to'
    d = Draft(lead=subject[0].start, cue=cue, source_toks=subject, formal=formal_channel(toks, i + 1, lex),
              organisation=own_document(toks, i + 1, lex))
    if h < i:  # 'his lawyers have said': the auxiliary belongs to the reporting clause, no claim of its own
        d.clause = Span.of(text, subject[0].start, cue.end)
    if timed[0] is not subject[0]:  # the time opening the sentence belongs to the reporting clause
        d.lead, d.clause = timed[0].start, Span.of(text, timed[0].start, cue.end)
    name = next_comma(subject, 0)
    while name < len(subject) and (suffix_comma(text, subject, name, lex) or _bracketed(subject, name)):  # 'X, Inc.'
        name = next_comma(subject, name + 1)
    if 0 < name < len(subject):  # "X, a spokesman for Y, said": the source is X, typed with its apposition
        d.source = span_of(text, subject[:name])
        if is_title(text, subject[:name], lex) and is_name(text, subject[name + 1:], True):  # "The CEO, Priya Nair, said"
            d.source, d.apposition = span_of(text, subject[name + 1:]), d.source
    d.cited = span_of(text, strip_quotes(cited or cited2))
    m = leading_channel(toks, k, lex)
    m = fronted_cited(text, toks, k, d, lex) if m == k else m
    if m < k:  # "In a statement on Monday, the ministry said": the lead-in belongs to the reporting clause
        d.lead, d.formal = toks[m].start, d.formal or formal_channel(toks, m, lex)
        d.clause = Span.of(text, toks[m].start, cue.end)
    if figure_subject(toks, i, j, subject):
        return None, i + 1  # "Romania reported the most cases": the figure is about the place, no speaker
    c = reports_object(toks, j, lex)
    if c is not None:  # "denied reports that X": the speaker's frame, X is what is denied
        d.content_start = toks[c].start
        return d, c
    if j >= len(toks) or not toks[j].word and toks[j].f not in (":",) and toks[j].f not in QUOTES_OPEN:
        return None, i + 1
    cited_tail(text, toks, j, d, lex)
    if toks[j].f == "that" and j + 1 < len(toks):
        d.content_start = toks[j + 1].start
        if j > i + 1 or d.lead > toks[0].start:  # 'said in a letter to X, seen by Y, that' / 'said in an interview with
            # Z on Tuesday that' / '... and a spokesman insisted that': the reporting clause, no part of the claim before
            d.clause = Span.of(text, d.clause.start if d.clause is not None else toks[i].start, toks[j].end)
        return d, j + 1
    if toks[j].f == ":" and j + 1 < len(toks):
        d.content_start = toks[j + 1].start
        return d, j + 1
    bare = kind in ("say", "show", "find", "concede") or toks[j].f in lex["subject_pronouns"]
    if toks[j].f in QUOTES_OPEN or bare and (len(toks) - j >= 4 or sum(t.word for t in toks[j:]) >= 2):  # 'profits doubled'
        d.content_start = toks[j].start
        return d, j
    if kind in ("announce", "object") and toks[j].word:
        if toks[h - 1].f in lex["modal_auxiliaries"]:
            return None, i + 1  # 'the government would announce a plan': nothing announced yet, no frame
        d.performative, d.content_start = True, subject[0].start
        return d, j
    return None, i + 1


def _after_time(text: str, subject: list[Tok], lex: Lexicon) -> list[Tok]:
    """The subject without a time adjunct opening the sentence before it ('On Friday (,) the agency'): the saying's
    time, no part of the source."""
    n = time_adjunct(text, subject, 0, lex) if subject else 0
    n += n < len(subject) and subject[n].f in COMMAS
    return subject[n:] if 0 < n < len(subject) and any(t.word for t in subject[n:]) else subject


def _quoted(text: str, toks: list[Tok], i: int, lex: Lexicon, cue: Span):
    """'Reuters quoted an official as saying (that) X': Reuters is the source, the official the source it
    cites, X the content; 'The minister was quoted as saying X': the minister is the source."""
    k = next((k for k in range(i + 1, min(len(toks), i + 1 + INSERTION_MAX)) if lex["quote_links"].match(toks, k)), None)
    if k is None:
        return None, i + 1
    c = k + lex["quote_links"].match(toks, k)
    c += c < len(toks) and toks[c].f == "that"
    h = i - 1 if i > 1 and toks[i - 1].f in lex["passive_auxiliaries"] else i
    subject = strip_quotes(speaker_subject(text, toks, h, lex)[0])
    if not subject or len(toks) - c < 2:
        return None, i + 1
    d = Draft(lead=subject[0].start, cue=cue, source_toks=subject, content_start=toks[c].start)
    cited = [t for t in toks[i + 1:k] if t.f != "by"] if h == i else []
    d.cited = span_of(text, strip_quotes(cited))
    if h < i and k > i + 2 and toks[i + 1].f == "by":  # 'was quoted by Reuters as saying': the outlet relays
        d.cited = span_of(text, subject)
        d.source_toks, d.lead = toks[i + 2:k], min(d.lead, toks[i + 2].start)
    return d, c


def _polled_subject(text: str, toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """The subject before the verb at ``i`` names people polled by someone ('Economists surveyed by Bloomberg')."""
    subject = speaker_subject(text, toks, i, lex)[0]
    links = lex["poll_links"]
    return any(t.f in links.firsts and links.match(subject, k) for k, t in enumerate(subject)) or bool(
        institution(lex, subject, text))  # 'Analysts at Bank of America expect X': the bank's forecast


def _channel_only(toks: list[Tok], d: Draft, lex: Lexicon) -> bool:
    """The text a trailing frame would report is only a lead-in channel ('In a statement, Acme said X')."""
    k = next((n for n, t in enumerate(toks) if t.start >= d.content_end), len(toks)) + 1
    return k < len(toks) and leading_channel(toks, k, lex) < k


def _prep(text: str, toks: list[Tok], i: int, n: int, lex: Lexicon):
    """according to X, Y / Y, according to X."""
    cue = Span.of(text, toks[i].start, toks[i + n - 1].end)
    k = next_comma(toks, i + n)
    whole = strip_quotes(toks[i + n:k])
    region = undated(text, whole, lex)  # '... results | released early Tuesday'
    if region and region[0].f in lex["free_relatives"]:  # "according to what the ministry said on Tuesday"
        v = next((m for m in range(1, len(region)) if lex.verb(region[m].f)), None)
        if v is not None and v > 1:
            cue, region = Span.of(text, toks[i].start, region[0].end), region[1:v]
    if not region:
        return None, i + 1
    d = Draft(lead=toks[i].start, cue=cue, source_toks=region)
    if len(region) < len(whole):  # the dating clause cut off the source stays in the reporting clause
        d.clause = Span.of(text, cue.start, whole[-1].end)
    role = apposed(text, toks[i + n:], region, lex) if region[0] is toks[i + n] else None
    if role is not None:  # "according to Maria Lopez, a spokeswoman for the commission, X"
        d.source_toks, d.source, d.apposition = role
        k = next_comma(toks, i + n + len(role[0]))
    k = cited_after(text, toks, k, d, lex, trailing=i > 0)  # "According to Reuters, citing three delegates, X"
    if k + 1 < len(toks) and toks[k].f in COMMAS and toks[k + 1].f in lex["relative_pronouns"]:
        m = next_comma(toks, k + 1)  # "According to the report, which cited officials, X": the source's insertion
        k = m if m < len(toks) - 1 else len(toks) if i else k  # "Y, according to X, which monitors Z.": trailing
    if is_clause_initial(toks, i, lex) and k < len(toks) - 1 and not trails(toks, i, k, lex):
        d.content_start = toks[_inserted_after(toks, i, k, lex)].start if toks[k + 1].word and not (
            toks[k + 1].f in lex["clause_joiners"] or toks[k + 1].f in lex["coordinators"]) else toks[k + 1].start
        return d, k + 1
    if not i:
        return None, i + 1
    d.content_start, d.content_end = toks[own_clause(toks, i, 0, lex)].start, toks[i - 1].end
    if k + 2 < len(toks) and toks[k].f in COMMAS and toks[k + 1].f in lex["verb_coordinators"]:
        resume = continuation(text, toks, k, lex)  # 'X, according to Y, and employs Z': Y goes on, as after 'Y said'
        if resume is not None:
            d.tail, d.tail_start = toks[k].start, toks[resume].start
    return d, k


def _inserted_after(toks: list[Tok], i: int, k: int, lex: Lexicon) -> int:
    """Where the content of a frame at ``i`` closed by the comma ``k`` starts when the frame is an insertion
    after the sentence's subject ('Prices, according to X, rose 4%': at 'Prices'); else after the frame
    (``k + 1``, past ', citing Y,' or ', which cited Y,')."""
    if i < 2 or toks[i - 1].f not in COMMAS or i - 1 > SUBJECT_NP_MAX:
        return k + 1
    if all(t.word and not lex.verb(t.f) for t in toks[:i - 1]):
        return 0
    return k + 1


def _report(text: str, toks: list[Tok], i: int, lex: Lexicon):
    """reports of Y / amid reports that Y: unnamed reports, no cue."""
    if i + 2 >= len(toks) or toks[i + 1].f not in lex["report_links"]:
        return None, i + 1
    if i and toks[i - 1].word and toks[i - 1].f not in lex["report_leads"]:
        return None, i + 1
    s = i
    d = Draft(lead=toks[s].start, cue=None, source_toks=toks[s:i + 1], report=True,
              content_start=toks[i + 2].start)
    d.source = outlet_span(text, toks[s:i + 1])
    return d, i + 2


def find(text: str, toks: list[Tok], lex: Lexicon) -> list[Draft]:
    """Attribution drafts of one English sentence in text order."""
    out = relayed(text, toks, scan(text, toks, lex, _try, _own_subject), lex)
    adjunct = expectation_adjunct(text, toks, lex)  # "X rose 3.2%, as expected by 24 economists polled by Reuters"
    if adjunct is not None and not out:
        return own_drafts(toks, adjunct)
    if adjunct is not None and all(d.content_start >= adjunct[1].end for d in out):
        out = own_drafts(toks, adjunct)[:1] + out  # "X held rates, as expected, but said Y": X's clause is own
    elif adjunct is not None:
        detach(text, toks, out, adjunct)
    for d in out:
        d.organisation = d.organisation or organisation_subject(text, toks, d, d.formal, lex)
    return out + [Draft(lead=d.tail, cue=d.cue, source_toks=d.source_toks, source=d.source, cited=d.cited,
                        content_start=d.tail_start, formal=d.formal) for d in out if d.tail]


def _own_subject(d: Draft, found: list[Draft]) -> bool:
    """'A senior official who declined to be named said investigators believed X': a subject never runs
    over an earlier frame's cue, so 'believed' is part of what the official said, not a frame of its own."""
    src = d.source_toks
    if not src:
        return True
    for f in reversed(found):  # in text order: only the last frames can have a cue inside the subject
        if f.cue is None:
            continue
        if f.cue.start < src[0].start:
            return True
        if f.cue.start < src[-1].end:
            return False
    return True


def _try(text: str, toks: list[Tok], i: int, lex: Lexicon):
    t = toks[i]
    if not t.word:
        return None, i + 1
    n = lex["prepositions"].match(toks, i)
    if n:
        return _prep(text, toks, i, n, lex)
    if t.f in lex["reports"] and i + 1 < len(toks) and toks[i + 1].f in lex["report_links"]:
        d, nxt = _report(text, toks, i, lex)
        if d is not None:
            return d, nxt
    verb = _is_verb(text, toks, i, lex)
    if verb and _negated(toks, i, lex):
        return None, i + 1  # "The ministry did not say how many were arrested": nobody reports the question
    if verb:
        return _verb(text, toks, i, lex, *verb)
    if t.f in lex["subject_verbs"] and fronted_subject(text, toks, i, lex):
        return _verb(text, toks, i, lex, "say", False)  # "Czech police report 7 people missing"
    return None, i + 1


def _negated(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """The verb at ``i`` is negated right before it (``negated_saying``: "did not say", "would never confirm",
    "didn't say"; past one of ``negation_adverbs``: "did not immediately say"): what follows is not reported by its
    subject."""
    k = i - 1
    if k >= 0 and toks[k].f in lex["negation_adverbs"]:
        k -= 1
    if k < 0:
        return False
    if toks[k].f in lex["negated_saying"]:
        return True
    return k >= 2 and toks[k].f == "t" and toks[k - 1].f in ("'", "’") and toks[k - 2].f.endswith("n")  # didn't


def _that_after(text: str, toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """'that' opens the complement of the verb at ``i``, right after it or past its adjuncts ('found on Friday
    that X', 'concluded last month that X')."""
    j, _ = after_verb(toks, i + 1, lex, False, text)
    return j < len(toks) and toks[j].f == "that"
