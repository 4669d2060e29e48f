"""Who beat whom: the winner and loser a contest verb puts in order ("X beat Y", "Y lost to X",
"فاز X على Y", "خسر X أمام Y").

Needs: a claim's ``tokens.Tok`` list, its capitalised words (English) and
``lexicons/<lang>/match_contest.json``. Adds: ``contest()`` → (winner key, loser key, winner label,
loser label) or ``()``; a side is an entity (``#id``, labelled by its id) or else a name word (its
skeleton, labelled by the folded word). Folded copies only; no offsets out.
"""
from __future__ import annotations

from functools import cache

from ..lexicons import load_json
from ..text.normalize import fold
from .lexicon import LANGS, entity_index, generic_words, stopwords
from .names import ENTITY

WINDOW = 4  # words between a verb and its particle, and searched for each side


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


def _side(toks: list, ents: dict[int, str], caps, idx: range) -> tuple[str, str] | None:
    """The first entity in ``idx``, else its first name word: (key, label)."""
    for i in idx:
        if i in ents:
            return ENTITY + ents[i], ents[i]
    for i in idx:
        if _name_word(toks[i], caps):
            run = [i]  # the whole name, read in either direction, is keyed by its longest word
            for step in (-1, 1):
                j = i + step
                while j in idx and _name_word(toks[j], caps):
                    run.append(j)
                    j += step
            t = toks[min(run, key=lambda k: (-len(toks[k].r), k))]
            key = t.skr if t.ascii else t.sk
            return (key if len(key) >= 2 else "=" + t.r), t.r  # a name of vowels keeps its letters (Ahly)
    return None


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
    if opponent[0] == subject[0]:  # one place in both names (Real Madrid, Atletico Madrid): by their words
        return _sides(toks, {}, caps, v, particles) if ents and opponent[0].startswith(ENTITY) else None
    return subject, opponent


def contest(toks: list, caps: frozenset[str] | None) -> tuple[str, ...]:
    """(winner key, loser key, winner label, loser label) of the first contest verb with two sides."""
    verbs = [i for i, t in enumerate(toks) if t.contest]
    if not verbs:
        return ()
    ents = _entity_positions([t.s for t in toks])
    for v in verbs:
        for role, particles in toks[v].contest:
            sides = _sides(toks, ents, caps, v, particles)
            if sides:
                (sk, sl), (ok, ol) = sides
                return (sk, ok, sl, ol) if role == "win" else (ok, sk, ol, sl)
    return ()
