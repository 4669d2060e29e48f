"""Where a claim's subject stands: which of its names is the agent, and whether it has only a pronoun.

Needs: a claim's tokens (``tokens.Tok``) and the event trigger's index. Adds, for ``events.detect_event``:
the name picked among the ranked ones (``pick``: the agent before an English verb, after an Arabic one unless
a preposition makes it an object), whether the claim's own subject is only a pronoun (``pronoun_led``), whether a
capitalised word right after a count is what is counted ('three Americans': ``counted``) and the definite institution
noun opening a clause as its subject ('the club would sign', الحكومة ستفتتح: ``definite_head``). Also the forms that
name by description (an Arabic title with its office or a group in construct is ``event_offices.office_title``: وزير المالية، عمال
السكك الحديدية), an English group of people ('Railway workers': ``group_subject``), an institution or title a name
modifies or owns ('A Paris court', "Kenya's finance minister": ``institution_end``, ``owned_title_end``); and for
``event_triggers`` the fronted adjunct that sets a claim's scene ('Amid rising costs,': ``fronted_adjunct``) and the
relative clauses set off inside a claim ('Acme, which cut 300 jobs in May, rose': ``embedded_relatives``).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from ..lexicons import load_json, load_list
from ..text.normalize import fold
from .clause_lexicon import lexicon as clause_lexicon
from .cue_names import gap, named_head, subject_lex
from .tokens import Tok
from .verb_shape import verb_like

_POSSESSIVE_SUFFIXES = ("ها", "هم", "هما", "هن")
_SENTENCE_ENDS = ".!?\n\"“:"
_OBJECT_LEADS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "new"})
_PREPOSITIONS = frozenset({"عن", "من", "الي", "إلى", "في", "علي", "على", "مع", "ضد", "حول", "لدي", "لدى", "عند", "تجاه", "نحو"})


def pick(spans: list[tuple[int, int]], toks: list[Tok], trigger: int, language: str) -> tuple[int, int] | None:
    """The subject among name spans of one rank: the last one before the trigger in English, the first one
    after it in Arabic (verb first) unless it is an object after a preposition; in English a name holding the
    trigger (a title: 'Judge Maria Lopez fined Meta') stands before it."""
    if not spans:
        return None
    if trigger < 0:
        return spans[0]
    at = toks[trigger].start
    before = [s for s in spans if s[1] <= at]
    after = [s for s in spans if s[0] >= toks[trigger].end]
    if language == "ar":
        if before:  # a name after a preposition is an object (رحيله عن نادي ليفربول), not the agent
            after = [s for s in after if _object_of(toks, s[0]) is False]
        return after[0] if after and (not before or after[0][0] - at < 40) else (before[-1] if before else spans[0])
    before += [s for s in spans if s[0] <= at < s[1]]  # 'Judge Maria Lopez fined': a title holding the trigger
    return max(before) if before else (after[0] if after else spans[0])


def main_clause(text: str, toks: list[Tok], trigger: int, sub) -> tuple[int, int]:
    """Character range of the claim's main clause: up to a subordinator (``subordinators``: after, because,
    بعد أن، بسبب) after the event trigger (anywhere when there is none), and past the first comma when the claim
    opens with one and its trigger follows that comma; a name outside it is no subject of the claim."""
    lo, hi = toks[0].start, toks[-1].end
    for k in range(max(1, trigger + 1), len(toks)):
        if _subordinator(toks, k, sub.subordinators):
            hi = toks[k].start
            break
    if _subordinator(toks, 0, sub.subordinators):
        comma = next((k for k in range(1, len(toks)) if "," in text[toks[k - 1].end:toks[k].start]
                      or "،" in text[toks[k - 1].end:toks[k].start]), -1)
        if comma > 0 and (trigger < 0 or trigger >= comma):
            lo = toks[comma].start
    return lo, hi


def fronted_adjunct(text: str, toks: list[Tok], mk, language: str) -> int:
    """Index of the first token after a fronted adjunct, 0 when the claim opens with none: a phrase opened by a
    preposition, a concessive or a subordinator (Amid, After, Despite; في ظل، وسط، رغم، بعد أن) and closed by a comma
    within ``_ADJUNCT_MAX`` words, with words after it; it sets the scene of the main clause, whose verb names
    the claim's event ('Amid rising costs, Acme cut 200 jobs' is a layoff)."""
    sub = subject_lex(language)
    if len(toks) < 3 or not (_ADJUNCT_LEADS.intersection(mk[0]) or _subordinator(toks, 0, sub.subordinators)):
        return 0
    for k in range(1, min(len(toks) - 1, _ADJUNCT_MAX + 1)):
        if any(c in text[toks[k - 1].end:toks[k].start] for c in ",،"):
            return k
    return 0


def embedded_relatives(text: str, toks: list[Tok], language: str) -> list[tuple[int, int]]:
    """Token ranges ``[k, c)`` of the relative clauses set off by commas inside a claim, opened by a relative pronoun
    (``name_relatives``: 'Shares of Acme, which cut 300 jobs in May, rose 5%') or an English participle (a reduced
    relative: 'The company, founded in 1998, employs 12,000') and followed by more of the main clause;
    they describe a name, and their verbs name no event of the claim."""
    relatives = _words(language, "name_relatives")
    out = []
    for k in range(1, len(toks) - 1):
        if (toks[k].norm in relatives or language == "en" and _participle(text, toks[k])) and _comma(text, toks, k):
            c = next((j for j in range(k + 1, len(toks)) if _comma(text, toks, j)), None)
            if c is not None:
                out.append((k, c))
    return out


def _participle(text: str, tok: Tok) -> bool:
    """A lowercase English -ed form: opening an insertion set off by commas ('The company, founded in 1998 by two
    engineers, now employs'), a reduced relative on the name before it."""
    return len(tok.norm) >= 5 and tok.norm.endswith("ed") and text[tok.start].islower()


def _comma(text: str, toks: list[Tok], k: int) -> bool:
    """A Latin or Arabic comma stands right before ``toks[k]``."""
    between = text[toks[k - 1].end:toks[k].start]
    return "," in between or "،" in between


_ADJUNCT_LEADS = frozenset({"openers", "concessive"})  # clause-lexicon marks of a word opening an adjunct
_ADJUNCT_MAX = 12  # words of a fronted adjunct before its comma


def _subordinator(toks: list[Tok], k: int, words: frozenset[str]) -> bool:
    """Whether ``toks[k]`` (with or without its و/ف clitic) opens a subordinator, alone or with the next word."""
    firsts = _FIRSTS.get(words)
    if firsts is None:
        firsts = _FIRSTS[words] = frozenset(w.split(" ", 1)[0] for w in words)
    for v in toks[k].variants[:2]:
        if v in firsts and (v in words or (k + 1 < len(toks) and f"{v} {toks[k + 1].norm}" in words)):
            return True
    return False


_FIRSTS: dict[frozenset[str], frozenset[str]] = {}  # subordinator list → the first words of its entries


def _object_of(toks: list[Tok], start: int) -> bool:
    """True when the token before the one starting at ``start`` is a preposition."""
    k = bisect_left([t.start for t in toks], start)
    return k > 0 and toks[k - 1].norm in _PREPOSITIONS


def pronoun_led(toks: list[Tok], language: str) -> bool:
    """Whether the claim's own subject is only a pronoun: its first word (after "that") is a listed subject
    or possessive pronoun (it, its, إنها, أنه) or, in Arabic, a noun with a possessive suffix (مبيعاتها);
    إنه before an impersonal phrase (إنه من المتوقع) is no subject."""
    sub = subject_lex(language)
    k = 1 if len(toks) > 1 and toks[0].norm in sub.pronoun_leads else 0
    t = toks[k]
    if any(v in sub.pronouns for v in t.variants):
        return not (k + 1 < len(toks) and toks[k + 1].norm in sub.pronoun_not_before)
    w = t.norm
    return language == "ar" and len(w) >= 5 and w.endswith(_POSSESSIVE_SUFFIXES) and not w.startswith("ال")


def common_start(text: str, toks: list[Tok], sub) -> bool:
    """True when the lone capitalised first word of a sentence is a common noun, not a name: a listed
    plural (``common_starts``: Critics), a modifier of a listed collective noun (``collective_heads``:
    Rights groups) or of a lowercase measured thing (``measure_heads``: Waiting lists, Energy bills;
    not a verb before its object: Aramco lists its shares, Aramco lists 1.5%), or a word the text also writes in lower case
    (Consumer … consumer prices); an institution noun (``definite_org_heads``: Police) stays a name."""
    first = toks[0]
    if not _sentence_start(text, first.start) or first.norm in sub.heads:
        return False
    word = text[first.start:first.end]
    if first.norm in sub.common_starts or group_subject(text, toks) is not None:
        return True
    if len(toks) > 1 and text[toks[1].start].islower() and (toks[1].norm in sub.collective_heads or (
            toks[1].norm in sub.measure_heads and word[1:].islower() and text[toks[1].end:toks[1].end + 1] == " "
            and not (len(toks) > 2 and (toks[2].norm in _OBJECT_LEADS or toks[2].norm[:1].isdigit())))):
        return True
    return word[1:].islower() and re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text) is not None


def _sentence_start(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence: only spaces back to a sentence end, a line break or the text's start."""
    i = start
    while i > 0 and text[i - 1].isspace() and text[i - 1] != "\n":
        i -= 1
    return i == 0 or text[i - 1] in _SENTENCE_ENDS


def group_subject(text: str, toks: list[Tok]) -> tuple[int, int] | None:
    """Span of a group of people opening an English sentence: a capitalised first word and at most one lowercase modifier
    before a lowercase plural of ``group_heads`` ('Railway workers will strike', 'Junior doctors', 'Amazon warehouse
    workers'); the first word modifies the group and names nobody alone. None otherwise."""
    if len(toks) < 2 or not text[toks[0].start].isupper() or toks[0].norm in subject_lex("en").stop or not (
            _sentence_start(text, toks[0].start)):
        return None  # 'Its troops', 'The workers': a determiner is no modifier
    groups = _words("en", "group_heads")
    for h in (1, 2):
        if h < len(toks) and toks[h].norm in groups and all(
                text[toks[j - 1].end:toks[j].start] == " " and text[toks[j].start].islower() for j in range(1, h + 1)):
            return toks[0].start, toks[h].end
    return None


@cache
def _words(language: str, key: str) -> frozenset[str]:
    """Folded word list ``key`` of ``events_subjects.json`` read here and in ``event_agents`` only: ``group_heads`` (English plural nouns of
    groups of people: workers, nurses; Arabic construct plurals: عمال، أطباء), ``definite_titles`` (English titles of one office holder: minister, coach),
    ``agent_preps`` (Arabic prepositions of an object after its agent: على، أمام), ``contest_events`` (events whose
    verb's one-word agent faces an opponent: sports_result, election), ``destination_preps`` and ``scene_preps``
    (English prepositions of a destination, source or beneficiary: to, for, from; of a scene: at), ``contest_nouns``
    (English nouns of a contest whose opponent follows 'to': defeat, loss), ``auxiliaries`` (English auxiliary verbs: a
    participle after one is a passive, after another lowercase word a modifier)."""
    return frozenset(fold(w) for w in load_json(language, "events_subjects").get(key, ()))


def shared_subject_leads(language: str) -> frozenset[str]:
    """Folded connectors opening a coordinated clause that may share the subject before it (``shared_subject_leads``
    of events_subjects.json: and, then; كما، ثم)."""
    return _words(language, "shared_subject_leads")


def place_relatives(language: str) -> frozenset[str]:
    """Folded relative adverbs of place and relative pronouns of a name (``place_relatives`` and ``name_relatives``
    of events_subjects.json: where, which, who)."""
    return _words(language, "place_relatives") | _words(language, "name_relatives")


def owned_title_end(text: str, toks: list[Tok], s: int, e: int, sub) -> int:
    """End of an English possessive name ``text[s:e]`` run on over the title it owns, past at most two lowercase
    modifiers (``definite_titles``: "Kenya's finance minister", "Acme's chief executive"): the office holder is the
    subject, not the owner; ``e`` when no title follows."""
    if not text.endswith(("'s", "’s"), s, e):
        return e
    k = bisect_left([t.start for t in toks], e)
    titles = _words("en", "definite_titles")
    for h in range(k, min(len(toks), k + 3)):
        prev = toks[h - 1].end if h > k else e
        if text[prev:toks[h].start] != " " or not text[toks[h].start].islower() or toks[h].norm in sub.stop:
            return e
        if toks[h].norm in titles:
            while h + 1 < len(toks) and toks[h + 1].norm in titles and text[toks[h].end:toks[h + 1].start] == " ":
                h += 1  # "Acme's chief executive"
            of = h + 1 < len(toks) and toks[h + 1].norm in sub.of_links  # "Tesla's head of operations": a longer title
            return e if of else toks[h].end
    return e


def institution_end(text: str, toks: list[Tok], e: int, sub) -> int:
    """End of an English name ``…e`` run on over the lowercase institution noun it modifies (``definite_org_heads``,
    past at most one lowercase modifier): 'A Paris court sentenced', 'Kenyan police arrested', 'Kenyan riot
    police': the institution is the subject, the name only says which; ``e`` when none follows."""
    k = bisect_left([t.start for t in toks], e)
    for h in (k, k + 1):
        if h >= len(toks) or any(text[toks[j - 1].end if j > k else e:toks[j].start] != " " or not (
                text[toks[j].start].islower()) for j in range(k, h + 1)):
            return e
        if toks[h].norm in sub.heads:
            return toks[h].end
        if toks[h].norm in sub.stop:
            return e
    return e


def role_named(text: str, toks: list[Tok], named: list[bool], sub) -> None:
    """Unmark a company's trade written before its name (``role_nouns``: "Operator First Yorkshire", "lender
    Barclays"), which is no part of the name, and mark a capitalised stop word right after it that runs into
    another capitalised word as the name's first word ("First Yorkshire")."""
    for k in range(len(toks) - 1):
        if toks[k].norm not in sub.roles or text[toks[k].end:toks[k + 1].start] != " " or k and named[k - 1]:
            continue  # inside a name ("Apple Developer Academy") the noun is part of it
        nxt = k + 1
        if not named[nxt] and text[toks[nxt].start].isupper() and nxt + 1 < len(toks) and named[nxt + 1] and (
                text[toks[nxt].end:toks[nxt + 1].start] == " "):
            named[nxt] = True
        if named[nxt]:
            named[k] = False


def counted(text: str, s: int, e: int, quantities) -> bool:
    """A capitalised word right after a count is part of what is counted, not a name: a plural ('three Americans',
    '40 Palestinians', '5 Britons': a demonym counts people) or a modifier of the lowercase noun counted ('Two
    Spanish climbers', '12 Syrian refugees'); a longer run ('Three Arrows Capital') stays a name."""
    if " " in text[s:e] or text.endswith(("'s", "’s"), s, e) or not any(
            q.end < s and not text[q.end:s].strip() for q in quantities):
        return False
    plural = text.endswith("s", s, e) and not text.endswith("ss", s, e)
    return plural or text[e:e + 1] == " " and text[e + 1:e + 2].islower()


def definite_head(text: str, toks: list[Tok], mk, trigger: int, language: str, sub) -> tuple[int, int] | None:
    """Span of a definite institution noun (``definite_org_heads``) with no modifier that opens its clause right
    before its verb, the clause's subject (SVO: 'the club would sign', 'The court jailed', الحكومة ستفتتح); in
    English also a title (``definite_titles``) after up to two lowercase modifiers ('The finance minister resigned';
    a modified institution stays none: 'the interior ministry', 'The city council'); after a
    complementizer (إن، 'that') or none; it names nobody by form, so it ranks below every name, with places. None
    otherwise: after a verb (ألزمت المحكمة المتهمين), with a modifier (which makes it a name or a description), or
    for a company word, which refers back (الشركة، 'the company')."""
    o = 1 if len(toks) > 1 and toks[0].norm in sub.pronoun_leads else 0  # after إن / 'that'
    if language == "ar":
        if o + 1 >= len(toks) or not named_head(toks[o], sub) or gap(text, toks, o + 1) or not verb_at(toks, mk, o + 1):
            return None
        return toks[o].start, toks[o].end
    if len(toks) < o + 3 or toks[o].norm != "the" or 0 <= trigger <= o:
        return None
    h = o + 1  # past up to two lowercase modifiers: 'The finance minister resigned', 'the new government will'
    titles = _words("en", "definite_titles")
    while h < min(len(toks) - 2, o + 3) and toks[h].norm not in titles | sub.heads and (
            toks[h].norm not in sub.stop and text[toks[h].start].islower() and toks[h].norm.isalpha()):
        h += 1
    while h + 2 < len(toks) and toks[h].norm in titles and toks[h + 1].norm in titles:
        h += 1  # 'The head coach', 'the chief executive'
    if not (toks[h].norm in titles or toks[h].norm in sub.heads and h == o + 1) or any(
            text[toks[j - 1].end:toks[j].start] != " " for j in range(o + 1, h + 2)):
        return None
    head, verb = toks[h], toks[h + 1]
    if not text[head.start].islower() or not text[verb.start].islower() or not (
            verb.norm in sub.verbs_after or verb.norm.endswith("ed") or "predicate_cues" in mk[h + 1] or any(
            key.startswith(("ev:", "weak:")) for key in mk[o + 2])):
        return None
    return toks[o].start, head.end


def title_head(text: str, span: tuple[int, int]) -> bool:
    """Whether a ``definite_head`` span ends on an English title (``definite_titles``: 'The prime minister', 'the head
    coach'): an office holder is one person, who acts as a name does, so the clause's own subject outranks a name
    after its verb ('The prime minister visited Cairo'), unlike an institution noun ('The court jailed Smith')."""
    words = text[span[0]:span[1]].rsplit(" ", 1)
    return fold(words[-1].lower()) in _words("en", "definite_titles")


def _arabic(tok: Tok) -> bool:
    return "\u0621" <= tok.norm[:1] <= "\u064a"




def verb_at(toks: list[Tok], mk, k: int) -> bool:
    """An Arabic verb at ``toks[k]``: an event trigger or verb cue, the future س + imperfect (ستفتتح) or a verb
    shape (``verb_shape.verb_like``: اعتقلت، يعتزم)."""
    w = toks[k].variants[1] if len(toks[k].variants) > 1 and toks[k].norm[0] in "وف" else toks[k].norm
    if any(key.startswith(("ev:", "weak:", "predicate_cues")) for key in mk[k]):
        return True
    lex = clause_lexicon("ar")
    return len(w) >= 5 and w.startswith(_FUTURE) or verb_like(toks, k, "ar", lex.non_verbs, lex.noun_markers)


_FUTURE = ("سي", "ست", "سن", "سا")  # س + the imperfect prefixes (ي، ت، ن، أ folded to ا)


@cache
def _demonyms() -> frozenset[str]:
    """English adjectival demonyms (``lexicons/en/demonyms.txt``), as written."""
    return frozenset(load_list("en", "demonyms"))


def modifying_demonym(text: str, toks: list[Tok], s: int, e: int, mk) -> bool:
    """The English name span ``text[s:e]`` is a lone nationality adjective before the lowercase noun it modifies
    ('Turkish bonds', 'on Chinese servers', 'the Greek island of Evia'): it names nobody. Not before a verb ('the
    Chinese said') or an institution noun, which ``institution_end`` already joined to it ('Kenyan police')."""
    if text[s:e] not in _demonyms():
        return False
    k = bisect_left([t.start for t in toks], e)
    if k >= len(toks) or text[e:toks[k].start] != " ":
        return False
    nxt = toks[k]
    if not (nxt.norm.isalpha() and text[nxt.start].islower()) or "predicate_cues" in mk[k]:
        return False
    lex = clause_lexicon("en")
    return not verb_like(toks, k, "en", lex.non_verbs, lex.noun_markers) and nxt.norm not in subject_lex("en").verbs_after


def predicate_quote(toks: list[Tok], mk, start: int) -> bool:
    """The quotation starting at ``start`` opens with a negation or a verb cue of the clause lexicon («لم تتأثر»)."""
    k = next((i for i, t in enumerate(toks) if t.start == start), None)
    return k is not None and ("negation" in mk[k] or "predicate_cues" in mk[k])
