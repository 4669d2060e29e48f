"""Events and subjects: a small language-independent event set with trigger lexicons.

Needs: a claim's span (and, when already computed, its tokens and quantities). Adds: the event type
(or None) from ``lexicons/<lang>/events.json`` (found by ``event_triggers.find_event``) and the subject, the organisation or person the claim
is about, as a Span plus a folded key. Subjects are names found by form: «quoted» or "quoted" short
names, Latin-script runs inside Arabic, capitalised runs in English, and the words after a title cue
(شركة، الملياردير، CEO) from ``events_subjects.json``. A claim whose own subject is only a pronoun
("Tabby said it raised …", «أعلنت شركة X أنها جمعت …», "Careem said its revenue rose") is about the named
speaker of the reporting verb before it in the sentence (``event_context.speaker``); with no named speaker it keeps its own
names but never a place, which is where it happened ("The army said its troops killed 12 in Khan Younis"). With
no name, a definite institution noun opening the claim's clause before its verb is its subject, ranked with
places ('The court jailed', الحكومة ستفتتح; ``event_subjects.definite_head``). An Arabic title with its office
(استقال وزير المالية) is a name; an English group of people ('Railway workers') ranks with a lone first word.
A name in a phrase of destination, source or beneficiary after the verb ('deported 28 men to Kabul') is never the
subject (``event_agents.adjunct_rank``); in an Arabic SV clause (الحكومة تتفاوض مع) the names after the verb are its
objects, and a verb or a preposition's object (لحزب الله) is never a name (``_arabic_subjects``). An English name with an
appositive set off by commas ('Klarna, the Swedish payments company, cut') is the subject, never a name inside the
appositive (``clause_appositives``); a quotation that is the whole claim is what was said, never a name. With no
speaker, a pronoun opening a coordinated clause refers back to the sentence's first name and a relative of place
('in Wales, where') or a relative pronoun ('in Sudan, which') to the name before it, and a coordinated clause opening
on its verb ('and raised prices', كما اشترت حصة) shares the subject before it (``event_context``); a name inside a
relative set off within the claim ('Vodafone, whose chief executive resigned, cut') is no subject
(``event_subjects.embedded_relatives``); a toll is about what it counts the victims of (``event_tolls``: 'the death
toll from Hurricane Melissa', 'Gaza death toll passes'), and a sports injury is no casualty (``event_injuries``).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from ..attribution.names_ar import names, person_length, written
from ..models import Quantity, Span
from ..text.normalize import tokens
from .clause_appositives import appositives
from .clause_lexicon import lexicon as clause_lexicon
from .clauses import marks
from .cue_names import (
    PLACE_LINKS,
    after_location,
    cue_name,
    definite,
    gap,
    name_span,
    named_head,
    subject_lex,
    ticker_glosses,
)
from .event_agents import adjunct_rank, fixture_agent, led_by, modifier_rank, sv_agent, verb_agent, vso_name
from .event_context import antecedent, object_speaker, opens_on_verb, place_before, speaker
from .event_injuries import sports_injury
from .event_offices import office_title
from .event_runs import capitalised, name_runs, title_case
from .event_subjects import (
    common_start,
    counted,
    definite_head,
    embedded_relatives,
    group_subject,
    institution_end,
    main_clause,
    modifying_demonym,
    owned_title_end,
    pick,
    predicate_quote,
    pronoun_led,
    title_head,
    verb_at,
)
from .event_tolls import toll_subject
from .event_triggers import find_event, trigger_indices
from .tokens import Tok, tokenize
from .verb_shape import future_like

__all__ = ["detect_event", "entities", "find_event", "name_runs", "ranked_entities", "trigger_indices"]

Marks = list[dict[str, int]]

_NAME_QUOTE = re.compile(r"«([^«»]{1,60})»|“([^“”]{1,60})”|\"([^\"\n]{1,60})\"")
_TO_OUTLET = re.compile(r"(?:^|[\s\u200e\u200f])لـ?$")
_SENTENCE_BREAK = re.compile(r"[.!?؟\n](?=\s)")


def ranked_entities(text: str, toks: list[Tok], language: str, mk: Marks | None = None,
                    runs: list[tuple[int, int]] | None = None,
                    cues: Sequence[int] | None = None) -> list[tuple[int, int, int]]:
    """(rank, start, end) of names in the token range: 0 for names by form or after a title cue,
    1 for short quoted phrases (which may be scare quotes) and for a lone capitalised first word;
    ``runs`` is ``name_runs(text, toks, language)`` and ``cues`` the indices of the tokens marked
    ``cue:person`` or ``cue:org``, when the caller already has them."""
    if not toks:
        return []
    sub = subject_lex(language)
    mk = marks(toks, language) if mk is None else mk
    start, end = toks[0].start, toks[-1].end
    # a title-case headline capitalises every word: its first is no more a mere sentence start than the others
    lone_first = len(toks) > 1 and not _verb_after(toks[1], mk[1], sub) and not (
        language == "en" and title_case(text, toks, sub.stop))
    out = {(_form_rank(text, toks, s, e, lone_first, sub), s, e) for s, e in capitalised(text, toks, language, runs)
           if not (s == start and e == toks[0].end and common_start(text, toks, sub))}
    if sub.heads and language == "en":
        out = {(r, *name_span(text, toks, s, owned_title_end(text, toks, s, e, sub), sub)) for r, s, e in out}
        out = {(r, s, institution_end(text, toks, e, sub)) for r, s, e in out}  # 'A Paris court', 'Kenyan police'
        out = {(r, s, _owner_end(text, toks, mk, s, e)) for r, s, e in out}  # "Nissan's Sunderland factory"
        out = {r for r in out if not modifying_demonym(text, toks, r[1], r[2], mk)}  # 'Turkish bonds': nobody
    named_to = 0  # a given name inside a name already found starts no name of its own
    for i in range(len(mk)) if cues is None else cues:
        m = mk[i]
        if not m:
            continue
        if "given_name" in m and i >= named_to and (n := _person_at(text, toks, i)):
            out.add((0, toks[i].start + (toks[i].norm not in names().firsts), toks[i + n - 1].end))
            named_to = i + n
        for label in ("cue:person", "cue:org"):
            if label in m and not (label == "cue:org" and definite(toks[i]) and not named_head(toks[i], sub)):
                span = cue_name(text, toks, mk, i, m[label], label, sub)
                if span:
                    out.add((0, *span))
                break
    listings = ticker_glosses(text, start, end)
    if listings:  # 'Acme Corp (NASDAQ: ACME)': the exchange and ticker gloss the name before them
        out = {r for r in out if not any(a <= r[1] and r[2] <= b for a, b in listings)}
    for q in _NAME_QUOTE.finditer(text, max(0, start - 1), min(len(text), end + 1)):
        if _TO_OUTLET.search(text, max(0, q.start() - 3), q.start()):
            continue  # قال لـ"الشروق": the outlet spoken to is a source, not the subject
        inside = q.group(q.lastindex or 0)
        if q.start(q.lastindex or 0) <= start and end <= q.end(q.lastindex or 0):
            continue  # «اللاعبون قدموا مباراة كبيرة»: a quotation that is the whole claim is what was said, no name
        if predicate_quote(toks, mk, q.start(q.lastindex or 0)):
            continue  # «لم تتأثر»، «لن يتأثر»: a quoted predicate is what was said, no name
        if len(inside.split()) <= 4 and not ("a" <= inside[:1] <= "z") and not _SENTENCE_BREAK.search(inside):
            # "knowingly misled" is no name, nor a quoted saying of two sentences ("نحن مصدومون. سنستأنف")
            out.add((1, *q.span(q.lastindex or 0)))
    return sorted(out, key=lambda r: (r[1], r[0]))


def _owner_end(text: str, toks: list[Tok], mk: Marks, s: int, e: int) -> int:
    """End of the owner of an English run 'X's Y' before the lowercase noun Y modifies ("Nissan's Sunderland factory",
    "Pfizer's RSV vaccine"): X owns the thing, Y only says which, so X is who the claim is about; ``e`` when no owner
    stands inside the run or a verb follows it ("McDonald's Corp cut")."""
    if "'s " not in text[s:e] and "’s " not in text[s:e]:
        return e
    k = bisect_left([t.start for t in toks], s)
    while k < len(toks) and toks[k].end < e and not text.endswith(("'s", "’s"), toks[k].start, toks[k].end):
        k += 1
    h = bisect_left([t.start for t in toks], e)
    if k + 1 >= len(toks) or toks[k].end >= e or h >= len(toks) or text[e:toks[h].start] != " " or not (
            any(c.isupper() for c in text[toks[k + 1].start:toks[k + 1].end])):  # 'iPhone' too
        return e  # "Nigeria's top court": the owner runs on over the institution it owns
    noun = toks[h]
    if not (noun.norm.isalpha() and text[noun.start].islower()) or noun.norm.endswith("ed") or "predicate_cues" in mk[h] or (
            noun.norm in subject_lex("en").stop):  # "Ireland's Data Protection Commission on Friday fined"
        return e
    return toks[k].end - 2


def _form_rank(text: str, toks: list[Tok], s: int, e: int, lone_first: bool, sub) -> int:
    """Rank of a capitalised run: 2 for a place after a location preposition ("Police in Nairobi", "in the
    Cholistan desert") or a name modifying a possessed noun ("its Porto plant", ``_possessed``), or one joined by
    "and"/"or" to such a name ("in Dauphin and Swan River"), 1 for a lone first
    word not followed by a listed verb, else 0."""
    k = bisect_left([t.start for t in toks], s)
    if after_location(text, toks, k, sub, sub.proximity_preps):
        return _LANDMARK
    if after_location(text, toks, k, sub) or _possessed(text, toks, k, sub):
        return 2
    if k > 2 and toks[k - 1].norm in PLACE_LINKS and text[toks[k - 2].start].isupper():
        m = k - 2
        while m > 0 and text[toks[m - 1].start].isupper() and not text[toks[m - 1].end:toks[m].start].strip():
            m -= 1
        if after_location(text, toks, m, sub) or _possessed(text, toks, m, sub):
            return 2
    return int(lone_first and k == 0 and e == toks[0].end)


_INSTITUTION = 2  # rank of a definite institution noun as its clause's subject ('The court jailed'), as of a place
_LANDMARK = 3  # rank of a name after a proximity preposition ('near Kassala'): never a subject


def _possessed(text: str, toks: list[Tok], k: int, sub) -> bool:
    """The name at ``toks[k]`` modifies a noun owned by a possessive determiner opening an adjunct phrase
    (``adjunct_preps``) or by another name's possessive before it, past at most ``_MODIFIERS_MAX`` lowercase modifiers ('at its Porto plant', "Pfizer's new RSV
    vaccine"): the owner, not the modifier, is who the claim is about."""
    m = k - 1
    while m >= 0 and k - m <= _MODIFIERS_MAX and text[toks[m].start].islower() and toks[m].norm not in sub.possessives:
        m -= 1
    if m < 0 or m == k - 1 - _MODIFIERS_MAX:
        return False
    if toks[m].norm in sub.possessives:  # 'at its Porto plant'; not an object: 'launched its new Galaxy phone'
        return m > 0 and toks[m - 1].norm in sub.adjunct_preps and text[toks[m].start].islower()
    return m < k - 1 and text.endswith(("'s", "’s"), toks[m].start, toks[m].end)


_MODIFIERS_MAX = 2  # lowercase modifiers between an owner and a name modifying what it owns


def _verb_after(tok: Tok, m: dict[str, int], sub) -> bool:
    """True when ``tok`` is a listed auxiliary or reporting verb that makes the lone capitalised word
    before it the sentence's subject ("Tesla plans to hire"); after an event verb the object keeps
    the lead (the appointee of "Microsoft appointed", the target of "Uber acquired")."""
    return tok.norm in sub.verbs_after


def _person_at(text: str, toks: list[Tok], k: int) -> int:
    """Tokens of an Arabic personal name by form starting at ``toks[k]`` (a given name and name-like
    words, ``names_ar``; no punctuation inside; a و/ف clitic on the first word is allowed), or 0."""
    t, lex = toks[k], names()
    nxt = toks[k + 1].norm if k + 1 < len(toks) else ""
    if text[t.start:t.end] in lex.function_words or not (
            nxt in lex.firsts or nxt in lex.links or nxt.startswith(("ال", "بن"))):
        return 0  # على is no name; a name has a second part: a given name, a link, an ال-word, بن + a name
    first = t.norm if t.norm in lex.firsts or len(t.variants) < 2 or t.norm[:1] not in "وف" else t.variants[1]
    stop = next((m for m in range(k + 1, min(k + 6, len(toks))) if gap(text, toks, m)), min(k + 6, len(toks)))
    raw = written(text, toks[k:stop])
    raw[0] = raw[0][1:] if first != t.norm else raw[0]
    n = person_length([first] + [u.norm for u in toks[k + 1:stop]], 0, raw)
    return n if n >= 2 else 0


def entities(text: str, toks: list[Tok], language: str, mk: Marks | None = None) -> list[tuple[int, int]]:
    """Name spans in the token range, in text order."""
    return [(s, e) for _, s, e in ranked_entities(text, toks, language, mk)]


def detect_event(text: str, start: int, end: int, language: str, toks: list[Tok] | None = None,
                 quantities: Sequence[Quantity] = (), mk: Marks | None = None, *,
                 triggers: Sequence[int] | None = None, runs: list[tuple[int, int]] | None = None,
                 cues: Sequence[int] | None = None) -> tuple[str | None, Span | None, str | None]:
    """(event, subject span, subject key) for the claim ``text[start:end]``; ``toks``/``mk`` are the
    claim's tokens and their ``clauses.marks``, ``triggers``/``runs``/``cues`` their
    ``trigger_indices``, ``name_runs`` and title-cue indices, when the caller already has them."""
    if toks is None or mk is None:
        toks = [t for t in tokenize(text, start, end) if start <= t.start and t.end <= end]
        mk = marks(toks, language)
    event, trigger = find_event(text, mk, language, (start, end), toks, quantities, triggers)
    if event == "casualties" and sports_injury(toks, trigger, quantities, language):
        event = None  # 'Salah suffered a knee injury': a player hurt, no incident's casualties
    toll = toll_subject(text, toks, language, mk) if event == "casualties" else None
    if toll is not None:  # 'the death toll from Hurricane Melissa': what the count is of
        subject = Span.of(text, *toll)
        return event, subject, _subject_key(subject.text)
    place = place_before(text, toks, language, ranked_entities)
    if place is not None:  # 'in Wales, where gusts reached 100 mph': the place the relative opens on
        subject = Span.of(text, *place)
        return event, subject, _subject_key(subject.text)
    pronoun = bool(toks) and pronoun_led(toks, language)
    if pronoun or toks and opens_on_verb(text, toks, mk, quantities, language):  # 'and raised prices', كما اشترت
        spoken = speaker(text, toks[0].start, language, ranked_entities) or antecedent(
            text, toks[0].start, language, ranked_entities)
    else:  # 'Westbridge Bank reported | a 41% drop in profit': the speaker's own result
        spoken = object_speaker(text, toks, mk, language, ranked_entities)
    if spoken is not None:
        subject = Span.of(text, *spoken)
        return event, subject, _subject_key(subject.text)
    ranked = [(r, s, _before_amount(text, s, e, quantities)) for r, s, e in
              ranked_entities(text, toks, language, mk, runs, cues)
              if not any(q.start <= s and e <= q.end for q in quantities)  # "R420 million" names nobody
              and not counted(text, s, e, quantities)]  # 'three Americans' counts people
    sub = subject_lex(language)
    if language == "ar":
        ranked = _arabic_subjects(text, toks, mk, ranked, quantities, sub)
    elif toks:  # 'deported 28 men to Kabul', 'found guilty at Southwark Crown Court': where, not who
        starts = [t.start for t in toks]
        ranked = [(max(r, adjunct_rank(text, toks, mk, k, trigger, sub), modifier_rank(text, toks, k, trigger, sub))
                   if k < len(toks) and starts[k] == s else r, s, e)
                  for r, s, e in ranked for k in (bisect_left(starts, s),)]
        apps = appositives(text, toks)  # 'Klarna, the Swedish payments company, cut': the name, not its description
        if apps:
            names_ = {a for a, _, _ in apps}
            ranked = [(0 if s in names_ else _LANDMARK if any(a <= s < b for _, a, b in apps) else r, s, e)
                      for r, s, e in ranked]
    ranked = _with_offices_and_groups(text, toks, mk, trigger, language, ranked, quantities, sub)
    inside = [(toks[k].start, toks[c - 1].end) for k, c in embedded_relatives(text, toks, language)]
    if inside:  # 'X, which bought Y in 2024, cut': a name inside a relative set off in the claim is no subject
        ranked = [(r, s, e) for r, s, e in ranked if not any(a <= s < b for a, b in inside)]
    head = definite_head(text, toks, mk, trigger, language, sub)
    head = head or (sv_agent(text, toks, mk, sub) if language == "ar" else None)  # الهلال يتعاقد مع
    if head is not None and not any(s == head[0] for _, s, _ in ranked):
        ranked = sorted([*ranked, (0 if language == "en" and title_head(text, head) else _INSTITUTION, *head)],
                        key=lambda r: r[1])  # 'the club would sign', الحكومة ستفتتح: the clause's own subject
    lo, hi = main_clause(text, toks, trigger, sub)
    ranked = [(r, s, e) for r, s, e in ranked if lo <= s and e <= hi and r < (2 if pronoun else _LANDMARK)]
    best = min((r for r, _, _ in ranked), default=0)
    agent = verb_agent(toks, mk, trigger, sub, event) if language == "ar" and event is not None else None
    agent = agent or (fixture_agent(toks, mk, sub) or vso_name(
        toks, mk, sub, frozenset(q.start for q in quantities)) if language == "ar" else None)
    # 'تعاقد مانشستر يونايتد مع'، 'فاز ريال مدريد على': a transliterated agent, no cue; what follows is its object
    if agent is None and event is None and language == "en":
        agent = _opening_name(text, toks, ranked)  # 'Kenya ranked 12th … in the Ibrahim Index': Kenya
    picked = agent or pick([(s, e) for r, s, e in ranked if r == best], toks, trigger, language)
    if picked is None:
        return event, None, None
    subject = Span.of(text, *picked)
    return event, subject, _subject_key(subject.text)


def _opening_name(text: str, toks: list[Tok], ranked: list[tuple[int, int, int]]) -> tuple[int, int] | None:
    """An English name opening a claim with no event, followed right away by a verb in -ed ('Kenya ranked',
    'Spain climbed'): the clause's subject, whatever rank a later name has (an index, a report)."""
    if not toks or not ranked:
        return None
    _, s, e = min(ranked, key=lambda x: x[1])
    if s != toks[0].start:
        return None
    nxt = next((k for k, t in enumerate(toks) if t.start >= e), None)
    if nxt is None or text[e:toks[nxt].start].strip():
        return None  # "Kenya's inflation", "Kenya, which …"
    w = toks[nxt].norm
    return (s, e) if len(w) >= 5 and w.endswith("ed") and w.isalpha() else None


def _with_offices_and_groups(text: str, toks: list[Tok], mk: Marks, trigger: int, language: str,
                             ranked: list[tuple[int, int, int]], quantities: Sequence[Quantity],
                             sub) -> list[tuple[int, int, int]]:
    """``ranked`` with an Arabic title and its office (``office_title``: استقال محافظ البنك المركزي) as a name, in place
    of the office alone and of the word after it taken for the holder's name, and an English group of people
    (``group_subject``: 'Railway workers will strike') ranked with a lone first word, unless a count opens it
    ('Forty-two miners')."""
    office = office_title(text, toks, mk, trigger, sub) if language == "ar" and toks else None
    if office is not None:
        nxt = next((t.start for t in toks if t.start >= office[1]), -1)
        ranked = [(r, s, e) for r, s, e in ranked if not (office[0] <= s and e <= office[1]) and s != nxt]
        ranked.append((0, *office))
    group = group_subject(text, toks) if language == "en" else None
    if group is not None and not any(q.start < group[1] and group[0] < q.end for q in quantities):
        ranked = ranked + [(1, *group)]
    return sorted(ranked, key=lambda r: r[1])


def _arabic_subjects(text: str, toks: list[Tok], mk: Marks, ranked: list[tuple[int, int, int]],
                    quantities: Sequence[Quantity], sub) -> list[tuple[int, int, int]]:
    """Arabic ``ranked`` names without those that cannot be the subject: the agent of a modifier (``led_by``: جولة
    بقيادة «سيكويا»), a future verb taken for a name (ستستأنف), a verb taken for a name (one verb-shaped
    word, no listed given name, right before the amount it governs: راتب اللاعب السنوي يبلغ نحو 15 مليون), an
    organisation cue with a fused preposition (لحزب الله، لشركة: the object's possessor), and, when a definite noun
    opens the clause right before its verb (SV: الغارات استهدفت، الحكومة تتفاوض مع), every name after that verb,
    which is its object or a preposition's."""
    if not toks:
        return ranked
    starts = [t.start for t in toks]
    o = 1 if len(toks) > 1 and toks[0].norm in sub.pronoun_leads else 0
    verb = o + 1 if o + 1 < len(toks) and definite(toks[o]) and not gap(text, toks, o + 1) and (
        "cue:person" not in mk[o]) and verb_at(toks, mk, o + 1) else -1
    out, non_verbs = [], clause_lexicon("ar").non_verbs
    for r, s, e in ranked:
        k = bisect_left(starts, s)
        if k < len(toks) and toks[k].start == s and (
                _verb_before_amount(toks, mk, k, e, quantities) or _clitic_cue(toks[k], mk[k], sub)
                or toks[k].end == e and "given_name" not in mk[k] and future_like(toks, k, non_verbs)
                or 0 < verb < k or led_by(toks, k)):
            continue
        out.append((r, s, e))
    return out


def _verb_before_amount(toks: list[Tok], mk: Marks, k: int, e: int, quantities: Sequence[Quantity]) -> bool:
    """The one-word name at ``toks[k]`` (ending at ``e``) is a verb: verb-shaped, no listed given name, and followed
    (past a count lead: نحو، حوالي) by an amount."""
    if toks[k].end != e or "given_name" in mk[k] or not verb_at(toks, mk, k):
        return False
    j = k + 1
    while j < len(toks) and "count_leads" in mk[j]:
        j += 1
    return j < len(toks) and any(q.start <= toks[j].start < q.end for q in quantities)


def _clitic_cue(tok: Tok, m: dict[str, int], sub) -> bool:
    """An organisation cue written with a fused preposition ل/ب/ك (لحزب، لشركة، بوزارة; not بنك, spelt so): the name
    it opens is a preposition's object, no subject."""
    w = tok.norm
    return "cue:org" in m and w[:1] in "لبك" and w not in sub.org_cues and w[1:] in sub.org_cues


def _before_amount(text: str, s: int, e: int, quantities: Sequence[Quantity]) -> int:
    """End of a name ``text[s:e]`` cut before an amount it runs into ("fined Vodacom R50 million" → Vodacom)."""
    for q in quantities:
        if s < q.start < e:
            e = q.start
            while e > s and text[e - 1].isspace():
                e -= 1
    return e


@lru_cache(maxsize=16384)
def _subject_key(name: str) -> str | None:
    """Folded key of a subject's text (names recur across the claims of an article)."""
    return " ".join(tokens(name)) or None
