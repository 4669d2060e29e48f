"""Time the extraction pipeline per stage on the seeds and generated variants (process time, one core).

    .venv/bin/python tools/profile_pipeline.py [--n 200] [--repeat 3] [--profile] [--dump FILE]

The corpus: the seed articles, variants of them (sentences shuffled within paragraphs, numbers
swapped, digits in either script) and generated English articles, all around 3 KB. ``--profile``
prints the cProfile top functions; ``--dump`` writes every Analysis as text, to diff before and
after a change (behaviour must not move).
"""
from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import random
import re
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.attribution.classify import attribute  # noqa: E402
from factcheck.extract.claims import extract_claims  # noqa: E402
from factcheck.extract.tokens import text_tokens  # noqa: E402
from factcheck.pipeline import analyze  # noqa: E402
from factcheck.text.furniture import flag_furniture  # noqa: E402
from factcheck.text.normalize import detect_language  # noqa: E402
from factcheck.text.segment import segment  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"
_NUMBER = re.compile(r"[0-9]+")
_SENTENCE = re.compile(r"[^.!?؟]+[.!?؟]*\s*")
_AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

_EN_HEAD = ["{org} cuts {n} jobs as {person} reshapes the company", "Inflation slows to {p}% in {month}",
            "{org} posts record revenue of ${n} million", "Storm leaves {n} homes without power"]
_EN_BODY = [
    "{org} said on {weekday} it would cut about {n} jobs, or {p}% of its workforce, by {month} {year}.",
    "The company, which employs more than {n2} people, reported revenue of ${n} million last quarter.",
    "According to {person}, a spokesperson, the decision was taken after months of losses.",
    "Officials who asked not to be named said the plan could affect two-thirds of the {n3} branches.",
    "Shares fell {p} percent in early trading on {month} {day}, the steepest drop since {year}.",
    "\"We are not going to close any factory,\" {person} told reporters in {city} last week.",
    "Analysts at {org} expect sales to grow by {p}% next year, compared with {p2}% in {year}.",
    "The ministry said at least {n} people were injured and {n4} were taken to hospital on Monday.",
    "A report published by {org} found that half of the {n3} respondents had never used the service.",
    "Prices rose 3.{p2} percent from a year earlier, the statistics office said on {weekday}.",
    "{person}, the chief executive, resigned in {month} after a dispute with the board.",
    "The deal, worth an estimated $4.{p2}bn, is expected to close by the end of {year}.",
    "Share this article. Read more: Markets | World | Business",
    "Police said {n4} suspects were arrested in {city} on {weekday} night.",
]
_FILL = {
    "org": ["Acme Corp", "Northwind", "Globex", "the World Bank", "Reuters", "Initech"],
    "person": ["Jane Doe", "Omar Khalil", "Li Wei", "Maria Lopez", "John Smith"],
    "city": ["Cairo", "Dubai", "London", "Lagos", "Jakarta"],
    "month": ["January", "March", "May", "September", "November"],
    "weekday": ["Monday", "Tuesday", "Friday", "Sunday"],
}


def _fill(template: str, rng: random.Random) -> str:
    vals = {k: rng.choice(v) for k, v in _FILL.items()}
    vals |= {"n": rng.randint(20, 5000), "n2": f"{rng.randint(2, 90)},{rng.randint(100, 999)}",
             "n3": rng.randint(40, 900), "n4": rng.randint(2, 40), "p": rng.randint(2, 60),
             "p2": rng.randint(1, 9), "year": rng.randint(2015, 2026), "day": rng.randint(1, 28)}
    return template.format(**vals)


def english_article(rng: random.Random, size: int = 3000) -> str:
    """A generated English news article of about ``size`` characters."""
    lines = [_fill(rng.choice(_EN_HEAD), rng), f"By {rng.choice(_FILL['person'])}", ""]
    while sum(map(len, lines)) < size:
        lines.append(" ".join(_fill(rng.choice(_EN_BODY), rng) for _ in range(rng.randint(1, 4))))
    return "\n".join(lines)


def arabic_variant(text: str, rng: random.Random) -> str:
    """A seed with sentences shuffled inside each paragraph (headline kept), numbers swapped and
    sometimes written in Arabic-Indic digits."""
    lines = text.split("\n")
    out = lines[:1]
    for line in lines[1:]:
        parts = _SENTENCE.findall(line)
        if len(parts) > 1:
            rng.shuffle(parts)
            line = " ".join(p.strip() for p in parts)
        out.append(line)
    body = _NUMBER.sub(lambda m: str(rng.randint(2, 999)) if len(m.group()) != 4 else m.group(), "\n".join(out))
    return body.translate(_AR_DIGITS) if rng.random() < 0.3 else body


def corpus(n: int, seed: int = 7) -> list[tuple[str, str | None, date | None]]:
    """(text, language, published) for the seeds and ``n`` generated variants."""
    index = json.loads((SEEDS / "index.json").read_text(encoding="utf-8"))
    seeds = [(SEEDS / e["file"]).read_text(encoding="utf-8") for e in index]
    rng = random.Random(seed)
    out = [(s, None, date(2025, 9, 13)) for s in seeds]
    for k in range(n):
        pub = date(2025, rng.randint(1, 12), rng.randint(1, 28)) if rng.random() < 0.8 else None
        text = english_article(rng) if k % 3 == 2 else arabic_variant(rng.choice(seeds), rng)
        out.append((text, None, pub))
    return out


def stages(text: str, language: str | None, published: date | None, clock: dict[str, float]) -> None:
    """``analyze`` stage by stage, adding each stage's process time to ``clock``."""
    t0 = time.process_time()
    language = language or detect_language(text)
    segs = segment(text)
    tokens = text_tokens(text)
    t1 = time.process_time()
    segs = flag_furniture(text, segs, language, tokens)
    t2 = time.process_time()
    live = [s for s in segs if not s.furniture]
    frames_live = iter(attribute(text, live, language))
    frames = [[] if s.furniture else next(frames_live) for s in segs]
    t3 = time.process_time()
    extract_claims(text, segs, frames, language, published, tokens)
    t4 = time.process_time()
    for k, v in (("segment+tokens", t1 - t0), ("furniture", t2 - t1), ("attribute", t3 - t2), ("claims", t4 - t3)):
        clock[k] = clock.get(k, 0.0) + v


def dump(docs, path: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for text, lang, pub in docs:
            f.write(repr(analyze(text, lang, pub)) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--dump")
    a = ap.parse_args()
    docs = corpus(a.n)
    if a.dump:
        dump(docs, a.dump)
        return
    for text, lang, pub in docs:  # warm the caches: the steady state is what a server sees
        analyze(text, lang, pub)
    kb = sum(len(t.encode()) for t, _, _ in docs) / len(docs) / 1024
    print(f"{len(docs)} articles, {kb:.1f} KB average")
    best_stage: dict[str, float] = {}
    for _ in range(a.repeat):
        clock: dict[str, float] = {}
        for text, lang, pub in docs:
            stages(text, lang, pub, clock)
        best_stage = {k: min(v, best_stage.get(k, v)) for k, v in clock.items()}
    for k, v in best_stage.items():
        print(f"  {k:15s} {1000 * v / len(docs):6.2f} ms/article (best of {a.repeat})")
    best = float("inf")
    for _ in range(a.repeat):
        t0 = time.process_time()
        for text, lang, pub in docs:
            analyze(text, lang, pub)
        best = min(best, time.process_time() - t0)
    print(f"  analyze()       {1000 * best / len(docs):6.2f} ms/article = {len(docs) / best:.0f} articles/s (best of "
          f"{a.repeat})")
    if a.profile:
        prof = cProfile.Profile()
        prof.enable()
        for text, lang, pub in docs:
            analyze(text, lang, pub)
        prof.disable()
        pstats.Stats(prof).sort_stats(__import__("os").environ.get("SORT", "tottime")).print_stats(int(__import__("os").environ.get("TOP", "35")))


if __name__ == "__main__":
    main()
