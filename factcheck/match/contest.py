"""Who beat whom: the winner and loser a contest verb puts in order ("X beat Y", "Y lost to X",
"فاز X على Y", "خسر X أمام Y").

Needs: a claim's ``tokens.Tok`` list, its capitalised words (English) and
``lexicons/<lang>/match_contest.json``. Adds: ``contest()`` → (winner key, loser key, winner label,
loser label, winner words, loser words) or ``()``; a side is an entity (``#id``, labelled by its id)
or else a name (the skeletons of its words, labelled by its longest word), and ``same_side()``. Folded copies only; no offsets out.
"""
from __future__ import annotations

from functools import cache

from ..lexicons import load_json
from ..text.normalize import fold
from .lexicon import LANGS, entity_index, generic_words, stopwords
from .names import ENTITY
from .names import readings as name_readings

_PREPOSITIONS = "بلك"  # Arabic one-letter prepositions: a word behind one is no name
WINDOW = 4  # words between a verb and its particle, and searched for each side
_OR = "|"  # joins a Latin name word's readings in its side key (skeletons are letters only)


@cache
def _lexicon() -> tuple[dict[str, tuple[tuple[str, frozenset[str]], ...]], frozenset[str]]:
    """(folded verb form → its (role, particles) readings in file order, contest scale names)."""
    forms: dict[str, list] = {}
    scales = set()
    for lang in LANGS:
        data = load_json(lang, "match_contest")
        if data.get("scale"):
            scales.add(data["scale"])
        for entry in data.get("verbs", []):
            reading = (entry["role"], frozenset(fold(p) for p in entry.get("particles", ())))
            for form in entry["forms"]:
                forms.setdefault(fold(form), []).append(reading)
    return {k: tuple(v) for k, v in forms.items()}, frozenset(scales)


def readings(r: str, s: str) -> tuple[tuple[str, frozenset[str]], ...] | None:
    """The contest readings of a folded word (or its stem), None when it is no contest verb."""
    forms = _lexicon()[0]
    return forms.get(r) or forms.get(s)


def scales() -> frozenset[str]:
    """Antonym scales the contest verbs sit on: ``relate`` lets the order decide, not the poles."""
    return _lexicon()[1]


def _entity_positions(stems: list[str]) -> dict[int, str]:
    """Token index → entity id for every token of an entity mention (as ``find_entities`` reads them)."""
    single, multi = entity_index()
    out: dict[int, str] = {}
    i = 0
    while i < len(stems):
        for n in (3, 2):
            hit = multi.get(tuple(stems[i:i + n]))
            if hit:
                out.update((j, hit[1]) for j in range(i, min(i + n, len(stems))))
                i += n
                break
        else:
            hit = single.get(stems[i])
            if hit:
                out[i] = hit[1]
            i += 1
    return out


def _side(toks: list, ents: dict[int, str], caps, idx: range) -> tuple[str, str, str] | None:
    """The side's whole name in ``idx`` (the run of name and entity words at its first one):
    (key, label, words). A lone entity is keyed by its id; a name is keyed by its words, "+"-joined:
    skeletons, and entity ids for the places in it (a place in a club's name is one of its words:
    Real Madrid, Bayern Munich, ريال مدريد), and labelled by its longest word. In Arabic, where any
    word may be a name, only bare words (no article, clitic or ending: ريال، بايرن) join an entity's
    name (المنتخب المصري, نظيره المغربي: the entity alone)."""
    for i in idx:
        if i in ents or _name_word(toks[i], caps):
            run = [i]
            for step in (-1, 1):
                j = i + step
                while j in idx and (j in ents or _name_word(toks[j], caps) or _titled_scope(toks[j], caps)):
                    if step == 1 and _behind_preposition(toks[j]):
                        break  # a name does not go on past a preposition (الهلال بهدفين)
                    run.append(j)
                    j += step
            run.sort()
            if caps is None and any(k in ents for k in run):
                run = [k for k in run if k in ents or _bare(toks[k])]
            ids = {ents.get(k) for k in run}
            if len(ids) == 1 and None not in ids:  # an entity and nothing else (Egypt, مصر)
                e = ents[run[0]]
                return ENTITY + e, e, e
            t = toks[min(run, key=lambda k: (-len(toks[k].r), k))]
            key = "+".join(sorted({ENTITY + ents[k] if k in ents else _word_key(toks[k]) for k in run}))
            return key, t.r, " ".join(toks[k].r for k in run)
    return None


def _behind_preposition(t) -> bool:
    """An Arabic word whose first letter the stemmer took for a preposition (بهدفين، لصالح)."""
    return not t.ascii and t.r[0] in _PREPOSITIONS and not t.s.startswith(t.r[0])


def _bare(t) -> bool:
    """An Arabic word with no article nor ending (ريال، بايرن; not المنتخب, نظيره): may be a name."""
    return t.r.endswith(t.s) and not t.r.startswith("ال") and len(t.r) - len(t.s) <= 1


def _titled_scope(t, caps: frozenset[str] | None) -> bool:
    """A capitalised scope word next to a name is part of it in English (Manchester City, Ohio State)."""
    return caps is not None and t.scope is not None and t.ascii and t.r in caps


def _word_key(t) -> str:
    """A name word's key: its skeleton, marked "=" when it is one letter (Ahly, الأهلي: "=l"), or the
    word itself when it has no consonant; a Latin word's other readings follow it after ``_OR``
    (Juventus: "gfnts|fnts", which meets يوفنتوس "fnts")."""
    key = t.skr  # the whole word's: a side's name carries no clitic, and its first letter is its own (بايرن)
    if len(key) < 2:
        return "=" + (key or t.r)
    return _OR.join((key, *name_readings(t.r))) if t.ascii else key


def same_side(x: str, y: str) -> bool:
    """Whether two side keys name one side: one entity, or names sharing a word (a skeleton, or one
    the start of the other: Man/Manchester) where not each has a word the other lacks (Manchester
    City vs Manchester United, Real vs Atletico Madrid are two clubs; Al Ahly and Ahly one)."""
    if x == y:
        return True
    if _lone_entity(x) or _lone_entity(y):
        return False
    a, b = frozenset(x.split("+")), frozenset(y.split("+"))
    ma = {w for w in a if any(_alike(w, v) for v in b)}
    mb = {v for v in b if any(_alike(w, v) for w in a)}
    return bool(ma) and not (a - ma and b - mb)


def _lone_entity(key: str) -> bool:
    return key[0] == ENTITY and "+" not in key


def _alike(w: str, v: str) -> bool:
    """One word in two spellings, in any of its readings (``_word_key``): the same skeleton, one the
    start of the other (Man, Manchester), or two of one length and start that a letter tells apart
    across scripts (Munich mnS, ميونخ mnk)."""
    if w == v:
        return True
    if w[0] == "=" or v[0] == "=":
        return False
    if _OR in w or _OR in v:
        return any(_alike(x, y) for x in w.split(_OR) for y in v.split(_OR))
    return w.startswith(v) or v.startswith(w) or (len(w) == len(v) >= 3 and w[:2] == v[:2])


def _name_word(t, caps: frozenset[str] | None) -> bool:
    """Whether a token may be (part of) a side's name: no number, function, generic or contest word;
    in English a capitalised word."""
    if t.digit or t.stop or t.qual or t.contest or len(t.r) < 2:
        return False
    generic = generic_words()
    if t.r in generic or t.s in generic:
        return False
    return caps is None or (t.ascii and t.r in caps and t.r not in stopwords())


def _sides(toks: list, ents: dict, caps, v: int, particles: frozenset[str]):
    """(subject, opponent) of the verb at ``v``: the opponent after its particle (or right after the
    verb), the subject between verb and particle (verb first) or else just before the verb."""
    n = len(toks)
    reach = min(n, v + 2 + WINDOW)
    p = next((j for j in range(v + 1, reach) if toks[j].r in particles), None) if particles else v
    if p is None:
        return None
    opponent = _side(toks, ents, caps, range(p + 1, min(n, p + 1 + WINDOW)))
    subject = _side(toks, ents, caps, range(v + 1, p)) if p > v + 1 else None
    subject = subject or _side(toks, ents, caps, range(v - 1, max(-1, v - 1 - WINDOW), -1))
    if opponent is None or subject is None:
        return None
    if same_side(opponent[0], subject[0]):  # one place for both (Barcelona, Sevilla: Spain): by their words
        return _sides(toks, {}, caps, v, particles) if ents and _lone_entity(opponent[0]) else None
    return subject, opponent


def contest(toks: list, caps: frozenset[str] | None) -> tuple[str, ...]:
    """(winner key, loser key, winner label, loser label, winner words, loser words) of the first
    contest verb with two sides."""
    verbs = [i for i, t in enumerate(toks) if t.contest]
    if not verbs:
        return ()
    ents = _entity_positions([t.s for t in toks])
    for v in verbs:
        for role, particles in toks[v].contest:
            sides = _sides(toks, ents, caps, v, particles)
            if sides:
                (sk, sl, sw), (ok, ol, ow) = sides
                return (sk, ok, sl, ol, sw, ow) if role == "win" else (ok, sk, ol, sl, ow, sw)
    return ()
