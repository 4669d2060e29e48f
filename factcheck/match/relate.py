"""relate(a, b): do two claims agree, conflict, merely relate, or not concern each other — and why.

Needs: two ``Claim`` objects (any languages). Adds: a ``Relation`` with reasons a person can check.
Decided from the claims' frames, never from text similarity alone:

- quantities of one unit are intervals: exact ± half a unit of the last digit written, at most 2.5 %
  ("118" vs "120" differ; "4.3 billion" covers 4,300 million and 4.32 billion; ±1 % when written in
  words: ``qkeys.written_half_unit``), "about" ±10 %, "at least"/"more than" open above, "at most"/"less than" open below; overlapping intervals
  agree, disjoint ones conflict; different units are not comparable;
- dates agree when equal at the coarser precision (2024-05 and 2024-05-28); different dates of the
  same one-off event conflict; of anything else, of a recurring figure (results of another quarter,
  ``lexicons/relate_periodic.txt``) or with other figures (a toll of 120 on Monday, 150 on Tuesday)
  they mean different times ("related");
- who beat whom ("X beat Y", "Y lost to X", ``contest.py``): the same sides in the other order
  conflict, other sides are another contest ("related");
- one side negated, opposite antonym poles (rose/fell, also across languages: rose/انخفضت; on linked
  scales: "at its highest" vs "fell"; or both poles swapped between two names: "the dollar fell and
  gold rose" vs "the dollar rose and gold fell") or a swapped entity (Egypt vs Libya) or the same two
  parties in the other roles around one act ("Merkel warns Trump" vs "Trump warns Merkel";
  ``polarity.reversal``) in an otherwise matching frame conflict, as do opposite poles tied to one
  matter by a figure both give ("rose 3%" vs "fell 3%"); a swap plus another difference means
  another subject; two currencies with different sums are one sum converted, no swap (``money``);
- a place that only a word of the subject's name gives ("Gulf" of Gulf Foods: ``ClaimKeys.name_places``)
  is no place of the claim: no swap, no scope, unless the other side names it too; a swap needs the
  claims to share their event or a word besides names and figures;
- a negation tied to the other claim only by a figure both give conflicts when the other says the word
  negated or shares a word besides names and figures ("agreed to buy for $1.2 billion" vs "has not
  received approval for its $1.2 billion purchase" are "related");
- figures measure what their roles say (``roles.py``, match_roles.json): killed, injured, missing,
  displaced, arrested, bodies recovered, rescued or surviving, aboard; production, imports, exports,
  consumption; figures of two roles are different measures;
- claims of two languages share no spelling: the concepts both name (bilingual word groups,
  ``concepts.py``: airline/الطيران) stand for shared words; one figure whose counted nouns name two
  concepts ("50 protesters" vs «50 صحفيا»), or counts of two named classes agreeing only on a day
  (schools vs hospitals), is no agreement;
- a precise figure both give in one unit (48.3%, 3,517: ``pair.precise_alike``) ties two claims that
  share no word (two languages) enough to be compared;
- one figure in two places, each side naming only its own, is no agreement ("related": across
  languages where no event anchors a swap; ``features.places_apart``);
- a shared day is no agreement, in one language for claims without figures, when each says something
  the other does not (in no form, nor on a shared antonym pole): "signed the budget into law on
  Friday" vs "vetoed the budget on Friday" are "related";
- different subjects or scopes (a city vs a district) are "related", never "conflicts"; nor do they
  agree on a shared date alone (oil vs gold on one day); two names sharing a word where each has one
  the other lacks are two subjects (Manchester City vs Manchester United: ``subjects.shared_subject``);
  one actor's result on a date and its amount of another kind are two facts ("related");
- one side saying the act failed or did not happen (failed, avoided, cancelled, skipped: ``polarity.failure``,
  ``lexicons/<lang>/relate_privative.txt``) conflicts like a negation, and cancels out against one; a
  privative word that triggers the claim's own event is the act ("ألغت 500 وظيفة" is a layoff);
- differing figures, or opposite wording, where only one side is a forecast or plan (expects, plans,
  من المتوقع; also in its attribution cue: "Analysts predicted that …"; not after a comparison: "more
  than expected", ``ClaimKeys.modal``) are "related";
- differing figures of one act done to different things are "related": worded alike but for a word or
  two once the figures' own words are left out ("sentenced the former minister to seven years" vs "the
  businessman to three years"), or counting different groups of people ("12 soldiers" vs "20
  civilians"; a general noun, "people", jobs, is one count: ``substitution.other_things``), or of two
  numbered occurrences ("the first round" vs "the second round", one language, not both dated:
  ``features.occurrences``);
- otherwise a small logistic model (``model.py``, trained on ANS train) weighs learned contradiction
  words and word pairs (claims of one language only: across languages every word is one-sided; a
  conflict stands on a pair, a word of each side or one wording) and a substitution (the same
  wording but for a word or two replaced in one place: "charged with fraud" vs "charged with
  assault"; a shared date or figure alone does not outweigh it: "12 students" vs "12 teachers"
  injured); its cues are reported like the rules'.

The tests these rules share on one pair (topic, same subject, same wording, anchored, one matter) and
their thresholds live in ``pair.py``; what two claims say alike or apart besides their figures in
``predicates.py``; figures read against publication dates in ``times.py``.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..models import Claim
from . import features as F
from . import model as M
from . import predicates as P
from . import tallies
from .concepts import concepts_apart, counted_apart
from .contest import scales as contest_scales
from .keys import ClaimKeys, claim_keys
from .money import converted, explained
from .pair import TWO_SIDED_WORDS, Pair, root_overlap, same_wording
from .titles import office_swap
from .workforce import workforce_apart

CONFLICT_P = 0.5


@dataclass(frozen=True, slots=True)
class Relation:
    """The verdict on a pair: relation, a 0..100 score (confidence in it) and plain-words reasons."""

    relation: str
    score: int
    reasons: tuple[str, ...] = ()


def _flipped(polar: list) -> bool:
    """Whether the sides say opposite things: one side negated, or opposite poles, but not both
    ("did not rise" vs "fell"). Opposite poles on several scales at once ("rose to its highest" vs
    "fell to its lowest") are one opposition, not two that cancel."""
    negated = any(s.kind == "negation" for s in polar)
    return negated != any(s.kind == "antonym" for s in polar)


def _score(p: float) -> int:
    return int(round(100 * max(p, 1 - p)))


def _related(topic: float, reasons: tuple[str, ...]) -> Relation:
    return Relation("related", int(round(40 + 55 * topic)), reasons)


def _evidence(base: int, signals: int, same_event: bool) -> int:
    """Confidence of a rule-based verdict: more independent signals and a shared event raise it."""
    return min(95, base + 8 * signals + (8 if same_event else 0))


def relate(a: Claim, b: Claim) -> Relation:
    """Relation between two claims with the reasons for it."""
    return relate_keys(claim_keys(a), claim_keys(b))


def relate_keys(ka: ClaimKeys, kb: ClaimKeys) -> Relation:
    """``relate`` on keys already computed (symmetric in its arguments)."""
    pair = Pair(ka, kb)
    r = _relate(pair)
    if pair.source and r.relation == "agrees":  # one cited source for the same report corroborates it
        return Relation(r.relation, r.score, r.reasons + ("both cite " + "/".join(sorted(pair.source)),))
    return r


def _relate(pair: Pair) -> Relation:
    ka, kb = pair.ka, pair.kb
    topic = pair.topic
    if pair.unrelated():
        return Relation("unrelated", int(round(100 * (1 - topic))), ("no shared event, subject or wording",))
    if ka.quantities or kb.quantities:  # each signal function returns [] when its guard fails
        q = F.quantities(ka, kb) if ka.quantities and kb.quantities else []
    elif ka.tally and kb.tally:  # a score or vote: its two counts, in either order, not its bare numbers
        q = tallies.signals(ka.tally, kb.tally)
    else:
        q = F.numbers(ka, kb) if ka.numbers and kb.numbers else []
    d = F.dates(ka, kb) if ka.dates and kb.dates else []
    polar = F.negation(ka, kb) if bool(ka.negations) != bool(kb.negations) or ka.lacks or kb.lacks else []
    contest = F.contest(ka, kb) if ka.contest and kb.contest else None
    verbs: list = []  # opposite contest verbs: with two sides named, the order decides, not the verbs
    if ka.scales and kb.scales:
        opposite = F.antonyms(ka, kb)
        if contest:
            kept = F.antonyms(ka, kb, skip=contest_scales())
            verbs, opposite = [s for s in opposite if s not in kept], kept
        polar = polar + opposite
    if not contest and not any(s.kind == "antonym" for s in polar) and (failed := F.failure(ka, kb)):
        # "failed to take the town", "avoided imports": the act not done; with a negation ("did not
        # take", "did not fail to take") the two say one thing and neither decides
        polar = [] if polar else failed
    if contest and contest.verdict == "differ":
        return _related(topic, (contest.reason,))
    swaps = pair.role_swaps()
    if swaps and not pair.same_event and not P.same_predicate(ka, kb):
        swaps = []  # Egypt vs the UAE in two statements about one company that say different things
    if not swaps and not contest and pair.shared >= 2:  # the same parties in the other roles
        swaps = F.reversal(ka, kb)
    if not swaps and ka.offices != kb.offices and ka.offices and kb.offices and pair.same_subject:  # two offices
        swaps = office_swap(ka.offices, kb.offices)
    q_conf = [s for s in q if s.verdict == "conflict"] if q else q
    date_differ = [s for s in d if s.verdict == "differ"] if d else d
    same_event = pair.same_event
    q_other = [s for s in q_conf if s.kind == "quantity" or F.other_numbers_differ(ka, kb)] if q_conf else q_conf
    if date_differ and (not same_event or q_other or ka.event in F.periodic_events()):
        # other figures at another time (a later reading), or a recurring figure of another period
        return _related(topic, ("different times: " + date_differ[0].reason,) + tuple(s.reason for s in q_other))
    if contest and contest.verdict == "conflict":
        return Relation("conflicts", _evidence(60, 1 + len(q_conf), same_event),
                        (contest.reason,) + tuple(s.reason for s in verbs + q_conf))
    if swaps and (q_conf or date_differ):
        return _related(topic, tuple(s.reason for s in swaps + q_conf + date_differ))
    if q_conf and not date_differ and pair.unplaced():
        # differing figures, one side dated and the other not, nothing else in common but the
        # subject: two occurrences (another round of layoffs) as likely as one told twice
        return _related(topic, ("nothing places them at one time or occurrence",) + tuple(s.reason for s in q_conf))
    tied = bool(polar) and _same_figure(pair, q)
    flips = polar if polar and _flipped(polar) and (pair.anchored() or tied) else []
    if flips and not (q_conf or date_differ or swaps) and _negation_only(flips) \
            and not (P.negation_met(ka, kb) or P.same_predicate(ka, kb, scales=False) if tied else P.same_predicate(ka, kb)):
        # "X did not win a majority" vs "X will need the support of smaller parties": the negation is of
        # a statement the other does not make; with a figure both give, the word negated itself must be
        # met, or a word both say ("agreed to buy Y for $1.2 billion" vs "has not received approval for
        # its $1.2 billion purchase of Y": the figure ties them, "received" is not said, and an approval
        # of one party and an agreement of another share only a scale)
        return _related(topic, ("only one is negated, in a statement the other does not make",))
    if date_differ and not q_conf and not swaps and (flips or not pair.one_matter()):
        # "did not raise rates on Thursday" vs "last raised rates in March 2024": at two times both hold;
        # and two dates of claims that share only an event type (no subject, word, name or entity) are
        # two occurrences as likely as one
        return _related(topic, ("different times: " + date_differ[0].reason,) + tuple(s.reason for s in flips))
    hard = q_conf + date_differ + swaps + flips
    if hard:
        differs = pair.differs(bool(q_conf or date_differ), bool(swaps) or tied)
        if differs:
            return _related(topic, (differs,) + tuple(s.reason for s in hard))
    if not hard and ka.subjects and kb.subjects and pair.same_subject is False:
        return _related(topic, ("different subjects",) + tuple(s.reason for s in q + d))
    agree = [s for s in q + d if s.verdict == "agree"] if q or d else []
    if contest:
        agree.append(contest)
    if not hard and agree and pair.same_subject is False and all(s.kind == "date" for s in agree):
        # one day, two subjects that share no name (oil vs gold): a date alone is no agreement
        return _related(topic, ("different subjects",) + tuple(s.reason for s in agree))
    if not hard and agree and ka.language != kb.language and all(s.kind == "date" for s in agree) \
            and (unlike := F.counted_unlike(ka, kb, q)):
        # one day, counts of different things across languages ("opened 15 schools" vs «15 مستشفى» this
        # year): the day is no agreement on them (one language: ``substitution`` reads the words)
        return _related(topic, tuple(s.reason for s in unlike + agree))
    measures = [s for s in q if s.kind == "measure" or s.verdict == "incomparable" and converted(ka, kb)]
    if not hard and measures and not any(s.kind in ("quantity", "number") for s in agree):
        # figures of different things (injured vs killed), or sums in two currencies, on one day: the
        # day is no agreement on them
        return _related(topic, tuple(s.reason for s in measures))
    sub = None
    if not hard and agree and not contest:
        # one day, or one figure, is no agreement on what happened ("charged with fraud" vs "with
        # assault" on one date; "12 students" vs "12 teachers" injured)
        sub = M.substitution(ka, kb, pair.shared)
    if not hard and agree and (apart := F.places_apart(ka, kb) or counted_apart(ka, kb) or concepts_apart(ka, kb)
                                or workforce_apart(ka, kb)):
        # one figure in two places, each side naming only its own ("displaced in Gaza" vs "in Sudan"):
        # two facts, whether or not the claims were anchored enough to call it a swap; a workforce and a
        # hiring from it ("employs 300" vs "hired 300") too
        return _related(topic, (apart,) + tuple(s.reason for s in agree))
    if not hard and agree and not sub and not contest and (told := P.day_only(ka, kb, agree)):
        return _related(topic, (told,) + tuple(s.reason for s in agree))
    if not hard and agree and not sub and polar and _flipped(polar):
        # one side negated (or at the opposite pole) where the flip was not tied to one matter enough to
        # conflict ("ran out of fuel on Monday" vs «لم ينفد الوقود … يوم الاثنين»): no agreement either
        return _related(topic, tuple(s.reason for s in polar + agree))
    if not hard and agree and not sub:  # explicit agreement on figures is never overridden by learned cues
        return _agrees(ka, kb, agree, polar, same_event)
    if sub and any(s.kind != "date" for s in agree):
        r = _weighed(pair, q, d, polar, swaps, hard, sub)
        return r if r.relation == "conflicts" else _agrees(ka, kb, agree, polar, same_event)
    return _weighed(pair, q, d, polar, swaps, hard, sub)


def _weighed(pair: Pair, q: list, d: list, polar: list, swaps: list, hard: list, sub: list | None = None) -> Relation:
    """The rest of ``relate_keys``: verdicts the learned model has a say in (``sub``: the
    substitution signal when already looked for)."""
    ka, kb, topic, same_event = pair.ka, pair.kb, pair.topic, pair.same_event
    if sub is None:
        sub = M.substitution(ka, kb, pair.shared) if not hard else []
    p = M.shipped_p(ka, kb, q + d + polar + swaps + sub, pair.shared) if M.model() else 0.5
    if hard:
        return Relation("conflicts", max(_score(p), _evidence(60, len(hard), same_event)),
                        tuple(s.reason for s in hard))
    if polar and not _flipped(polar):  # negation and opposite wording: "did not rise" vs "fell"
        if not pair.one_matter():
            return _related(topic, ("nothing but the event ties them to one matter",))
        return Relation("agrees", max(_score(p), 55),
                        tuple(s.reason for s in polar) + ("negation and opposite wording cancel out",))
    measures = [s for s in q if s.kind == "measure"]
    if measures:  # both give figures, of different things (killed vs injured): nothing to contradict
        return _related(topic, tuple(s.reason for s in measures))
    if p >= CONFLICT_P and ka.language == kb.language and not explained(ka, kb):  # learned words are of one
        # language's wording (not the currency words of one sum converted: ``money``)
        return _learned_verdict(ka, kb, p, topic, sub)
    if P.one_sided_figures(ka, kb):
        return _related(topic, ("only one gives figures",))
    unlike = [s for s in q if s.verdict == "incomparable"]
    if unlike:  # both give figures, of different things: nothing to agree on
        return _related(topic, tuple(s.reason for s in unlike))
    if pair.same_subject is False:  # oil vs gold, one club vs another: the same story of another subject
        return _related(topic, ("different subjects",))
    if not same_event and P.apart_figures(ka, kb):
        # a result on a date vs a fee, two events of one actor: each states what the other does not
        return _related(topic, ("different facts: one gives a date, the other an amount",))
    if (same_event or topic >= 0.3) and (apart := concepts_apart(ka, kb)):  # teachers vs «الأطباء» on strike
        return _related(topic, (apart,))
    if same_event or topic >= 0.3:
        reasons: tuple[str, ...] = (f"same event: {ka.event}",) if same_event else ()
        if ka.language == kb.language:
            return Relation("agrees", _score(p), reasons or ("same wording on the key points",))
        reasons += tuple(s.reason for s in F.same_direction(ka, kb))  # the words differ: say what matches
        return Relation("agrees", _score(p), reasons or ("same names across languages",))
    return _related(topic, ("same topic, no shared figures to compare",))


def _agrees(ka: ClaimKeys, kb: ClaimKeys, agree: list, polar: list, same_event: bool) -> Relation:
    reasons = tuple(s.reason for s in agree) + ((f"same event: {ka.event}",) if same_event else ())
    if polar:
        reasons += tuple(s.reason for s in polar) + ("negation and opposite wording cancel out",)
    elif ka.language != kb.language:
        reasons += tuple(s.reason for s in F.same_direction(ka, kb))
    return Relation("agrees", _evidence(62, len(agree), same_event), reasons)


def _same_figure(pair: Pair, q: list) -> bool:
    """Both give one figure (an amount or a bare number, not only a date) and name no different
    subjects: the figure ties opposite wording to one matter ("rose 100%" vs "fell 100%")."""
    return any(s.verdict == "agree" for s in q) and pair.same_subject is not False


def _negation_only(flips: list) -> bool:
    return all(s.kind == "negation" for s in flips)


def _learned_verdict(ka: ClaimKeys, kb: ClaimKeys, p: float, topic: float, sub: list) -> Relation:
    """The model leans to a conflict (claims of one language): it stands only on a learned word pair
    (each side says one word of it), learned contradiction words on both sides (each says its own:
    "refuses" vs "acceptance"), a substitution (the same wording but for a word each side) or the
    same wording; a word only one side has is at most a difference."""
    wcues, pcues = M.shipped_cues(ka, kb, kb.tokset - ka.tokset)
    pairs = tuple("one says '{}', the other '{}'".format(*sorted(xy)) for xy, w in pcues[:2] if w > 0)
    words = tuple(f"only one says '{w}'" for w, s in wcues[:2] if s > 0)
    if not pairs and words and root_overlap(ka, kb) >= TWO_SIDED_WORDS:
        wa = next((w for w, s in wcues if s > 0 and w in ka.tokset), None)
        wb = next((w for w, s in wcues if s > 0 and w in kb.tokset), None)
        if wa and wb:
            pairs = ("one says '{}', the other '{}'".format(*sorted((wa, wb))),)
    if ka.language == kb.language and (sub or pairs or same_wording(ka, kb, topic)):
        return Relation("conflicts", _score(p), tuple(s.reason for s in sub) + pairs + words)
    return _related(topic, words or ("worded differently on a key point",))


