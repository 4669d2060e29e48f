"""Names after title and organisation cues, for claim subjects (events.py).

Needs: a claim's tokens and their ``clauses.marks``. Adds: the span of the name a cue introduces
(شركة X، الملياردير X، صندوق النقد الدولي، البنك المركزي المصري; Egypt's central bank), from the
word lists in ``lexicons/<lang>/events_subjects.json``: stop words, name links (عبد، بن), regnal
ordinals and the institution nouns named by a definite form and its modifiers. A definite adjective after
an indefinite name (شركة تابي السوقية → شركة تابي), an indefinite nisba after a feminine cue (محكمة كويتية: no
name) and a sound plural after a definite institution (ألزمت المحكمة المتهمين) are not part of a name; an
acronym spelt in Arabic letter names (إكس إيه آي) is one word of it.
An Arabic organisation's name stops at a verb (لجنة فنية ستحقق → لجنة فنية). The form tests of English name
runs, places, English subject spans and exchange listings (``not_stop``, ``compound_modifier``,
``after_location``, ``name_span``, ``ticker_glosses``) are in ``cue_names_en`` and re-exported here.
"""
from __future__ import annotations

from functools import cache
from typing import NamedTuple

from ..attribution.names_ar import names
from ..lexicons import folded_sets, load_json
from ..text.normalize import fold
from .cue_names_en import (  # noqa: F401  (re-exported)
    PLACE_LINKS,
    after_location,
    compound_modifier,
    gap,
    name_span,
    not_stop,
    possessive_head,
    ticker_glosses,
)
from .tokens import Tok

Marks = list[dict[str, int]]
_HARAKAT = "".join(chr(c) for c in range(0x64B, 0x653)) + "\u0640"


class SubjectLex(NamedTuple):
    stop: frozenset[str]
    links: frozenset[str]
    regnal: frozenset[str]
    heads: frozenset[str]  # organisation nouns named by their definite form and a modifier (البنك المركزي)
    verbs_after: frozenset[str]  # verbs after which a lone capitalised first word is a name ("Tesla plans")
    of_links: frozenset[str]  # lowercase links inside a name after an institution noun (Bank of England)
    of_heads: frozenset[str]  # the institution nouns a name runs on from across such a link
    common_starts: frozenset[str]  # plural common nouns capitalised only at a sentence start (Critics)
    collective_heads: frozenset[str]  # nouns a capitalised first word modifies (Rights groups)
    location_preps: frozenset[str]  # prepositions after which a name is a place (in Nairobi)
    pronouns: frozenset[str]  # a claim opening with one is about its speaker (it, its, إنها)
    pronoun_leads: frozenset[str]  # words before such a pronoun (that)
    pronoun_not_before: frozenset[str]  # words after which إنه is the impersonal 'it' (إنه من المتوقع)
    letters: frozenset[str]  # Arabic names of Latin letters, spelling acronyms (إكس إيه آي)
    title_heads: frozenset[str]  # lowercase titles and institutions joined to a name by "of" (the mayor of Lyon)
    measure_heads: frozenset[str]  # nouns a common capitalised first word modifies (Electricity prices)
    roles: frozenset[str]  # a company's trade written before its name, no part of it (Operator First Yorkshire)
    subordinators: frozenset[str]  # words opening a subordinate clause (after, because, بعد أن، بسبب)
    construct_nouns: frozenset[str]  # a sector noun whose genitive completes a name (شركة طيران الإمارات)
    name_adjectives: frozenset[str]  # adjectives inside registered names (بنك قطر الوطني، X القابضة)
    org_cues: frozenset[str]  # nouns introducing an organisation's name (شركة، وزارة، بنك)
    place_heads: frozenset[str]  # place nouns joined to a place's name by "of" (the town of Kassala)
    possessives: frozenset[str]  # possessive determiners (its, their): a name after one modifies the owned noun
    proximity_preps: frozenset[str]  # prepositions after which a name is a landmark (near Kassala)
    adjunct_preps: frozenset[str]  # prepositions opening an adjunct phrase (at its Porto plant)
    comitative_preps: frozenset[str]  # the preposition of a joint act's partner (تعاقد X مع)
    and_heads: frozenset[str]  # a public body's head nouns a name runs on to across "and" (Food and Drug Administration)
    name_openers: frozenset[str]  # stop words opening a place's name inside a sentence (New York, New Delhi)
    time_zones: frozenset[str]  # abbreviations after a clock time, no names there (by 1030 GMT)


_FIELDS = ("stop", "name_links", "regnal", "definite_org_heads", "verbs_after_name", "name_of_links",
           "name_of_heads", "common_starts", "collective_heads", "location_preps", "speaker_pronouns",
           "speaker_pronoun_leads", "speaker_pronoun_not_before", "latin_letters", "title_of_heads",
           "measure_heads", "role_nouns", "subordinators", "construct_nouns", "name_adjectives",
           "org_cues", "place_of_heads", "possessive_determiners", "proximity_preps", "adjunct_preps",
           "comitative_preps", "name_and_heads", "name_openers", "time_zones")


@cache
def subject_lex(language: str) -> SubjectLex:
    return SubjectLex(*folded_sets(language, "events_subjects", _FIELDS))


_QUOTES = "\"«»“”"
_STOP_MARKS = ("ev:", "weak:", "cue:", "predicate_cues", "connectors", "openers")


def _plain(tok: Tok, m: dict[str, int], sub: SubjectLex) -> bool:
    """A word that can belong to a name: not a stop word, trigger, cue or verb cue."""
    return len(tok.norm) > 1 and tok.norm not in sub.stop and not tok.norm[:1].isdigit() and not any(
        k.startswith(_STOP_MARKS) for k in m)


def _cased(text: str, tok: Tok) -> bool:
    """Latin words in a name are capitalised; Arabic script has no case."""
    c = text[tok.start]
    return not ("a" <= c <= "z")


def _quoted_after(text: str, toks: list[Tok], j: int) -> tuple[int, int] | None:
    """The quoted name starting at ``toks[j]`` (``شركة "إكس"``), if the token opens a quotation."""
    if j >= len(toks) or toks[j].start == 0 or text[toks[j].start - 1] not in _QUOTES:
        return None
    k = j
    while k + 1 < len(toks) and k < j + 4 and not any(c in _QUOTES for c in text[toks[k].end:toks[k + 1].start]):
        k += 1
    return toks[j].start, toks[k].end


def cue_name(text: str, toks: list[Tok], mk: Marks, i: int, n: int, label: str,
              sub: SubjectLex) -> tuple[int, int] | None:
    """The name after a title cue ``toks[i:i+n]``: a quoted name, or up to two plain words (for an
    organisation the cue is part of the name: حزب العمال); a person's ال-adjectives are skipped; a cue after
    a count (12 مستشفى، 3 شركات) or carrying a fused preposition ب/ك (بوزارة التموين) is a counted noun or an
    object and introduces no subject."""
    j = i + n
    if label == "cue:org" and (i and toks[i - 1].norm[:1].isdigit() or _governed(toks[i], sub)):
        return None  # '12 مستشفى خرجت عن الخدمة': a counted noun; 'فساد بوزارة التموين': a preposition's object
    quoted = _quoted_after(text, toks, j)
    if quoted:
        return quoted
    if label == "cue:org" and j < len(toks) and "cue:person" in mk[j] and not gap(text, toks, j):
        named = cue_name(text, toks, mk, j, mk[j]["cue:person"], "cue:person", sub)
        if named:  # 'مستشفى الأمير حمزة', 'جامعة الملك سعود': named after a titled person, the title and all
            return toks[i].start, named[1]
    if label == "cue:person":
        while j < len(toks) and j < i + n + 2 and definite(toks[j]) and _plain(toks[j], mk[j], sub):
            j += 1
    if label == "cue:org" and definite(toks[i]):
        return _modified_head(text, toks, mk, i, j, sub)
    if label == "cue:org" and j < len(toks) and _described(text, toks[i], toks[j]):
        return None
    k = _person_end(text, toks, mk, j, sub) if label == "cue:person" else j
    while k == j or k < j + 2 and label == "cue:org":
        if k >= len(toks) or not (_plain(toks[k], mk[k], sub) and _cased(text, toks[k]) or (
                label == "cue:org" and _genitive_org(toks[k], mk[k]))) or gap(text, toks, k) or _past_verb(toks[k]) or (
                label == "cue:person" and k == j and _listed_verb(toks[k])) or (
                label == "cue:org" and (_prepositional(toks[k]) or _chain_ended(toks, k) or _possessed(toks, k, j)
                                        or _adjective_after_name(toks, k, j, sub) or _verb_in_chain(text, toks, k, j)
                                        or _event_object(toks, mk, k, j))):
            break
        k += 1
    while label == "cue:org" and j < k < min(len(toks), j + 4) and _chain_adjective(text, toks, mk, k, sub):
        k += 1  # شركة الخطوط الجوية الكويتية، شركة موانئ دبي العالمية: a third word the name's own adjective
    while label == "cue:org" and j < k < len(toks) and toks[k - 1].norm in sub.letters and (
            toks[k].norm in sub.letters and not gap(text, toks, k)):
        k += 1  # an acronym spelt in letter names is one word of the name (شركة إكس إيه آي)
    if k == j:
        return None
    return (toks[i].start if label == "cue:org" else toks[j].start), toks[k - 1].end


_PRONOUN_SUFFIXES = ("ها", "هم", "هما", "هن")


def _chain_adjective(text: str, toks: list[Tok], mk: Marks, k: int, sub: SubjectLex) -> bool:
    """A definite adjective past the first two words of an organisation's name: a nisba after a definite word
    (الخطوط الجوية الكويتية) or an adjective of registered names (``name_adjectives``: موانئ دبي العالمية); a
    nationality after an indefinite proper name stays out, as in ``_adjective_after_name`` (شركة نون الإماراتية)."""
    tok = toks[k]
    if gap(text, toks, k) or not definite(tok) or _prepositional(tok) or not _plain(tok, mk[k], sub):
        return False
    w = tok.variants[1] if len(tok.variants) > 1 and tok.norm[0] in "وف" else tok.norm
    raw = text[tok.start:tok.end].rstrip(_HARAKAT)
    return w in sub.name_adjectives or definite(toks[k - 1]) and len(w) > 4 and raw.endswith(("ي", "ية"))


def _governed(tok: Tok, sub: SubjectLex) -> bool:
    """An organisation cue with ب or ك fused before it (بوزارة، وبمؤسسة), which a cue spelt with them (بنك، بلدية)
    is not."""
    w = tok.variants[1] if len(tok.variants) > 1 and tok.norm[0] in "وف" else tok.norm
    return w[:1] in "بك" and w not in sub.org_cues and w[1:] in sub.org_cues


def _event_object(toks: list[Tok], mk: Marks, k: int, j: int) -> bool:
    """An indefinite word an event needs (``need:`` marks: أسعار، أسهم) after a name's first word is the verb's
    object, not part of the name (رفعت شركة أرامكو أسعار الوقود → شركة أرامكو); as the first word, or definite,
    it stays (مؤشر أسعار المستهلكين، صندوق الاستثمارات العامة)."""
    return k > j and any(key.startswith("need:") for key in mk[k]) and not definite(toks[k])


def _possessed(toks: list[Tok], k: int, j: int) -> bool:
    """A word after a name's first word carrying a possessive pronoun (شركة سامسونج هاتفها: its phone)
    is the object, not part of the name; short words (مها، أبها) are left alone."""
    w = toks[k].norm
    return k > j and len(w) >= 5 and w.endswith(_PRONOUN_SUFFIXES)


def _adjective_after_name(toks: list[Tok], k: int, j: int, sub: SubjectLex) -> bool:
    """An Arabic word with the article after the indefinite proper name of a construct (شركة تابي السوقية،
    شركة نون الإماراتية) is an adjective of the construct, not part of the name; a definite name keeps its
    adjectives (شركة الاتصالات السعودية) and a لل-word its complement (شركة مصر للطيران). The genitive of a sector
    noun (``construct_nouns``: شركة طيران الإمارات) and an adjective of a registered name (``name_adjectives``: بنك
    قطر الوطني) are part of the name."""
    if k <= j or definite(toks[k - 1]) or toks[k - 1].norm in sub.construct_nouns:
        return False
    w = toks[k].variants[1] if len(toks[k].variants) > 1 and toks[k].norm[0] in "وف" else toks[k].norm
    return w.startswith("ال") and "\u0621" <= w[2:3] <= "\u064a" and w not in sub.name_adjectives


_FUTURE = ("سي", "ست", "سن", "سا")  # س + the imperfect prefixes (ي، ت، ن، أ folded to ا)


def _verb_in_chain(text: str, toks: list[Tok], k: int, j: int) -> bool:
    """An Arabic verb ends an organisation's name: a future verb (س + imperfect: لجنة فنية ستحقق) after the
    name's first word, or any word but another nisba after an indefinite nisba adjective, which closes the name
    (لجنة حكومية تحقق، لجنة فنية شكلت; لجنة فنية عليا continues with an adjective)."""
    if k <= j or not "\u0600" <= toks[k].norm[:1] <= "\u06ff":
        return False
    w = toks[k].variants[1] if len(toks[k].variants) > 1 and toks[k].norm[0] in "وف" else toks[k].norm
    if len(w) >= 5 and w.startswith(_FUTURE):
        return True
    prev = toks[k - 1]
    return (not definite(prev) and _nisba(text, prev) or text[prev.start:prev.end].rstrip(_HARAKAT).endswith("ية")
            and not definite(prev)) and not (_nisba(text, toks[k]) or toks[k].norm.endswith("يه"))


def named_head(tok: Tok, sub: SubjectLex) -> bool:
    """A definite organisation noun that a modifier makes a name (البنك المركزي، الحكومة المصرية،
    الأمم المتحدة), unlike الشركة, which refers back; not after a preposition (بالبنك)."""
    w = tok.variants[1] if len(tok.variants) > 1 and tok.norm[0] in "وف" else tok.norm
    return w.startswith("ال") and w[2:] in sub.heads


def _modified_head(text: str, toks: list[Tok], mk: Marks, i: int, j: int,
                   sub: SubjectLex) -> tuple[int, int] | None:
    """The name of a definite organisation noun ``toks[i]`` (``named_head``): its definite
    modifiers from ``toks[j]``, the first of any shape (الأمم المتحدة، المحكمة العليا), the next ones
    nisba adjectives or adjectives of registered names only (البنك المركزي المصري; ``name_adjectives``:
    المحكمة الاتحادية العليا), so that an object does not join (الحكومة المصرية
    الدعم: the subsidy is what was cut)."""
    k = j
    while k < len(toks) and k < j + 3 and definite(toks[k]) and _plain(toks[k], mk[k], sub) and not (
            gap(text, toks, k) or _prepositional(toks[k]) or (k > j and not (_nisba(text, toks[k]) or toks[k].norm in sub.name_adjectives))
            or (k == j and _sound_plural(text, toks[k]) and not _sound_plural(text, toks[i]))):
        k += 1
    return (toks[i].start, toks[k - 1].end) if k > j else None


def _chain_ended(toks: list[Tok], k: int) -> bool:
    """An Arabic construct chain ends at its first definite noun (حزب المستقبل): an indefinite
    Arabic word after it starts something else (… حزب المستقبل وجود: the object of نفى)."""
    prev, tok = toks[k - 1], toks[k]
    return "\u0600" <= tok.norm[:1] <= "\u06ff" and definite(prev) and not definite(tok)


def _genitive_org(tok: Tok, m: dict[str, int]) -> bool:
    """A definite organisation noun inside an organisation's name (مؤشر البورصة، مجلس الوزراء)."""
    return definite(tok) and bool(m) and all(key == "cue:org" for key in m)


def _prepositional(tok: Tok) -> bool:
    """A word with a preposition and the article (بالدوري، كالعادة): a phrase after the name, not
    part of it (لل- stays: الهيئة العامة للاستثمار)."""
    w = tok.variants[1] if len(tok.variants) > 1 and tok.norm[0] in "وف" else tok.norm
    return w.startswith(("بال", "كال"))


def _described(text: str, cue: Tok, tok: Tok) -> bool:
    """A feminine cue followed by an indefinite feminine nisba adjective describes an organisation and names
    none: محكمة كويتية، شركة سعودية، شركة صينية ناشئة ("a Kuwaiti court")."""
    raw = text[tok.start:tok.end].rstrip(_HARAKAT)
    return (text[cue.start:cue.end].rstrip(_HARAKAT).endswith("ة") and len(raw) >= 5 and raw.endswith("ية")
            and not definite(tok))


def _sound_plural(text: str, tok: Tok) -> bool:
    """An Arabic word of sound masculine plural shape (المتهمين، المقترضون): after a singular institution it is
    the verb's object (ألزمت المحكمة المتهمين), never the institution's modifier."""
    raw = text[tok.start:tok.end].rstrip(_HARAKAT)
    return len(raw) >= 6 and raw.endswith(("ين", "ون"))


def _nisba(text: str, tok: Tok) -> bool:
    """An ال-word of nisba shape (السيسي، المصري): a family name after a given name."""
    return len(tok.norm) > 4 and text[tok.start:tok.end].rstrip(_HARAKAT).endswith("ي")


def _surname(text: str, toks: list[Tok], mk: Marks, k: int, sub: SubjectLex) -> bool:
    """``toks[k]`` (with ال) continues the person's name before it: after عبد/أبو/بن, a regnal
    ordinal, a nisba, or a word followed by a comma and a title (مازن الفراية، وزير ...)."""
    if toks[k - 1].norm in sub.links or toks[k].norm in sub.regnal or _nisba(text, toks[k]):
        return True
    return k + 1 < len(toks) and "cue:person" in mk[k + 1] and gap(text, toks, k + 1) and any(
        c in "،," for c in text[toks[k].end:toks[k + 1].start])


def _person_end(text: str, toks: list[Tok], mk: Marks, j: int, sub: SubjectLex) -> int:
    """End index of the person's name starting at ``toks[j]`` after a title: up to two given names,
    the word after a link (عبد الله، محمد بن سلمان) and ال-surnames (``_surname``); a listed past verb
    (``_past_verb``: الملك استقبل), nor a listed verb right after the title (``_listed_verb``: الرئيس يعتزم)."""
    k, given = j, 0
    while k < len(toks) and k < j + 5 and _plain(toks[k], mk[k], sub) and _cased(text, toks[k]) and not (
            k > j and gap(text, toks, k)) and not _past_verb(toks[k]) and not (k == j and _listed_verb(toks[k])):
        linked = k > j and toks[k - 1].norm in sub.links
        if definite(toks[k]) and not (k > j and _surname(text, toks, mk, k, sub)):
            break
        if definite(toks[k]):
            given = 2  # after a surname only more surnames follow (عبد الله الثاني، not + وفدا)
        elif not linked:
            given += 1
            if given > 2 or given == 2 and _accusative(text, toks[k - 1], toks[k]):
                break
        k += 1
    return k


@cache
def _pasts_ar() -> frozenset[str]:
    """Folded Arabic past verbs (``past`` of ``dates_tense.json``: استقبل، أعلن، وصل)."""
    return frozenset(fold(w) for w in load_json("ar", "dates_tense").get("past", ()) if not w.endswith("*"))


def _past_verb(tok: Tok) -> bool:
    """An Arabic past verb of the tense lexicon, with or without a و/ف clitic: a verb after a title, no name."""
    return "\u0600" <= tok.norm[:1] <= "\u06ff" and any(v in _pasts_ar() for v in tok.variants[:2])


_VERB_LISTS = ("past", "commit", "expect", "future_phrases", "present_neutral", "news_present", "figure_present",
               "announce", "reporting", "opening_perfects", "gendered_perfects")


@cache
def _verbs_ar() -> frozenset[str]:
    """Folded Arabic verbs the tense lexicon lists (``_VERB_LISTS`` of ``dates_tense.json``: يعتزم، تعهد، توقع، يقول،
    تستهدف), but for given names spelt like one (أمل)."""
    tense = load_json("ar", "dates_tense")
    words = {fold(w) for key in _VERB_LISTS for w in tense.get(key, ()) if " " not in w and not w.endswith("*")}
    return frozenset(words - names().firsts)


def _listed_verb(tok: Tok) -> bool:
    """A verb of the tense lexicon right after a title with no name (الرئيس يعتزم، المدير تعهد، المؤسسة تستهدف): the
    title is the verb's subject, and the verb no first word of a name."""
    return "\u0600" <= tok.norm[:1] <= "\u06ff" and any(v in _verbs_ar() for v in tok.variants[:2])


def _accusative(text: str, given: Tok, tok: Tok) -> bool:
    """After a listed Arabic given name, an indefinite noun in the accusative (its tanween written as a final
    alif: جناحا، وفدا) that is no listed given name: the object after the name, not its second part (افتتح الأمير
    حمزة جناحا); an Arabic name's second part, the father's name, never takes that ending. After a foreign name
    the alif is part of a name (ساتيا ناديلا)."""
    raw = text[tok.start:tok.end].rstrip(_HARAKAT)
    firsts = names().firsts
    return given.norm in firsts and raw.endswith("ا") and len(raw) > 3 and tok.norm not in firsts


def definite(tok: Tok) -> bool:
    w = tok.variants[1] if len(tok.variants) > 1 and tok.norm[0] in "وف" else tok.norm
    return w.startswith(("ال", "بال", "لل", "كال", "فال"))
