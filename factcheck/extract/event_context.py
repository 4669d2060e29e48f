"""The subject a claim takes from the words before it in its sentence.

Needs: the text, where a claim starts (or its tokens) and ``names``, a function giving the ranked names of a token
range (``events.ranked_entities``). Adds, for ``events.detect_event``: the named speaker of a reporting verb before
a claim opened by a pronoun (``speaker``: "Tabby said it raised"), the first name of the clauses before such a claim
when no reporting verb stands there (``antecedent``: "Acme beat forecasts, and its shares rose 5%") and the name a
relative of place or a relative pronoun opens on (``place_before``: 'in Wales, where gusts reached 100 mph', 'in Sudan,
which declared'); and whether a coordinated clause opens on its verb with no subject of its own (``opens_on_verb``:
'and raised prices', كما اشترت حصة), which then shares the subject of the clause before it.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ..attribution.cues import lexicon as attribution_lexicon
from ..text.normalize import fold
from ..text.segment import wire_dateline
from .clause_lexicon import has_predicate
from .cue_names import definite, gap
from .event_runs import abbreviation
from .event_subjects import place_relatives, shared_subject_leads, verb_at
from .tokens import Tok, tokenize
from .verb_shape import verb_like

Names = Callable[[str, list[Tok], str], list[tuple[int, int, int]]]  # (rank, start, end) of names in tokens

_SENTENCE_BREAK = re.compile(r"[.!?؟\n](?=\s)")
_SENTENCE_STARTS = ("", ".", "!", "?", "؟", ":", "\n", "\"", "«", "“")  # what may stand before a sentence's first word
_WORD_BEFORE = re.compile(r"[A-Za-z]+$")
_LOOKBACK = 240  # characters before a claim its reporting verb and speaker may take ("X, the …, said that it")


def speaker(text: str, end: int, language: str, names: Names) -> tuple[int, int] | None:
    """Span of the named speaker of the reporting verb standing before ``end`` in its sentence: in Arabic
    the first name after the verb (أعلنت شركة X أنها), else the last name before it in the verb's clause (after the
    last comma), past an apposition between commas ("Maria Silva, the mayor of Porto, said"); None when no reporting
    verb or no name."""
    lo = _sentence_from(text, end)
    toks = [t for t in tokenize(text, lo, end) if t.end <= end]
    lex = attribution_lexicon(language)
    verb = next((i for i in range(len(toks) - 1, -1, -1) if lex.verb(toks[i].norm) is not None), None)
    if verb is None:
        return None
    names_ = [(s, e) for r, s, e in names(text, toks, language) if r < 2]
    at = toks[verb]
    if language == "ar":
        after = [n for n in names_ if n[0] >= at.end]
        if after:
            return after[0]
    limit = at.start
    if verb and "," in text[toks[verb - 1].end:at.start]:  # "X, the mayor of Porto, said"
        opening = text.rfind(",", lo, toks[verb - 1].start)
        limit = opening if opening >= 0 else limit
    clause = max(text.rfind(",", lo, limit), text.rfind("،", lo, limit), text.rfind(";", lo, limit))
    before = [n for n in names_ if clause < n[0] and n[1] <= limit]  # 'The court upheld X, and Y's lawyers said they'
    if not before or text.startswith(("'s", "’s"), before[-1][1]):
        return None  # "Ortega's lawyer said they …": the possessor is not the speaker
    return before[-1]


def object_speaker(text: str, toks: list[Tok], mk, language: str, names: Names) -> tuple[int, int] | None:
    """The named speaker of an English reporting verb whose indefinite object opens the claim ('Westbridge Bank
    reported | a 41% drop in pretax profit'): the result reported is the speaker's own. None when the claim opens
    with no 'a'/'an', is a clause with a verb of its own before its first comma ('said | a record 46,000 students had
    won'), the word before it is no reporting verb, or no name speaks ('The bank reported')."""
    if language != "en" or not toks or toks[0].norm not in ("a", "an"):
        return None
    k = next((j for j in range(1, len(toks)) if "," in text[toks[j - 1].end:toks[j].start]), len(toks))
    if any(has_predicate(toks, mk, i, i + 1, "en") and toks[i - 1].norm not in ("a", "an", "the")
           and not any(ch.isdigit() or ch == "%" for ch in toks[i - 1].norm) for i in range(1, k)):
        return None  # a verb that is no noun after a determiner or a figure ('a 12% rise'): a clause of its own
    lo = _sentence_from(text, toks[0].start)
    before = [t for t in tokenize(text, lo, toks[0].start) if t.end <= toks[0].start]
    if not before or attribution_lexicon(language).verb(before[-1].norm) is None:
        return None
    return speaker(text, toks[0].start, language, names)


def _sentence_from(text: str, end: int) -> int:
    """Start of the sentence holding ``end``, at most ``_LOOKBACK`` characters back, past a wire dateline opening it."""
    lo = max(0, end - _LOOKBACK)
    for m in _SENTENCE_BREAK.finditer(text, lo, end):
        word = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if m.group() == "." and word is not None and abbreviation(word.group().lower()):
            continue  # 'Acme Corp. said it': the period of an abbreviation ends no sentence
        lo = m.end()
    first = lo
    while first < end and text[first].isspace():
        first += 1
    cut = wire_dateline(text, first, end)  # 'NAIROBI - A measles outbreak …, killing': the dateline is no clause
    return cut if cut > first else lo


def antecedent(text: str, end: int, language: str, names: Names) -> tuple[int, int] | None:
    """Span of the first name of the clauses before ``end`` in its sentence, which a pronoun opening the claim
    refers back to ("Norway's wealth fund returned 13% and its value hit $2 trillion"); None when none comes
    before, no word separates it from the claim or a reporting verb stands before it (its speaker's pronoun)."""
    toks = [t for t in tokenize(text, _sentence_from(text, end), end) if t.end <= end]
    verb = attribution_lexicon(language).verb
    if not toks or any(verb(t.norm) is not None for t in toks):
        return None  # "Ortega's lawyer said they": a speaker's pronoun, which ``speaker`` resolves or leaves
    names_ = [(s, e) for r, s, e in names(text, toks, language) if r < 2]
    return names_[0] if names_ and names_[0][1] < toks[-1].start else None


def place_before(text: str, toks: list[Tok], language: str, names: Names) -> tuple[int, int] | None:
    """Span of the name right before a claim opened by a relative adverb of place or a relative pronoun
    (``place_relatives``: where, which, who), past only a comma: the place or the name the claim is about ('in Sudan,
    which declared', 'Maria Lopez, who won'); None otherwise ('Acme cut 300 jobs, which sent': a relative on a clause)."""
    if not toks or toks[0].norm not in place_relatives(language):
        return None
    end = toks[0].start
    before = [t for t in tokenize(text, _sentence_from(text, end), end) if t.end <= end]
    names_ = [(s, e) for r, s, e in names(text, before, language) if r <= 2]
    return names_[-1] if names_ and not text[names_[-1][1]:end].strip(", ") else None


def opens_on_verb(text: str, toks: list[Tok], mk, quantities, language: str) -> bool:
    """Whether the claim is a coordinated clause with no subject of its own: past its connectors (``shared_subject_leads``:
    and, then; كما، ثم; in Arabic also a و/ف clitic on the verb of a clause inside a sentence: ، وغرمت) its verb comes
    first, or an English participle clause after a comma opens it (``_participle_clause``: ', killing 9 people'). In English a verb (an -ed form, a verb cue or an event verb that is no
    plural noun) not followed by another verb ('and raised prices'; not 'and revenue rose'); in Arabic a verb followed
    by what cannot be its subject (``_no_subject_after``: كما اشترت حصة في، ثم جمعت 200 مليون)."""
    leads = shared_subject_leads(language)
    k = 0
    while k < len(toks) and toks[k].norm in leads:
        k += 1
    if k == 0 and language == "ar" and len(toks) > 1 and toks[0].norm[:1] in "وف" and len(toks[0].variants) > 1 and (
            text[:toks[0].start].rstrip()[-1:] not in _SENTENCE_STARTS):  # '، وغرمت كلا منهم': the clitic leads
        return not gap(text, toks, 1) and verb_at(toks, mk, 0) and _no_subject_after(text, toks, mk, 1, quantities)
    if k == 0 and language == "en" and _participle_clause(text, toks, mk):
        return True
    if k == 0 and language == "en" and len(toks) > 1 and _lead_before(text, toks[0].start, leads):
        return _english_verb(text, toks, mk, 0) and not _english_verb(text, toks, mk, 1)  # ', and raised prices'
    if k == 0 or k + 1 >= len(toks) or gap(text, toks, k):
        return False
    if language == "ar":
        return verb_at(toks, mk, k) and _no_subject_after(text, toks, mk, k + 1, quantities)
    return _english_verb(text, toks, mk, k) and not _english_verb(text, toks, mk, k + 1)


_LEAD_BEFORE = 12  # characters before a claim searched for the coordinator left out of it


def _lead_before(text: str, start: int, leads: frozenset[str]) -> bool:
    """The claim at ``start`` follows ', and' (a comma, then one of ``leads`` that ``clauses.cut`` leaves out of both
    claims): it is a coordinated clause as much as one opening with the word."""
    before = text[max(0, start - _LEAD_BEFORE):start].rstrip()
    word = before.rsplit(None, 1)[-1] if before else ""
    return bool(word) and fold(word) in leads and before[:-len(word)].rstrip().endswith((",", "،"))


def _participle_clause(text: str, toks: list[Tok], mk) -> bool:
    """An English participle clause after a comma (', killing at least 9 people', ', forcing 2,000 to flee'): a
    lowercase -ing verb (a verb cue or an event word) opening it has the subject of the clause before it."""
    tok = toks[0]
    return len(toks) > 1 and tok.norm.endswith("ing") and text[tok.start].islower() and (
        "predicate_cues" in mk[0] or any(key.startswith(("ev:", "weak:")) for key in mk[0])) and (
        text[:tok.start].rstrip()[-1:] == ",")


def _english_verb(text: str, toks: list[Tok], mk, k: int) -> bool:
    """A lowercase English verb at ``toks[k]``: an -ed form, a verb cue, or an event verb not ending in -s (a plural
    noun: 'strikes', 'sales')."""
    tok = toks[k]
    if not text[tok.start].islower():
        return False
    if verb_like(toks, k, "en", frozenset(), frozenset()) or "predicate_cues" in mk[k]:
        return True
    return not tok.norm.endswith("s") and any(key.startswith(("ev:", "weak:")) for key in mk[k])


def _no_subject_after(text: str, toks: list[Tok], mk, j: int, quantities) -> bool:
    """The Arabic word at ``toks[j]``, right after a verb, cannot be its subject: a preposition, a count of something
    other than people (200 مليون دولار; not 12 شخصا, who suffered), or an indefinite noun that heads no construct
    (حصة في، كل منهم; not أسعار النفط, a construct subject); a definite noun may be the subject and is left alone."""
    tok = toks[j]
    if tok.norm in _PREPOSITIONS:
        return True
    count = next((q for q in quantities if q.start <= tok.start < q.end), None)
    if count is not None or tok.norm[:1].isdigit():
        return count is not None and count.unit not in _PEOPLE
    if definite(tok) or any(key.startswith(("cue:", "given_name")) for key in mk[j]):
        return False
    return not (j + 1 < len(toks) and not gap(text, toks, j + 1) and definite(toks[j + 1]))


_PREPOSITIONS = frozenset({"في", "على", "علي", "إلى", "الي", "عن", "من", "مع", "ب", "ل"})
_PEOPLE = frozenset({"person"})  # the unit of a count of people: after a verb, they are who suffered or acted
