"""Shared pieces of the benchmark suite: result rows, percentiles, progress lines, fresh articles."""
from __future__ import annotations

import random
import statistics
import sys
import time
from dataclasses import asdict, dataclass
from datetime import date

from .corpus import make_story, telling_article

FRESH_TELLING = 1000  # tellings numbered from here are never in a cached store


@dataclass
class Row:
    """One figure next to its baseline measured in the same run; ``ratio`` = value / baseline."""

    section: str
    figure: str
    value: float | None
    unit: str = ""
    baseline: str = ""
    baseline_value: float | None = None
    ratio: float | None = None
    note: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


def ratio(a: float | None, b: float | None) -> float | None:
    return None if a is None or not b else a / b


def median(values) -> float | None:
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def percentile(values: list[float], p: float) -> float | None:
    """Nearest-rank percentile (p in 0..100) of ``values``."""
    if not values:
        return None
    s = sorted(values)
    k = max(0, min(len(s) - 1, round(p / 100 * len(s) + 0.5) - 1))
    return s[k]


def progress(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def fresh_generated(n: int, store_seed: int, stories: int, run: int) -> list:
    """``n`` articles never stored, with their ground truth (``corpus.Generated``): new tellings of
    stories already in a store of ``stories`` stories, so each has agreeing and conflicting
    counterparts there."""
    rng = random.Random(f"fresh:{store_seed}:{run}")
    out = []
    for j in range(n):
        story = make_story(store_seed, rng.randrange(max(1, stories)))
        out.append(telling_article(store_seed, story, FRESH_TELLING + run * 10_000 + j))
    return out


def fresh_articles(n: int, store_seed: int, stories: int, run: int) -> list[dict]:
    """The article dicts of ``fresh_generated``."""
    return [g.article for g in fresh_generated(n, store_seed, stories, run)]


def published(article: dict) -> date | None:
    value = article.get("published_at")
    return date.fromisoformat(value[:10]) if value else None
