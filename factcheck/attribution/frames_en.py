"""English attribution frames of one sentence: "X said (that) Y", "Y, X said", "said X", "according
to X, Y", "X, citing Y, said", "reports of/that Y", announcements with a nominal object.

Needs: the sentence tokens and the English lexicon. Adds: ``Draft`` frames in text order; content
starts after "that" or a colon, at a bare complement clause, or covers the text before a trailing
"..., X said"; announcements with a nominal object cover the whole clause.
"""
from __future__ import annotations

from ..models import Span
from .cues import QUOTES_CLOSE, QUOTES_OPEN, Lexicon, Tok
from .draft import COMMAS, Draft, cited_after, cut_source, is_clause_initial, next_comma, scan, strip_quotes
from .kinds import outlet_span, span_of

_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "these", "those", "this", "our", "my"})
_TRAILING_MAX = 7  # words after a trailing "X said"
_SUBJECT_MAX = 12
_INSERTION_MAX = 20  # ", who spoke on condition of anonymity because they were not authorized to ...,"
_RECIPIENT_MAX = 4  # "told (the) Financial Times that"


def _is_verb(text: str, toks: list[Tok], i: int, lex: Lexicon):
    t = toks[i]
    if not t.word or not text[t.start].islower():
        return None
    if i and toks[i - 1].f in _DETERMINERS:
        return None
    return lex.verb(t.f)


def _name_dot(text: str, toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """The full stop of 'Dr.' or of an initial 'J.' inside a name."""
    if k < 1 or toks[k].f != "." or not toks[k - 1].word or toks[k - 1].end != toks[k].start:
        return False
    prev = toks[k - 1]
    return prev.f in lex["title_abbreviations"] or (prev.end - prev.start == 1 and text[prev.start].isupper())


def _np_like(text: str, words: list[Tok], lex: Lexicon) -> bool:
    """A short source-like noun phrase: ends in a capitalised word or a source head (Nissan, the ministry)."""
    words = [t for t in words if t.word]
    if not 0 < len(words) <= 5:
        return False
    last = words[-1]
    return (text[last.start].isupper() or last.f in lex["official_heads"] or last.f in lex["anonymous_heads"]) and all(
        text[t.start].isupper() or t.f in _DETERMINERS or t.f in ("of", "'", "’", "s") for t in words[:-1])


def _left_conjunct(text: str, toks: list[Tok], a: int, lex: Lexicon) -> bool:
    """True when 'and' at ``a`` joins a source phrase starting the clause to the next one."""
    m = a
    while m > 0 and (toks[m - 1].word or _name_dot(text, toks, m - 1, lex)) and a - m < 6:
        m -= 1
    if m > 0 and toks[m - 1].word:
        return False
    while m < a and toks[m].f in lex["clause_leads"]:
        m += 1
    return _np_like(text, toks[m:a], lex)


def _subject(text: str, toks: list[Tok], i: int, lex: Lexicon) -> tuple[list[Tok], list[Tok], int]:
    """(subject tokens, cited tokens, first index) of the SVO subject ending before ``toks[i]``."""
    j = i
    cited: list[Tok] = []
    if j and toks[j - 1].f in COMMAS:  # "Reuters, citing Business Insider, said" / "Musk, the CEO, said"
        q = j - 1
        while q > 0 and toks[q - 1].f not in COMMAS and i - q < _INSERTION_MAX:
            q -= 1
        if q > 0 and toks[q - 1].f in COMMAS:
            n = lex["cited_links"].match(toks, q)
            if n:
                cited = toks[q + n:j - 1]
                j = q - 1
            else:
                j = q - 1
    k = j
    while k > 0 and (toks[k - 1].word or toks[k - 1].f in "'’" or _name_dot(text, toks, k - 1, lex)) and (
            toks[k - 1].f != "that" and j - k < _SUBJECT_MAX):
        if toks[k - 1].f in lex["clause_joiners"] and k - 1 > 0 and not (
                toks[k - 1].f in lex["coordinators"] and _left_conjunct(text, toks, k - 1, lex)):
            break
        k -= 1
    while k < j and (toks[k].f in lex["clause_leads"] or toks[k].f in lex["clause_joiners"]):
        k += 1
    subject = toks[k:j] if cited else toks[k:i]
    while subject and subject[-1].f in COMMAS:
        subject = subject[:-1]
    return subject, cited, k


def _after_verb(toks: list[Tok], j: int, lex: Lexicon, told: bool) -> tuple[int, list[Tok]]:
    """Skip channels, time words, a recipient and ", citing X," after the verb; (index, cited)."""
    cited: list[Tok] = []
    for _ in range(5):
        n = _channel(toks, j, lex)
        if n:
            j += n
            continue
        if j + 1 < len(toks) and toks[j].f in COMMAS and lex["cited_links"].match(toks, j + 1):
            n = lex["cited_links"].match(toks, j + 1)
            k = next_comma(toks, j + 1 + n)
            cited = toks[j + 1 + n:k]
            j = k + 1 if k < len(toks) and toks[k].f in COMMAS else k
            continue
        if told and j < len(toks) and toks[j].word and toks[j].f != "that":
            k = j
            while k < len(toks) and toks[k].word and toks[k].f != "that" and k - j < _RECIPIENT_MAX:
                k += 1
            if k < len(toks) and (toks[k].f == "that" or not toks[k].word):
                j = k
                told = False
                continue
        break
    return j, cited


def _verb(text: str, toks: list[Tok], i: int, lex: Lexicon, kind: str, participle: bool):
    cue = Span.of(text, toks[i].start, toks[i].end)
    if participle:
        if not (i and toks[i - 1].f in COMMAS) or kind == "relay":
            return None, i + 1
        c = _content_index(toks, i + 1, lex)
        return (Draft(lead=toks[i].start, cue=cue, content_start=toks[c].start, participle=True), c) if c is not None else (None, i + 1)
    if i and toks[i - 1].f in lex["passive_auxiliaries"]:
        return None, i + 1  # "its lenders had been warned that X": no speaker before the verb
    trailing = _trailing(text, toks, i, lex, cue)
    if trailing is not None:
        return trailing, len(toks)
    h = i - 1 if i > 1 and toks[i - 1].f in lex["perfect_auxiliaries"] else i  # "X has reported"
    subject, cited, k = _subject(text, toks, h, lex)
    subject = strip_quotes(subject)
    if not subject:
        return None, i + 1
    j, cited2 = _after_verb(toks, i + 1, lex, toks[i].f in ("told", "tells", "tell"))
    d = Draft(lead=subject[0].start, cue=cue, source_toks=subject, formal=_formal(toks, i + 1, lex),
              organisation=_own_document(toks, i + 1, lex))
    name = next_comma(subject, 0)
    if 0 < name < len(subject):  # "X, a spokesman for Y, said": the source is X, typed with its apposition
        d.source = span_of(text, subject[:name])
        if _is_title(text, subject[:name], lex) and _is_name(text, subject[name + 1:]):  # "The CEO, Priya Nair, said"
            d.source, d.apposition = span_of(text, subject[name + 1:]), d.source
    d.cited = span_of(text, strip_quotes(cited or cited2))
    c = _reports_object(toks, j, lex)
    if c is not None:  # "denied reports that X": the speaker's frame, X is what is denied
        d.content_start = toks[c].start
        return d, c
    if j >= len(toks) or not toks[j].word and toks[j].f not in (":",) and toks[j].f not in QUOTES_OPEN:
        return None, i + 1
    if toks[j].f == "that" and j + 1 < len(toks):
        d.content_start = toks[j + 1].start
        return d, j + 1
    if toks[j].f == ":" and j + 1 < len(toks):
        d.content_start = toks[j + 1].start
        return d, j + 1
    bare = kind == "say" or toks[j].f in lex["subject_pronouns"]
    if toks[j].f in QUOTES_OPEN or bare and len(toks) - j >= 4:
        d.content_start = toks[j].start
        return d, j
    if kind in ("announce", "object") and toks[j].word:
        d.performative, d.content_start = True, subject[0].start
        return d, j
    return None, i + 1


def _reports_object(toks: list[Tok], j: int, lex: Lexicon) -> int | None:
    """Content index after '(media) reports that/of X' as the object of a reporting verb at ``j``."""
    k = j
    while k < len(toks) and k - j < 3 and (toks[k].f in _DETERMINERS or toks[k].f in lex["report_leads"]):
        k += 1
    if k + 2 < len(toks) and toks[k].f in lex["reports"] and toks[k + 1].f in lex["report_links"]:
        return k + 2
    return None


def _insertion_subject(text: str, toks: list[Tok], p: int, lex: Lexicon) -> bool:
    """'X, who led the study, said' / 'X, 52, said' / 'X, in a statement, said': ``p`` closes an insertion."""
    q = p
    while q > 0 and toks[q - 1].f not in COMMAS and p - q < _INSERTION_MAX:
        q -= 1
    if q < 2 or toks[q - 1].f not in COMMAS or q == p:
        return False
    lead = toks[q]
    if not (lead.f in lex["appositive_leads"] or lead.f[:1].isdigit() or lex["statement_channels"].match(toks, q)):
        return False
    h = q - 1
    while h > 0 and (toks[h - 1].word or _name_dot(text, toks, h - 1, lex)) and q - h <= 8:
        h -= 1
    if h > 0 and (toks[h - 1].word or toks[h - 1].f in COMMAS):
        return False
    while h < q - 1 and toks[h].f in lex["clause_leads"]:
        h += 1
    head = toks[h:q - 1]
    return _np_like(text, head, lex) or lead.f == "who" and any(  # "A senior official, who asked ..., said"
        t.f in lex["anonymous_heads"] or t.f in lex["official_heads"] for t in head)


def _content_index(toks: list[Tok], j: int, lex: Lexicon) -> int | None:
    if j < len(toks) and toks[j].f in ("that", ":") and j + 1 < len(toks):
        return j + 1
    if j < len(toks) and (toks[j].word or toks[j].f in QUOTES_OPEN):
        return j
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


def _short_tail(toks: list[Tok], j: int) -> bool:
    """At most ``_TRAILING_MAX`` words and no 'that' or colon from ``j`` to the sentence end."""
    words = 0
    for k in range(j, len(toks)):
        t = toks[k]
        if t.f == "that" or t.f == ":":
            return False
        words += t.word
        if words > _TRAILING_MAX:
            return False
    return True


def _channel(toks: list[Tok], j: int, lex: Lexicon) -> int:
    """Length of 'in its (mid-year) report' / 'in a statement' at ``j`` (0 when none)."""
    n = lex["statement_channels"].match(toks, j) or lex["time_adjuncts"].match(toks, j)
    if n or j + 2 >= len(toks) or toks[j].f != "in" or toks[j + 1].f not in _DETERMINERS:
        return n
    for k in range(j + 2, min(j + 6, len(toks))):
        if not toks[k].word and toks[k].f != "-":
            return 0
        if toks[k].f in lex["channel_heads"]:
            return k + 1 - j
    return 0


def _closed_tail(toks: list[Tok], j: int, lex: Lexicon) -> int | None:
    """Index of the comma closing 'said [on Thursday] [in its report],' after the verb (None if none)."""
    for _ in range(3):
        n = _channel(toks, j, lex)
        if not n:
            break
        j += n
    return j if j + 2 < len(toks) and toks[j].f in COMMAS else None


def _continuation(toks: list[Tok], c: int, lex: Lexicon) -> int | None:
    """Index where the reported content resumes after the closed reporting clause at comma ``c``:
    after 'and', or at a verbless continuation ('up by 5 million'); None before a joiner or a cue."""
    k = c + 1
    if toks[k].f in lex["coordinators"]:
        k += 1
    elif toks[k].f in lex["clause_joiners"] or lex["performative_breaks"].match(toks, k) or lex[
            "cited_links"].match(toks, k) or lex["included_links"].match(toks, k):
        return None
    if len(toks) - k < 2 or not toks[k].word or lex.verb(toks[k].f) or toks[k].f in lex["subject_pronouns"]:
        return None
    return k


def _trailing(text: str, toks: list[Tok], i: int, lex: Lexicon, cue: Span) -> Draft | None:
    """'..., X said.' / '"Q," said X.': the content is what precedes the comma or quote; after
    '..., X said on Thursday, and Z' Z is reported by X too."""
    close = _closed_tail(toks, i + 1, lex)
    if close is None and not _short_tail(toks, i + 1):
        return None
    rest = toks[i + 1:close]
    p = i - 1
    while p >= 0 and (toks[p].word or _apostrophe(toks, p)) and i - p <= 8:
        p -= 1
    if p <= 0 or not (toks[p].f in COMMAS or toks[p].f in QUOTES_CLOSE):
        return None
    subject = toks[p + 1:i]
    if subject and subject[-1].f in lex["perfect_auxiliaries"]:
        subject = subject[:-1]  # "..., officials have said"
        if not subject:
            return None  # "Orbis, the operator, has reported X": an apposition, not a trailing frame
    if subject and subject[0].f in lex["clause_joiners"]:
        return None
    if not subject and _insertion_subject(text, toks, p, lex):
        return None
    named = None
    if not subject and (h := _titled_name(text, toks, p, lex)) is not None:
        if h == 0:
            return None  # "The chief executive, Priya Nair, said X": a subject, not a trailing frame
        subject, named, p = toks[h:p], toks[h:p], h - 1  # "X, the chief executive, Priya Nair, said"
    q = p - 1
    while q >= 0 and toks[q].f not in COMMAS:
        q -= 1
    if q >= 0 and lex["cited_links"].match(toks, q + 1):  # "X, citing Y, said ..."
        return None
    if not subject:
        subject = cut_source([t for t in rest], lex)
    end = toks[p].end if toks[p].f in QUOTES_CLOSE else toks[p].start
    start = 0
    for m in range(p - 1, -1, -1):
        if toks[m].f in (":", ";"):
            start = m + 1
            break
    if not subject or end <= toks[start].start:
        return None
    d = Draft(lead=min(toks[p].start, cue.start), cue=cue, source_toks=strip_quotes(subject),
              content_start=toks[start].start, content_end=end, formal=_formal(toks, i + 1, lex),
              organisation=_own_document(toks, i + 1, lex))
    if named:
        k = next_comma(named, 0)
        d.source, d.apposition = span_of(text, named[k + 1:]), span_of(text, named[:k])
    if len(d.source_toks) == 1 and d.source_toks[0].f in lex["organisation_pronouns"]:
        antecedent = _antecedent(toks, start, p, lex)
        if antecedent:  # "The ministry raised X, it said": the source is the ministry
            d.source_toks = antecedent
    k = _continuation(toks, close, lex) if close is not None else None
    if k is not None:
        d.tail, d.tail_start = toks[close].start, toks[k].start
    return d


def _is_title(text: str, toks: list[Tok], lex: Lexicon) -> bool:
    """'The chief executive' / "the company's finance chief": a lower-case title after a determiner."""
    words = [t for t in toks if t.word]
    return len(words) >= 2 and words[0].f in _DETERMINERS and all(
        text[t.start].islower() for t in words[1:]) and words[-1].f not in lex["anonymous_heads"]


def _is_name(text: str, toks: list[Tok]) -> bool:
    """Two to four capitalised words (a personal name)."""
    words = [t for t in toks if t.word]
    return 2 <= len(words) <= 4 and len(words) == len(toks) and all(text[t.start].isupper() for t in words)


def _titled_name(text: str, toks: list[Tok], p: int, lex: Lexicon) -> int | None:
    """Start of 'the chief executive, Priya Nair' closed by the comma at ``p``, when it opens the
    sentence or follows a comma; else None."""
    q = p - 1
    while q > 0 and toks[q - 1].f not in COMMAS and p - q < 5:
        q -= 1
    if q < 2 or toks[q - 1].f not in COMMAS or not _is_name(text, toks[q:p]):
        return None
    h = q - 1
    while h > 0 and toks[h - 1].f not in COMMAS and q - h < 7:
        h -= 1
    if h and toks[h - 1].f not in COMMAS or not _is_title(text, toks[h:q - 1], lex):
        return None
    return h


def _formal(toks: list[Tok], j: int, lex: Lexicon) -> bool:
    """The verb at ``j - 1`` goes on to a formal channel ('in a statement') or the speaker's own
    document ('in its mid-year report'): the speaker is an organisation."""
    return _channel_is(toks, j, lex, False)


def _own_document(toks: list[Tok], j: int, lex: Lexicon) -> bool:
    """'said in its (latest) report': 'its' makes the speaker an organisation, even a capitalised name."""
    return _channel_is(toks, j, lex, True)


def _channel_is(toks: list[Tok], j: int, lex: Lexicon, own: bool) -> bool:
    for _ in range(3):
        if not own and lex["formal_channels"].match(toks, j) or j + 1 < len(toks) and toks[j].f == "in" and toks[
                j + 1].f in lex["organisation_pronouns"]:
            return True
        n = _channel(toks, j, lex)
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


def _prep(text: str, toks: list[Tok], i: int, n: int, lex: Lexicon):
    """according to X, Y / Y, according to X."""
    cue = Span.of(text, toks[i].start, toks[i + n - 1].end)
    k = next_comma(toks, i + n)
    region = strip_quotes(toks[i + n:k])
    if not region:
        return None, i + 1
    d = Draft(lead=toks[i].start, cue=cue, source_toks=region)
    k = cited_after(text, toks, k, d, lex)  # "According to Reuters, citing three delegates, X"
    if is_clause_initial(toks, i, lex) and k < len(toks) - 1:
        d.content_start = toks[k + 1].start
        return d, k + 1
    if not i:
        return None, i + 1
    d.content_start, d.content_end = toks[0].start, toks[i - 1].end
    return d, k


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
    out = scan(text, toks, lex, _try)
    return out + [Draft(lead=d.tail, cue=d.cue, source_toks=d.source_toks, source=d.source, cited=d.cited,
                        content_start=d.tail_start, formal=d.formal) for d in out if d.tail]


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
    if verb:
        return _verb(text, toks, i, lex, *verb)
    return None, i + 1
