"""Deterministic benchmark corpus: Arabic and English news articles with controlled duplication.

A *story* is a handful of facts (layoffs, revenue, a deal, floods, inflation, founders leaving,
growth) about one company and place. Each story is told by 2–5 outlets in a row, in either
language; every telling after the first draws each fact as ``same`` (agreeing, other wording and
number form), or a conflicting ``number``, ``negation`` or ``date`` variant. Articles carry page
furniture (dateline, byline, share widgets, related lists, tags) and occasional bidi marks and
tatweel. ``articles(n, seed)`` yields API-ready dicts; ``generate`` also yields the ground truth.
"""
from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from . import forms
from . import templates as T

VARIANTS = ("same", "number", "negation", "date")
VARIANT_WEIGHTS = (0.6, 0.18, 0.1, 0.12)
FRAME_KINDS = ("named", "anonymous", "official", "person", "none")
FRAME_WEIGHTS = (0.3, 0.2, 0.2, 0.1, 0.2)
EPOCH = date(2024, 1, 1)
_KINDS = sorted(T.FACTS)
_LOWER_START = {"Floods", "Inflation", "Annual", "Exports", "At", "No", "None"}


@dataclass(frozen=True, slots=True)
class Fact:
    """One checkable fact of a story; ``value`` in base units (money × scale), ``total`` for parts."""

    kind: str
    value: float
    day: date
    total: int | None = None


@dataclass(frozen=True, slots=True)
class Telling:
    """How one article told one fact: the variant, the values it states, and its sentence span."""

    story: int
    fact: int
    variant: str
    value: float
    day: str
    frame: str
    start: int
    end: int
    qtext: str


@dataclass(frozen=True, slots=True)
class Generated:
    article: dict
    story: int
    tellings: tuple[Telling, ...]
    fillers: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Story:
    index: int
    co: tuple
    co2: tuple
    person: tuple
    place: tuple
    team: tuple
    currency: tuple
    facts: tuple[Fact, ...]
    size: int


def make_story(seed: int, index: int) -> Story:
    rng = random.Random(f"story:{seed}:{index}")
    return story_from(rng, index, EPOCH + timedelta(days=rng.randint(0, 700)))


def story_from(rng: random.Random, index: int, day: date, n_facts: int = 3) -> Story:
    """A story whose facts happened in the week up to ``day``, drawn from ``rng``."""
    kinds = rng.sample(_KINDS, n_facts)
    facts = tuple(_fact(kind, day - timedelta(days=rng.randint(0, 6)), rng) for kind in kinds)
    co, co2 = rng.sample(T.COMPANIES, 2)
    return Story(index, co, co2, rng.choice(T.PEOPLE), rng.choice(T.PLACES), rng.choice(T.TEAMS),
                 rng.choice(T.CURRENCIES), facts, rng.choice((2, 2, 3, 3, 4, 5)))


def _fact(kind: str, day: date, rng: random.Random) -> Fact:
    unit, (lo, hi), scale, *_ = T.FACTS[kind]
    if unit == "money":
        return Fact(kind, round(rng.uniform(lo, hi), 1) * scale, day)
    if unit == "percent":
        return Fact(kind, round(rng.uniform(lo, hi), 1), day)
    if unit == "part":
        k = rng.randint(lo, hi)
        return Fact(kind, k, day, total=rng.randint(k + 1, 2 * k + 4))
    if unit == "times":
        return Fact(kind, rng.choice((2, 3, 4, 5, 10)), day)
    return Fact(kind, rng.randint(lo, hi), day)


def _conflicting(fact: Fact, rng: random.Random) -> Fact:
    """The same fact with a different number (a conflict a matcher should report)."""
    unit = T.FACTS[fact.kind][0]
    if unit == "times":
        return Fact(fact.kind, fact.value + rng.choice((1, 2)), fact.day)
    if unit == "part":
        return Fact(fact.kind, fact.value + 1, fact.day, total=fact.total)
    factor = rng.choice((0.5, 0.7, 1.4, 1.8))
    value = fact.value * factor
    return Fact(fact.kind, round(value) if unit == "people" else value, fact.day, fact.total)


def _quantity(fact: Fact, story: Story, lang: str, rng: random.Random) -> str:
    unit, _, scale, *_ = T.FACTS[fact.kind]
    if unit == "money":
        return forms.money(round(fact.value / scale, 1), scale, story.currency, lang, rng)
    if unit == "percent":
        return forms.percent(fact.value, lang, rng)
    if unit == "part":
        return forms.part(int(fact.value), fact.total, lang, rng)
    if unit == "times":
        return forms.times(int(fact.value), lang, rng)
    return forms.count(int(fact.value), lang, rng)


def _frame(story: Story, lang: str, rng: random.Random, core: str) -> tuple[str, str]:
    kind = rng.choices(FRAME_KINDS, FRAME_WEIGHTS)[0]
    ar, en_pre, en_post = T.FRAMES[kind]
    slots = {"o": rng.choice(T.OUTLETS)[lang == "en"], "p": story.person[lang == "en"],
             "co": story.co[lang == "en"]}
    if lang == "ar":
        return kind, rng.choice(ar).format(**slots) + core
    if rng.random() < 0.5:
        pre = rng.choice(en_pre).format(**slots)
        if pre and core.split(" ", 1)[0] in _LOWER_START:
            core = core[0].lower() + core[1:]
        return kind, pre + core
    return kind, core + rng.choice(en_post).format(**slots)


def fact_sentence(story: Story, fact: Fact, variant: str, lang: str, published: date,
                  rng: random.Random) -> tuple[str, str, str]:
    """(sentence, attribution frame kind, quantity text) telling ``fact`` as ``variant``."""
    _, _, _, ar_tpl, en_tpl, ar_neg, en_neg = T.FACTS[fact.kind]
    tpl = rng.choice((ar_neg if lang == "ar" else en_neg) if variant == "negation" else
                     (ar_tpl if lang == "ar" else en_tpl))
    q = _quantity(fact, story, lang, rng)
    i = lang == "en"
    core = tpl.format(co=story.co[i], co2=story.co2[i], place=story.place[i], team=story.team[i],
                      n=q, d=forms.when(fact.day, published, lang, rng)).rstrip()
    kind, sentence = _frame(story, lang, rng, core)
    if lang == "ar":
        sentence = _noise(sentence, rng)
    return sentence + ".", kind, q if q in sentence else ""


def _noise(s: str, rng: random.Random) -> str:
    """Occasional RLM before a number and tatweel inside a word, as scraped Arabic pages have."""
    r = rng.random()
    if r < 0.08:
        pos = next((k for k, ch in enumerate(s) if ch.isdigit()), None)
        if pos is not None:
            s = s[:pos] + "\u200f" + s[pos:]
    elif r < 0.14:
        words = [w for w in s.split(" ") if len(w) > 4 and "\u0621" <= w[1] <= "\u064a" and "\u0621" <= w[2] <= "\u064a"]
        if words:
            w = rng.choice(words)
            s = s.replace(w, w[:2] + "ـ" + w[2:], 1)
    return s


class _Builder:
    """Appends text pieces while keeping code-point offsets of the ones we record."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0

    def add(self, s: str) -> tuple[int, int]:
        start = self.pos
        self.parts.append(s)
        self.pos += len(s)
        return start, self.pos

    def text(self) -> str:
        return "".join(self.parts)


def _headline(story: Story, lang: str, rng: random.Random) -> str:
    i = lang == "en"
    tpl = rng.choice(T.HEADLINES)[i]
    return tpl.format(co=story.co[i], place=story.place[i], topic=T.TOPICS[story.facts[0].kind][i])


def _body_units(story: Story, telling: int, lang: str, published: date, rng: random.Random, target: int):
    """Sentences of the body: (text, Telling-or-None); story facts first, then fillers and background."""
    units = []
    for fi, fact in enumerate(story.facts):
        variant = "same" if telling == 0 else rng.choices(VARIANTS, VARIANT_WEIGHTS)[0]
        told = _conflicting(fact, rng) if variant == "number" else fact
        if variant == "date":
            told = Fact(fact.kind, fact.value, forms.shift(fact.day, rng), fact.total)
        sentence, frame, q = fact_sentence(story, told, variant, lang, published, rng)
        units.append((sentence, (fi, variant, told, frame, q)))
    size = sum(len(u[0].encode()) for u in units)
    fillers = list(T.FILLER)
    rng.shuffle(fillers)
    while size < target:
        if fillers and rng.random() < 0.4:
            sentence = fillers.pop()[lang == "en"]
        else:  # background: a fact of an unrelated mini-story, never duplicated on purpose
            other = story_from(rng, -1, published - timedelta(days=rng.randint(0, 20)), 1)
            sentence = fact_sentence(other, other.facts[0], "same", lang, published, rng)[0]
        units.append((sentence, None))
        size += len(sentence.encode()) + 1
    head, tail = units[:1], units[1:]
    rng.shuffle(tail)
    return head + tail


def telling_article(seed: int, story: Story, telling: int) -> Generated:
    """The ``telling``-th article of ``story`` with its ground truth."""
    rng = random.Random(f"article:{seed}:{story.index}:{telling}")
    lang = rng.choice(("ar", "en"))
    i = lang == "en"
    published = max(f.day for f in story.facts) + timedelta(days=rng.randint(0, 3))
    publisher = T.PUBLISHERS[(story.index * 7 + telling) % len(T.PUBLISHERS)]
    b = _Builder()
    title = _headline(story, lang, rng)
    b.add(title + "\n")
    if rng.random() < 0.7:
        b.add(forms.dateline(published, lang, rng) + "\n")
    if rng.random() < 0.6:
        reporter = rng.choice(T.REPORTERS)[i]
        b.add((f"كتب: {reporter}" if lang == "ar" else f"By {reporter} | {publisher}") + "\n")
    b.add("\n")
    tellings, fillers = [], []
    units = _body_units(story, telling, lang, published, rng, rng.randint(900, 4200))
    for k, (sentence, meta) in enumerate(units):
        start, end = b.add(sentence)
        if meta is None:
            fillers.append((start, end))
        else:
            fi, variant, told, frame, q = meta
            tellings.append(Telling(story.index, fi, variant, told.value, told.day.isoformat(),
                                    frame, start, end, q))
        b.add("\n\n" if k % 3 == 2 or k == len(units) - 1 else " ")
    _furniture(b, lang, rng)
    article = {"text": b.text(), "title": title, "publisher": publisher,
               "published_at": published.isoformat(), "language": lang}
    return Generated(article, story.index, tuple(tellings), tuple(fillers))


def _furniture(b: _Builder, lang: str, rng: random.Random) -> None:
    i = lang == "en"
    b.add(rng.choice(T.SHARE)[i] + "\n")
    if rng.random() < 0.8:
        b.add(rng.choice(T.RELATED)[i] + "\n")
        for _ in range(3):
            tpl = rng.choice(T.HEADLINES)[i]
            topic = T.TOPICS[rng.choice(_KINDS)][i]
            b.add(f"- {tpl.format(co=rng.choice(T.COMPANIES)[i], place=rng.choice(T.PLACES)[i], topic=topic)}\n")
    if rng.random() < 0.5:
        b.add(f"{T.TAGS[i]} {rng.choice(T.COMPANIES)[i]}، {rng.choice(T.PLACES)[i]}\n"
              if lang == "ar" else f"{T.TAGS[i]} {rng.choice(T.COMPANIES)[i]}, {rng.choice(T.PLACES)[i]}\n")


def generate(n: int, seed: int = 0) -> Iterator[Generated]:
    """``n`` articles with ground truth; a prefix of a longer run with the same seed."""
    made, index = 0, 0
    while made < n:
        story = make_story(seed, index)
        for telling in range(min(story.size, n - made)):
            yield telling_article(seed, story, telling)
            made += 1
        index += 1


def articles(n: int, seed: int = 0) -> Iterator[dict]:
    """``n`` API-ready article dicts {text, title, publisher, published_at, language}."""
    for g in generate(n, seed):
        yield g.article


def store(n_claims: int, seed: int = 0, rebuild: bool = False) -> str:
    """Path of a cached SQLite store holding ``n_claims`` synthetic claims (built on first use)."""
    from .stores import cached_store
    return cached_store(n_claims, seed, rebuild)
