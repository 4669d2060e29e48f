"""English reporting clauses: the trailing frame "..., X said." / '"Q," said X.' (with a closing
"X said on Thursday, and Z" carrying on), what may follow a reporting verb ("in a statement", "in its
mid-year report") and the source-phrase shapes frames check (an insertion, a name with its initials, an
organisation antecedent for "it said"); a title and a name in apposition are in ``titles_en``, a long source
phrase in ``long_sources_en``.

Needs: the sentence tokens and the English lexicon. Adds: ``trailing_frame`` (a ``Draft`` whose
content is the text before the reporting clause), ``channel``, ``formal_channel``, ``own_document``,
``DETERMINERS`` and the shape tests ``name_dot``, ``np_like`` used by ``frames_en``.
"""
from __future__ import annotations

from ..models import Span
from .cues import QUOTES_CLOSE, QUOTES_OPEN, Lexicon, Tok
from .draft import (
    COMMAS,
    DETERMINERS,
    INSERTION_MAX,
    Draft,
    acronym_group,
    cut_source,
    name_hyphen,
    next_comma,
    strip_quotes,
)
from .kinds import span_of
from .long_sources_en import anonymous_relative, anonymous_tail, long_trailing_source
from .passives_en import reduced_relative
from .recipients_en import recipient_length, tells
from .titles_en import apposed, titled_after, titled_name

_TRAILING_MAX = 7  # words after a trailing "X said"
_ADJUNCT_MAX = 8  # tokens of a fronted adverbial phrase ("At a conference in Dubai on Monday")
_AUXILIARIES = ("perfect_auxiliaries", "passive_auxiliaries", "modal_auxiliaries")  # a word group with a verb


def name_dot(text: str, toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """The full stop of 'Dr.', of an initial 'J.' or of the number sign 'No. 1' inside a name."""
    if k < 1 or toks[k].f != "." or not toks[k - 1].word or toks[k - 1].end != toks[k].start:
        return False
    prev = toks[k - 1]
    if prev.f == "no" and k + 1 < len(toks) and toks[k + 1].f[:1].isdigit() and text[prev.start].isupper():
        return True  # 'Union No. 1': the number sign
    return prev.f in lex["title_abbreviations"] or (prev.end - prev.start == 1 and text[prev.start].isupper())


def np_like(text: str, words: list[Tok], lex: Lexicon) -> bool:
    """A short source-like noun phrase: ends in a capitalised word or a source head (Nissan, the ministry)."""
    words = [t for t in words if t.word]
    if not 0 < len(words) <= 5:
        return False
    last = words[-1]
    return (text[last.start].isupper() or last.f in lex["official_heads"] or last.f in lex["anonymous_heads"]) and all(
        text[t.start].isupper() or t.f in DETERMINERS or t.f in ("of", "'", "’", "s") for t in words[:-1])


def _insertion_head(text: str, toks: list[Tok], p: int, lex: Lexicon) -> tuple[int, int] | None:
    """'X, who led the study, said' / 'X, 52, said' / 'X, in a statement, said' / 'X, speaking to reporters,
    said': (start of the speaker X, start of the insertion) when ``p`` closes an insertion after a speaker
    that opens the clause or follows a comma ('Exports rose 5%, the minister, speaking in Cairo, said');
    else None."""
    q = p
    while q > 0 and toks[q - 1].f not in COMMAS and p - q < INSERTION_MAX:
        q -= 1
    if q < 2 or toks[q - 1].f not in COMMAS or q == p:
        return None
    lead = toks[q]
    described = lex["relative_pronouns"].match(toks, q) or lex["statement_channels"].match(toks, q) or lex[
        "insertion_participles"].match(toks, q) or (lex.verb(lead.f) or ("", False))[1]  # ', informing parliament ...,'
    described = described or lead.f.endswith("ing") and len(lead.f) > 5 and text[lead.start].islower()  # presiding
    if not (described or lead.f in lex["appositive_leads"] or lead.f[:1].isdigit()):
        return None
    h = q - 1
    while h > 0 and (toks[h - 1].word or name_dot(text, toks, h - 1, lex) or _apostrophe(toks, h - 1)) and q - h <= 8:
        h -= 1
    if h > 0 and toks[h - 1].word:
        return None
    while h < q - 1 and toks[h].f in lex["clause_leads"]:
        h += 1
    head = toks[h:q - 1]
    if np_like(text, head, lex) or described and any(  # "A senior official, who asked ..., said"
            t.f in lex["anonymous_heads"] or t.f in lex["official_heads"] for t in head):
        return h, q
    if described and head and head[0].f in DETERMINERS and any(  # "the firm's owner, who declined to be named,"
            lex["anonymity_markers"].match(toks, m) for m in range(q, p)):
        return h, q
    if h == 0 and lex["relative_pronouns"].match(toks, q) and 0 < len(head) <= 5 and head[0].f in DETERMINERS and all(
            t.word and not lex.verb(t.f) and not any(t.f in lex[n] for n in _AUXILIARIES) for t in head):
        return h, q  # "The cooperative, which has 3,400 members, said": a relative clause on the opening subject
    return None


def _apostrophe(toks: list[Tok], p: int) -> bool:
    """The ' of "company's", or of a plural possessive ("the teachers' union") when no single quote
    was opened before it in the sentence: not a closing quote."""
    t = toks[p]
    if t.f not in "'’":
        return False
    if p + 1 < len(toks) and toks[p + 1].f == "s" and toks[p + 1].start == t.end:
        return True
    prev, nxt = (toks[p - 1] if p > 0 else None), (toks[p + 1] if p + 1 < len(toks) else None)
    if prev is None or not prev.word or prev.end != t.start or not prev.f.endswith("s"):
        return False
    if nxt is None or not nxt.word or nxt.start == t.end:
        return False
    return not any(q.f in "'‘" and (k == 0 or toks[k - 1].end < q.start) for k, q in enumerate(toks[:p]))


def _short_tail(toks: list[Tok], j: int, lex: Lexicon | None = None) -> bool:
    """At most ``_TRAILING_MAX`` words and no 'that' or colon from ``j`` to the sentence end (with ``lex``,
    up to an apposition: '..., said Dr Jane Ahmed, an economist at Capital Economics.')."""
    words = 0
    for k in range(j, len(toks)):
        t = toks[k]
        if t.f == "that" or t.f == ":":
            return False
        if lex is not None and words and t.f in COMMAS and (lex["appositive_leads"].match(toks, k + 1) or channel(
                toks, k + 1, lex)):
            return True  # ', an economist at X.' / ', in an interview.'
        words += t.word
        if words > _TRAILING_MAX:
            return False
    return True


def _day(toks: list[Tok], k: int) -> bool:
    return k < len(toks) and toks[k].f.isdigit() and len(toks[k].f) <= 2


def date_adjunct(toks: list[Tok], j: int, lex: Lexicon) -> int:
    """Length of a calendar date at ``j``: 'on July 9, 2025', 'on 9 July 2025', 'in March (2024)' (0 if none)."""
    if j + 1 >= len(toks) or toks[j].f not in ("on", "in"):
        return 0
    k = j + 1 + _day(toks, j + 1)
    if k >= len(toks) or not lex["time_months"].match(toks, k) or toks[j].f == "on" and k == j + 1 and not _day(
            toks, k + 1):
        return 0
    k += 1 + (k == j + 1 and _day(toks, k + 1))
    if k + 1 < len(toks) and toks[k].f == "," and len(toks[k + 1].f) == 4 and toks[k + 1].f.isdigit() and _day(
            toks, k - 1):
        k += 1
    return k + 1 - j if k < len(toks) and len(toks[k].f) == 4 and toks[k].f.isdigit() else k - j


def channel(toks: list[Tok], j: int, lex: Lexicon) -> int:
    """Length of 'in its (mid-year) report' / 'in a statement' / a time adjunct at ``j`` (0 when none)."""
    n = lex["statement_channels"].match(toks, j) or lex["time_adjuncts"].match(toks, j) or date_adjunct(toks, j, lex)
    n += bool(n) and lex["day_parts"].match(toks, j + n)  # 'Monday night', 'yesterday afternoon': one time adjunct
    if n or j + 2 >= len(toks) or toks[j].f != "in" or toks[j + 1].f not in DETERMINERS:
        return n
    for k in range(j + 2, min(j + 6, len(toks))):
        if not toks[k].word and toks[k].f != "-":
            return 0
        if toks[k].f in lex["channel_heads"]:
            return k + 1 - j
    return 0


def _past_channels(toks: list[Tok], j: int, lex: Lexicon) -> int:
    """Index after up to three channels, audiences or time words at ``j`` ('told reporters on
    Thursday', 'on Thursday in its report')."""
    for _ in range(3):
        n = channel(toks, j, lex) or lex["audiences"].match(toks, j)
        if not n:
            break
        j += n
    return j


def _closed_tail(toks: list[Tok], j: int, lex: Lexicon, text: str = "") -> int | None:
    """Index of the comma closing 'said [on Thursday] [in its report],' or 'told [The Athletic],' after the verb
    (None if none)."""
    k = _past_channels(toks, j, lex)
    if not (k < len(toks) and toks[k].f in COMMAS) and text and tells(toks, j - 1, lex):
        n = recipient_length(text, toks, j, lex) or _named_before_comma(text, toks, j)
        k = _past_channels(toks, j + n, lex)  # 'told employees, adding that', 'told Sky News on Tuesday, adding that'
    if text and k > j and not (k < len(toks) and toks[k].f in COMMAS) and (p := _place_spoken(text, toks, k)) > k:
        k = _past_channels(toks, p, lex)  # 'told a news conference in Dodoma (on Monday),'
    if text and k == j and (n := _named_before_comma(text, toks, j)) and _goes_on(toks, j + n + 1, lex):
        k = j + n  # '"Q," said Joseph Karanja, adding that Z': the inverted source's name closes the clause
    if text and k == j and (w := _before_who_says(toks, j, lex)) is not None:
        k = w  # '"Q," said Kwame Mensah, a farmer in the region, who said Z': the source and its title close it
    return k if k + 2 < len(toks) and toks[k].f in COMMAS else None


_WHO_REACH = 16  # tokens from an inverted source to the comma before ', who said'


def _who_says(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """'who' and a finite verb of saying at ``k`` (', who said', ', who added'): the source before goes on."""
    cue = lex.verb(toks[k + 1].f) if k + 1 < len(toks) and toks[k].f == "who" else None
    return cue is not None and not cue[1] and cue[0] != "relay"


def _before_who_says(toks: list[Tok], j: int, lex: Lexicon) -> int | None:
    """Index of the comma before ', who said' closing an inverted source and its title at ``j``, None if none."""
    for m in range(j + 1, min(j + _WHO_REACH, len(toks) - 2)):
        if toks[m].f in COMMAS and _who_says(toks, m + 1, lex):
            return m
        if toks[m].f in QUOTES_CLOSE or toks[m].f in QUOTES_OPEN or lex.verb(toks[m].f):
            return None
    return None


def _goes_on(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """A participle of saying at ``k`` by which the same source goes on (', adding that', ', noting that')."""
    cue = lex.verb(toks[k].f) if k < len(toks) else None
    return cue is not None and cue[1] and cue[0] != "relay"


_PLACE_WORDS = 3  # words of the place a source spoke in ('in Dodoma', 'in New Delhi')


def _place_spoken(text: str, toks: list[Tok], k: int) -> int:
    """Index after 'in'/'at' and a capitalised place of up to ``_PLACE_WORDS`` words at ``k`` (the place a source spoke
    in, after its channel or audience: 'told reporters in Nairobi'), ``k`` when none."""
    if k + 1 >= len(toks) or toks[k].f not in ("in", "at"):
        return k
    m = k + 1
    while m < len(toks) and m - k <= _PLACE_WORDS and toks[m].word and text[toks[m].start].isupper():
        m += 1
    return m if m > k + 1 else k


def _named_before_comma(text: str, toks: list[Tok], j: int) -> int:
    """Tokens of a capitalised name at ``j`` ('Sky News', 'The Athletic') running up to a comma (0 when none): the
    outlet or person told, closing the reporting clause."""
    k = j + (j < len(toks) and toks[j].f == "the")
    m = k
    while m < len(toks) and m - j < 5 and toks[m].word and text[toks[m].start].isupper():
        m += 1
    return m - j if m > k and m < len(toks) and toks[m].f in COMMAS else 0


def continuation(text: str, toks: list[Tok], c: int, lex: Lexicon) -> int | None:
    """Index where the reported content resumes after the closed reporting clause at comma ``c``:
    after 'and', or at a verbless continuation ('up by 5 million'); None before a joiner or a cue."""
    k = c + 1
    n = lex["cited_links"].match(toks, k)
    if n:  # ", citing customs data, and imports rose 2%": past the source's insertion
        m = next_comma(toks, k + n)
        if m + 2 >= len(toks) or toks[m].f not in COMMAS:
            return None
        k = m + 1
    if lex["insertion_participles"].match(toks, k) or lex["relating_participles"].match(toks, k) or any(
            lex["anonymity_markers"].match(toks, m) for m in range(k, min(k + 3, len(toks)))):
        return None  # ", speaking in Cairo.", ", declining to be named.": how the source spoke, the reporting clause's;
        # ", contradicting the governor": the writer sets the report against another, no claim of the source's
    if _who_says(toks, k, lex):  # ", who said Z": the same source goes on
        k += 2 + lex["complementizers"].match(toks, k + 2)
        return k if len(toks) - k >= 2 and toks[k].word else None
    if _goes_on(toks, k, lex):  # ", adding that Z": the same source goes on
        k += 1 + (tells(toks, k, lex) and recipient_length(text, toks, k + 1, lex))  # ", telling reporters that Z"
        k += lex["complementizers"].match(toks, k)
        return k if len(toks) - k >= 2 and toks[k].word else None
    if toks[k].f in lex["coordinators"]:
        k += 1
    elif toks[k].f in lex["clause_joiners"] or lex["performative_breaks"].match(toks, k) or lex[
            "cited_links"].match(toks, k):
        return None
    elif lex["included_links"].match(toks, k):
        return k if len(toks) - k >= 3 else None  # ", the ministry said, including a street cleaner": the tally's
    if len(toks) - k < 2 or not toks[k].word or lex.verb(toks[k].f) or toks[k].f in lex["subject_pronouns"]:
        return None
    return None if _reporting_tail(toks, k, lex) else k


def _reporting_tail(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """'..., it said on Monday, Reuters reported.': from ``k`` on, only another short reporting clause."""
    for m in range(k + 1, min(k + _TRAILING_MAX, len(toks))):
        if toks[m].word and lex.verb(toks[m].f) and _short_tail(toks, m + 1):
            return _past_channels(toks, m + 1, lex) >= len(toks) - 1
    return False


def trailing_frame(text: str, toks: list[Tok], i: int, lex: Lexicon, cue: Span) -> Draft | None:
    """'..., X said.' / '"Q," said X.': the content is what precedes the comma or quote; after
    '..., X said on Thursday, and Z' Z is reported by X too."""
    close = _closed_tail(toks, i + 1, lex, text)
    if close is None and not _short_tail(toks, _past_channels(toks, i + 1, lex), lex) and not anonymous_tail(
            toks, i + 1, lex):
        return None
    rest = toks[i + 1:close]
    p = i - 1
    steps = 0  # tokens walked back, a bracketed acronym counting as one ("the IMF (IMF)")
    while p >= 0 and (toks[p].word or _apostrophe(toks, p) or acronym_group(text, toks, p)
                      or name_hyphen(toks, p) or name_dot(text, toks, p, lex)) and steps < 8:  # 'U.N. officials'
        p -= 3 if not toks[p].word and acronym_group(text, toks, p) else 1
        steps += 1
    if 0 < p < i - 1 and toks[p].f == "," and toks[p + 1].f in lex["name_suffixes"] and toks[p - 1].word and not (
            p + 2 < i and toks[p + 2].f == "-" and name_hyphen(toks, p + 2)):  # 'co-founder' is no suffix 'Co'
        return None  # "Marlow Freight Holdings, LLC said X": the comma is inside the company's name
    if p <= 0 or not (toks[p].f in COMMAS or toks[p].f in QUOTES_CLOSE):
        # "..., a senior official who asked not to be named said." / "..., a study by researchers at X has found."
        h = anonymous_relative(toks, i, lex) or long_trailing_source(toks, i, lex)
        if not h:
            return None
        p = h - 1
    subject = toks[p + 1:i]
    subject = subject[:reduced_relative(subject, lex)]  # "..., a study published in Nature on Monday found."
    if subject and subject[-1].f in lex["perfect_auxiliaries"]:
        subject = subject[:-1]  # "..., officials have said"
        if not subject:
            return None  # "Orbis, the operator, has reported X": an apposition, not a trailing frame
    if subject and (subject[0].f in lex["clause_joiners"] or _predicate_first(text, subject, lex)):
        return None  # "X, 70, has denied Y and his lawyers said Z": a predicate, no source phrase, before the verb
    speaker = None
    if not subject and (insertion := _insertion_head(text, toks, p, lex)) is not None:
        h, q = insertion
        if h == 0 or toks[h - 1].f not in COMMAS and toks[h - 1].f not in QUOTES_CLOSE:
            return None  # "X, who led the study, said Y": a subject, not a trailing frame ('"Q," X, the CFO, said')
        subject, speaker, p = toks[h:p], toks[h:q - 1], h - 1  # "Y, the minister, speaking in Cairo, said"
    named: list[Tok] = []
    appositive = None
    if not subject and (h := titled_name(text, toks, p, lex)) is not None:
        if h == 0:
            return None  # "The chief executive, Priya Nair, said X": a subject, not a trailing frame
        subject, named, p = toks[h:p], toks[h:p], h - 1  # "X, the chief executive, Priya Nair, said"
    q = p - 1
    while q >= 0 and toks[q].f not in COMMAS:
        q -= 1
    if q >= 0 and lex["cited_links"].match(toks, q + 1):  # "X, citing Y, said ..."
        return None
    if not subject:
        if rest and rest[0].f[:1].isdigit():
            return None  # "..., Dr Jane Ahmed, said 40 flights were cancelled": content, not an inverted source
        subject = cut_source([t for t in rest], lex)
        appositive = apposed(text, rest, subject, lex) or titled_after(text, rest, subject, lex)  # '"Q," said Maria
        # Lopez, a spokeswoman for the commission.' / '"Q," said the company's chief executive, Maria Lopez.'
    end = toks[p].end if toks[p].f in QUOTES_CLOSE else toks[p].start
    start = 0
    for m in range(p - 1, -1, -1):
        if toks[m].f in (":", ";"):
            start = m + 1
            break
    if not subject or end <= toks[start].start or _fronted_adjunct(toks, start, p, i, lex):
        return None
    if lex["cited_links"].match(toks, start) and next_comma(toks, start) == p:
        return None  # "Citing Y, X said Z": a fronted cited source, not reported content
    d = Draft(lead=min(toks[p].start, cue.start), cue=cue, source_toks=strip_quotes(subject),
              content_start=toks[start].start, content_end=end, formal=formal_channel(toks, i + 1, lex),
              organisation=own_document(toks, i + 1, lex))
    comma = next((k for k in range(_past_channels(toks, i + 1, lex), len(toks)) if toks[k].f in COMMAS), None)
    if comma is not None and comma == close and _reporting_tail(toks, close + 1, lex):
        comma = None  # ", it said on Monday, Reuters reported.": both reporting clauses are the frame's
    if comma is None or comma == close:  # the tail is the reporting clause, up to the stop or the close
        last = (len(toks) if comma is None else comma) - 1
        while last > i and not toks[last].word:
            last -= 1
        d.clause = span_of(text, toks[p + 1:last + 1])
    if speaker:
        d.source = span_of(text, speaker)
    if appositive:
        d.source_toks, d.source, d.apposition = appositive
    elif named:
        k = next_comma(named, 0)
        d.source, d.apposition = span_of(text, named[k + 1:]), span_of(text, named[:k])
    if len(d.source_toks) == 1 and d.source_toks[0].f in lex["organisation_pronouns"]:
        antecedent = _antecedent(toks, start, p, lex)
        if antecedent:  # "The ministry raised X, it said": the source is the ministry
            d.source_toks = antecedent
    n = lex["cited_links"].match(toks, close + 1) if close is not None else 0
    if n and close is not None:  # "..., Bloomberg reported, citing data from the power exchange."
        d.cited = span_of(text, strip_quotes(_up_to_stop(toks[close + 1 + n:next_comma(toks, close + 1 + n)])))
    resume = continuation(text, toks, close, lex) if close is not None else None
    if resume is not None and close is not None:
        d.tail, d.tail_start = toks[close].start, toks[resume].start
    return d


def _up_to_stop(toks: list[Tok]) -> list[Tok]:
    """``toks`` without the sentence's closing punctuation."""
    while toks and not toks[-1].word and toks[-1].f not in QUOTES_CLOSE:
        toks = toks[:-1]
    return toks


def _fronted_adjunct(toks: list[Tok], start: int, p: int, i: int, lex: Lexicon) -> bool:
    """'In Cairo, the minister said exports rose 5%': the text before the comma ``p`` is a short comma-free
    phrase opening with a preposition and the verb at ``i`` goes on to a bare complement, so the phrase
    is an adjunct of the reporting clause, not content reported by a trailing frame."""
    return adjunct_phrase(toks, start, p, lex) and sum(t.word for t in toks[_past_channels(toks, i + 1, lex):]) >= 2


def adjunct_phrase(toks: list[Tok], a: int, b: int, lex: Lexicon) -> bool:
    """``toks[a:b]`` is a short comma-free phrase opening with a preposition ('At a conference in Dubai') or a
    participle on how the speaker spoke ('Speaking to reporters in Brussels'), not with a quantity qualifier
    ('At least 46 homes were destroyed')."""
    return 0 < b - a <= _ADJUNCT_MAX and bool(lex["adjunct_prepositions"].match(toks, a) or lex[
        "insertion_participles"].match(toks, a)) and all(
        t.word or t.f in "'’" for t in toks[a:b]) and not lex["adjunct_not_openers"].match(toks, a)


def formal_channel(toks: list[Tok], j: int, lex: Lexicon) -> bool:
    """The verb at ``j - 1`` goes on to a formal channel ('in a statement') or the speaker's own
    document ('in its mid-year report'): the speaker is an organisation."""
    return _channel_is(toks, j, lex, False)


_OWN_LINKS = frozenset({"in", "on"})


def own_document(toks: list[Tok], j: int, lex: Lexicon) -> bool:
    """'said in its (latest) report', 'on its website': 'its' makes the speaker an organisation, even a capitalised
    name."""
    return _channel_is(toks, j, lex, True)


def _channel_is(toks: list[Tok], j: int, lex: Lexicon, own: bool) -> bool:
    for _ in range(3):
        if not own and lex["formal_channels"].match(toks, j) or j + 1 < len(toks) and toks[j].f in _OWN_LINKS and toks[
                j + 1].f in lex["organisation_pronouns"]:  # 'in its report', 'on its website
            return True
        n = channel(toks, j, lex)
        if not n:
            return False
        j += n
    return False


def _antecedent(toks: list[Tok], start: int, stop: int, lex: Lexicon) -> list[Tok]:
    """The organisation noun phrase opening a clause ('The central bank', "Egypt's ministry"), or []."""
    for k in range(start, min(stop, start + 6)):
        t = toks[k]
        if not (t.word or t.f in "'’") or t.word and lex.verb(t.f):
            return []
        n = lex["official_heads"].match(toks, k)
        if n:
            return toks[start:k + n]
    return []


def _predicate_first(text: str, subject: list[Tok], lex: Lexicon) -> bool:
    """The words between a comma and a reporting verb open with an auxiliary or a past reporting verb ('Bolsonaro,
    70, has denied wrongdoing and his lawyers said'): a predicate coordinated with another clause, not a trailing
    source (a source phrase opens with a noun, a determiner or a name)."""
    first = subject[0]
    if first.f in lex["perfect_auxiliaries"] or first.f in lex["passive_auxiliaries"]:
        return len(subject) > 1
    return len(subject) > 1 and text[first.start].islower() and lex.verb(first.f) is not None and not first.f.endswith("s")
