"""Who acts, by position: an Arabic agent right after or before its verb, and an English name inside an adjunct
after its verb.

Needs: a claim's tokens (``tokens.Tok``), their ``clauses.marks``, the event and its trigger's index. Adds, for
``events.detect_event``: the transliterated or one-word Arabic agent before the preposition of its partner, object
or opponent (``verb_agent``: فاز ريال مدريد على، خسر برشلونة أمام; ``sv_agent``: الهلال يتعاقد مع) and the rank of an
English name in a phrase of destination, source, beneficiary or scene after the verb (``adjunct_rank``: 'deported
28 men to Kabul', 'found guilty at Southwark Crown Court'), which is where or for whom, not who; the agent or place
of a participle phrase modifying a noun (``modifier_rank``: 'a round led by DoorDash', 'hostages held in Gaza have been
released'; in Arabic ``led_by``: جولة بقيادة X) is never the subject, and a one-word Arabic club after a verb of a fixture
is (``fixture_agent``: ويستعد الهلال لمواجهة النصر).
"""
from __future__ import annotations

from functools import cache

from ..lexicons import load_json
from ..text.normalize import fold
from .clause_lexicon import lexicon as clause_lexicon
from .cue_names import gap
from .event_subjects import _PREPOSITIONS, _arabic, _words, verb_at
from .tokens import Tok
from .verb_shape import verb_like


def verb_agent(toks: list[Tok], mk, trigger: int, sub, event: str | None = None) -> tuple[int, int] | None:
    """An Arabic agent with no name cue right after the event verb opening the claim (after a connector: ثم، فيما)
    and before the preposition
    of its partner (``comitative_preps``: تعاقد مانشستر يونايتد مع مهاجم) or of its object or opponent (``agent_preps``:
    فاز ريال مدريد على برشلونة، خسر أتلتيكو مدريد أمام، استحوذت أمازون ويب سيرفيسز على): two or three indefinite words no lexicon marks (a
    transliterated name: no counted noun, trigger, cue or nisba adjective); after the verb of a contest
    (``contest_events``: a match, an election) also one word of any form no lexicon marks, the contestant facing
    its opponent or before its score or share (خسر برشلونة أمام، فاز الأهلي على، فاز تبون بنسبة 94%; not the marked
    common noun: فاز الفريق على); None otherwise
    (ارتفعت أسعار النفط، أصيب جندي في، أصيب جندي على الحدود)."""
    o = 1 if len(toks) > 1 and toks[0].norm in sub.pronoun_leads else 0  # ثم فاز الهلال: after a connector
    if trigger != o:
        return None
    toks, mk = toks[o:], mk[o:]
    preps = sub.comitative_preps | _words("ar", "agent_preps")
    k = 1
    while k < len(toks) and k <= _AGENT_MAX and toks[k].norm not in _PREPOSITIONS and toks[k].norm not in preps:
        w = toks[k].norm
        if mk[k] or not "\u0621" <= w[:1] <= "\u064a" or w.startswith("ال") or w.endswith(_NISBA_ENDS):
            break
        k += 1
    if 2 < k < len(toks) and toks[k].norm in preps:
        return toks[1].start, toks[k - 1].end
    if event in _words("ar", "contest_events") and len(toks) > 2 and _arabic(toks[1]) and (
            mk[1].keys() <= {"given_name"}) and _faces(toks[2], preps):  # a given name alone (الوداد) names no person
        return toks[1].start, toks[1].end
    return None


def vso_name(toks: list[Tok], mk, sub, starts: frozenset[int] = frozenset()) -> tuple[int, int] | None:
    """An Arabic one-word name with no cue right after the finite verb opening the claim (VSO: ستغلق فورد مصنعها، سرحت
    تسلا 500 موظف، استحوذت أوبك على): a word of Arabic script that no lexicon marks, with no article, clitic
    preposition, feminine ة, plural or nisba ending or pronoun suffix, no verb shape (but for a final alif, which no
    imperfect verb has: تسلا), and none of ``vso_not_names`` (an
    adverb: أيضا; a common noun: مسلح، زلزال), or a one-word country name, article and all (احتل الأردن), followed by what only an object can be: a figure, a noun whose pronoun
    suffix refers back to it (مصنعها، موظفيها), an indefinite accusative (وقعت تويوتا عقدا) or the preposition of its
    object or partner (على، أمام، مع), or a word that opens one of the claim's quantities (``starts``: احتلت مصر
    المرتبة 170). None otherwise."""
    o = 1 if len(toks) > 1 and toks[0].norm in sub.pronoun_leads else 0
    if len(toks) < o + 3 or not (verb_at(toks, mk, o) or _feminine_perfect(toks[o].norm) or _country(toks[o + 1]) and (
            _arabic(toks[o]) and not toks[o].norm.startswith(("ال", "وال")) and toks[o].norm not in sub.stop)):
        return None  # a masculine perfect has no shape of its own: before a country's name, any bare word may be one
    tok, nxt = toks[o + 1], toks[o + 2]
    w = tok.norm
    if not _country(tok) and (
            not _arabic(tok) or mk[o + 1].keys() - {"pred"} or len(w) < 3 or w in _PREPOSITIONS or w in sub.stop or (
            w.startswith(("ال", "بال", "لل", "وال")) or w.endswith(_COMMON_ENDS) or w in _words("ar", "vso_not_names")
            or len(tok.variants) > 1 and tok.variants[1] in _words("ar", "vso_not_names")
            or verb_at(toks, mk, o + 1) and not w.endswith("ا"))):  # تسلا: an imperfect verb ends in no alif
        return None
    n = nxt.norm
    objected = n[:1].isdigit() or nxt.start in starts or "count_words" in mk[o + 2] or n in sub.comitative_preps | _words("ar", "agent_preps") or (
        _arabic(nxt) and not n.startswith("ال") and len(n) > 3 and n not in _words("ar", "vso_not_names") and (
            n.endswith(_OWNER_SUFFIXES) and len(n) > 4 or n.endswith("ا") and not n.endswith("يا")))  # عقدا: accusative
    return (tok.start, tok.end) if objected else None


def _country(tok: Tok) -> bool:
    """A one-word country name (``attribution_places``), with the article many have (الأردن، السعودية، الإمارات)."""
    return tok.norm in _countries()


@cache
def _countries() -> frozenset[str]:
    return frozenset(fold(p) for p in load_json("ar", "attribution_places").get("places", ()) if " " not in p)


def _feminine_perfect(w: str) -> bool:
    """A feminine perfect verb read whole (فرضت، وقعت), whose first letter ``verb_at`` may take for a clitic و/ف."""
    return len(w) >= 4 and w.endswith("ت") and not w.startswith(("ال", "بال", "لل"))


_COMMON_ENDS = ("ه", "ات", "ون", "ين", "ان") + ("ي", "يه")  # ة (folded ه), sound plurals and duals, nisba adjectives
_OWNER_SUFFIXES = ("ها", "هم", "هما", "هن")  # a pronoun suffix referring back to the subject (مصنعها، موظفيهم)


def fixture_agent(toks: list[Tok], mk, sub) -> tuple[int, int] | None:
    """An Arabic one-word club or team right after a verb of a fixture opening the claim (``fixture_verbs``: ويستعد
    الهلال لمواجهة النصر، ويستضيف الأهلي الزمالك): a word of Arabic script no lexicon marks (a given name aside), no
    preposition or clitic preposition; None otherwise."""
    o = 1 if len(toks) > 1 and toks[0].norm in sub.pronoun_leads else 0
    if len(toks) < o + 3 or not any(v in _words("ar", "fixture_verbs") for v in toks[o].variants):
        return None
    tok = toks[o + 1]
    if not _arabic(tok) or not mk[o + 1].keys() <= {"given_name"} or tok.norm in _PREPOSITIONS or (
            tok.norm[:1] in "بلك" and not tok.norm.startswith("ال") and len(tok.variants) > 1):
        return None
    return tok.start, tok.end


def led_by(toks: list[Tok], k: int) -> bool:
    """The Arabic name at ``toks[k]`` is the agent of a phrase modifying a noun: right after a word of
    ``modifier_agents`` (جولة بقيادة «سيكويا»، غارة نفذتها طائرة) or one word after it (قادتها شركة سيكويا: its cue)."""
    markers = _words("ar", "modifier_agents")
    return any(m >= 0 and any(v in markers for v in toks[m].variants) for m in (k - 1, k - 2))


def sv_agent(text: str, toks: list[Tok], mk, sub) -> tuple[int, int] | None:
    """An Arabic one-word agent opening its clause (after إن) right before its verb and the preposition of its
    partner or object (``comitative_preps``, ``agent_preps``: الهلال يتعاقد مع، الأهلي يتغلب على): a definite word no
    lexicon marks and no sound plural (المستوطنون، الغارات: a group or a thing, no name); None otherwise."""
    o = 1 if len(toks) > 1 and toks[0].norm in sub.pronoun_leads else 0
    if o + 2 >= len(toks) or gap(text, toks, o + 1) or gap(text, toks, o + 2):
        return None
    tok = toks[o]
    w = tok.variants[1] if len(tok.variants) > 1 and tok.norm[0] in "وف" else tok.norm
    if not (w.startswith("ال") and len(w) > 4 and _arabic(tok)) or w.endswith(_SOUND_PLURALS) or not (
            mk[o].keys() <= {"given_name"}) or not verb_at(toks, mk, o + 1):
        return None
    return (tok.start, tok.end) if toks[o + 2].norm in sub.comitative_preps | _words("ar", "agent_preps") else None


_SOUND_PLURALS = ("ون", "ين", "ات")


def _faces(tok: Tok, preps: frozenset[str]) -> bool:
    """The word after a contestant: its opponent's preposition (على، أمام، مع), a score or a ب-phrase of the
    margin or share (بنسبة 94%، بهدفين، بـ 120 مقعدا)."""
    return tok.norm in preps or tok.norm[:1].isdigit() or tok.norm[:1] == "ب" and len(tok.variants) > 1 and (
        tok.variants[1] == tok.norm[1:])


_AGENT_MAX = 3  # words of a transliterated name after the verb
_NISBA_ENDS = ("ي", "يه", "يون", "يين")  # folded endings of a relational adjective (إسرائيلي، إسرائيلية)


def adjunct_rank(text: str, toks: list[Tok], mk, k: int, trigger: int, sub) -> int:
    """How an English name at ``toks[k]`` inside a prepositional adjunct after the clause's verb ranks: 3 (never the
    subject) after a preposition of a destination, source or beneficiary (``destination_preps``: deported … to Kabul,
    $60 billion for Ukraine, evacuated from villages east of Athens), 2 (a place, where it happened) after 'at'
    (``scene_preps``: found guilty at Southwark Crown Court); the preposition is found back past at most
    ``_ADJUNCT_WORDS`` lowercase words, figures or 'the', and a verb (an -ed form, a listed or news verb, the event
    trigger) stands before it; an institution addressed (a name with an institution noun: 'appeal to the Supreme Court') keeps
    its rank. 0 otherwise: inside the subject ('Exports to China rose', 'Dock workers at the Port of Santos') or
    after a contest noun ('defeat to Gor Mahia': the opponent)."""
    p = k - 1
    while p > 0 and k - p <= _ADJUNCT_WORDS and (text[toks[p].start].islower() or toks[p + 1].norm in sub.of_links) and (
            toks[p].norm not in _words("en", "destination_preps") | _words("en", "scene_preps")):  # 'Cape of Good Hope'
        p -= 1
    rank = 3 if toks[p].norm in _words("en", "destination_preps") else 2 if toks[p].norm in _words("en", "scene_preps") else 0
    if not rank or not text[toks[p].start].islower() or toks[p - 1].norm in _words("en", "contest_nouns"):
        return 0  # 'defeat to Gor Mahia': the opponent of a contest is a party to it
    if rank == 3 and any(t.norm in sub.heads for t in toks[k:] if t.start < _name_end(text, toks, k)):
        return 0  # 'appeal to the Supreme Court': an institution addressed is a party, a name like any other
    lex = clause_lexicon("en")
    verbs = (j for j in range(p) if text[toks[j].start].islower())
    return rank if 0 <= trigger < p or any(toks[j].norm in sub.verbs_after | _past_forms() or "predicate_cues" in mk[j] or verb_like(
        toks, j, "en", lex.non_verbs, lex.noun_markers) for j in verbs) else 0


def modifier_rank(text: str, toks: list[Tok], k: int, trigger: int, sub) -> int:
    """3 (never the subject) for an English name at ``toks[k]`` inside a participle phrase modifying the noun before it:
    the agent after 'by' in a phrase after the clause's verb (the event trigger: 'raised $150 million in a round led by
    DoorDash'; before the verb the owner names whose: 'cattle owned by Gulf Dairy died') and, when an auxiliary follows
    (the phrase then sits in the subject before its verb), a place after 'in' or 'at' ('hostages held in Gaza have been
    released'); the participle (an -ed or listed past form) follows a lowercase word that is no auxiliary (after one it
    is the clause's own passive: 'was acquired by Google'); a participle phrase set off by a comma after any word describes
    it, so its agent is never the subject ('The judge, appointed by Trump in 2019, fined'). 0 otherwise."""
    p = k - 1
    while p > 0 and k - p <= 2 and toks[p].norm in _DETERMINERS:
        p -= 1
    prep = toks[p].norm
    if p < 2 or not (prep in _AGENT_PREPS or prep in sub.location_preps | _words("en", "scene_preps")):
        return 0
    part, noun = toks[p - 1], toks[p - 2]
    if not (text[part.start].islower() and (part.norm.endswith("ed") or part.norm in _past_forms())) or gap(text, toks, p):
        return 0
    if "," in text[noun.end:part.start]:  # 'The judge, appointed by Trump in 2019, fined': set off, it describes
        return 3 if prep in _AGENT_PREPS and noun.norm not in _words("en", "auxiliaries") else 0
    if gap(text, toks, p - 1):
        return 0
    if not (noun.norm.isalpha() and text[noun.start].islower()) or noun.norm in _words("en", "auxiliaries") or (
            noun.norm.endswith("ly")):
        return 0  # 'was acquired by', 'were killed in', 'quickly sold in'
    if prep in _AGENT_PREPS:
        return 3 if 0 <= trigger < p - 1 else 0
    after = toks[k + 1:]
    return 3 if any(t.norm in _words("en", "auxiliaries") for t in after) else 0


_AGENT_PREPS = frozenset({"by"})
_DETERMINERS = frozenset({"the", "a", "an"})


@cache
def _past_forms() -> frozenset[str]:
    """Irregular past forms of English news verbs (``past`` of ``dates_tense.json``: sent, brought, struck)."""
    return frozenset(fold(w) for w in load_json("en", "dates_tense").get("past", ()) if " " not in w)


def _name_end(text: str, toks: list[Tok], k: int) -> int:
    """End of the capitalised run (with 'of' links) starting at ``toks[k]``."""
    j = k
    while j + 1 < len(toks) and (text[toks[j + 1].start].isupper() or toks[j + 1].norm == "of" and j + 2 < len(toks)
                                 and text[toks[j + 2].start].isupper()):
        j += 1
    return toks[j].end


_ADJUNCT_WORDS = 4  # words between an adjunct's preposition and a name in it ('from villages east of Athens')
