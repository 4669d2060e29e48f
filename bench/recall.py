"""Match recall at scale: how many of a fresh claim's counterparts in a generated store ingest links.

The corpus generator knows which stored claims tell the same story fact as a sentence of a fresh
article (its other tellings: the same figure, another figure, a negation or another date), so
after ingest we can count, for each fresh claim covering such a sentence, how many of those
counterparts its stored matches hold. Budgets that make candidate search cheaper are only worth
having if this figure holds; the bench prints it next to the latency.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from .corpus import make_story, telling_article


@dataclass
class Recall:
    facts: int = 0  # fresh fact sentences with at least one counterpart stored
    hits: int = 0  # … whose claims are matched to at least one counterpart
    found: int = 0  # counterpart pairs matched
    possible: int = 0  # counterpart pairs that could be kept (at most ``keep`` per fact)

    @property
    def hit_rate(self) -> float | None:
        return self.hits / self.facts if self.facts else None

    @property
    def pair_recall(self) -> float | None:
        return self.found / self.possible if self.possible else None

    def add(self, other: Recall) -> None:
        self.facts += other.facts
        self.hits += other.hits
        self.found += other.found
        self.possible += other.possible


def _overlapping(db, text: str, start: int, end: int) -> list[str]:
    """Ids of the stored claims of the article with ``text`` that overlap [start, end)."""
    sha = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return [r[0] for r in db.conn.execute(
        'SELECT c.id FROM articles a JOIN claims c ON c.article_id = a.id '
        'WHERE a.sha256 = ? AND c.start < ? AND c."end" > ?', [sha, end, start])]


def counterparts(db, seed: int, story_index: int) -> dict[int, set[str]]:
    """fact index → ids of the stored claims that tell it in the story's stored tellings."""
    story = make_story(seed, story_index)
    out: dict[int, set[str]] = {}
    for t in range(story.size):
        g = telling_article(seed, story, t)
        for told in g.tellings:
            out.setdefault(told.fact, set()).update(_overlapping(db, g.article["text"], told.start, told.end))
    return out


def article_recall(db, seed: int, g, keep: int) -> Recall:
    """Recall of one ingested fresh article (``corpus.Generated``) against the store in ``db``."""
    out = Recall()
    expected = counterparts(db, seed, g.story)
    for told in g.tellings:
        ids = _overlapping(db, g.article["text"], told.start, told.end)
        mates = expected.get(told.fact, set()) - set(ids)
        if not mates:
            continue
        matched: set[str] = set()
        if ids:
            marks = ",".join("?" * len(ids))
            matched = {r[0] for r in db.conn.execute(
                f"SELECT other_id FROM matches WHERE claim_id IN ({marks})", ids)}
        found = len(matched & mates)
        out.facts += 1
        out.hits += found > 0
        out.found += min(found, keep)
        out.possible += min(len(mates), keep)
    return out
