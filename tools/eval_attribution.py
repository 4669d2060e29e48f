"""Per-type precision and recall of attribution over tests/data/attribution_{ar,en}.jsonl.

    .venv/bin/python tools/eval_attribution.py [--lang ar|en] [--speed]

Each expected frame (own-voice items included, as ``unattributed``) is matched to the predicted frame
whose content overlaps it most; no overlap means the system said ``unattributed``. Predicted frames
overlapping no expected item count against precision of their type. Source and cue exactness are
reported on the matched attributed items. ``--speed`` times ``attribute`` over the seed articles and
200 variants of them (paragraphs shuffled, numbers redrawn, some in Arabic-Indic digits, some with tatweel
or bidi marks): best of five passes, CPU (process) time and wall time per article.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.attribution.classify import attribute  # noqa: E402
from factcheck.models import ATTRIBUTION_TYPES  # noqa: E402
from factcheck.text.normalize import detect_language  # noqa: E402
from factcheck.text.segment import segment  # noqa: E402


def _overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def evaluate(cases, lang):
    """(true positives, predicted, gold counts by type; source/cue exact counts)."""
    tp, pred, gold, exact = Counter(), Counter(), Counter(), Counter()
    for case in cases:
        text = case["text"]
        frames = [f for fs in attribute(text, segment(text), lang) for f in fs]
        used = set()
        for e in case["frames"]:
            s = text.find(e["content"])
            span = (s, s + len(e["content"]))
            scored = [(_overlap((f.content_start, f.content_end), span), i) for i, f in enumerate(frames)]
            ov, i = max(scored, default=(0, -1))
            got = frames[i].attribution.type if ov else "unattributed"
            if ov:
                used.add(i)
            gold[e["type"]] += 1
            pred[got] += 1
            tp[got] += got == e["type"]
            if ov and e["type"] != "unattributed":
                a = frames[i].attribution
                exact["items"] += 1
                exact["source"] += (a.source and a.source.text) == e["source"]
                exact["cue"] += (a.cue and a.cue.text) == e["cue"]
        for i, f in enumerate(frames):
            if i not in used:
                pred[f.attribution.type] += 1
    return tp, pred, gold, exact


def _variant(text: str, k: int, rng: random.Random) -> str:
    head, *body = text.split("\n")
    rng.shuffle(body)
    text = "\n".join([head, *body])
    text = re.sub(r"\d+", lambda m: str(rng.randint(1, 9999)), text)
    if k % 3 == 0:
        text = re.sub(r"\d", lambda m: "٠١٢٣٤٥٦٧٨٩"[int(m.group())], text)
    if k % 4 == 1:
        text = re.sub(r"\w{4,}", lambda m: m.group()[:2] + "ـ" + m.group()[2:] if rng.random() < .1 else m.group(), text)
    if k % 5 == 2:
        text = text.replace(" ", " \u200f", 40)
    return text


def speed(n: int = 200, passes: int = 5) -> tuple[float, float, float]:
    """(mean characters, process seconds, wall seconds) per article, best of ``passes``."""
    seeds = [p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    rng = random.Random(7)
    articles = seeds + [_variant(seeds[k % len(seeds)], k, rng) for k in range(n)]
    prepared = [(a, segment(a), detect_language(a)) for a in articles]
    best_p = best_w = float("inf")
    for _ in range(passes + 1):
        p0, w0 = time.process_time(), time.perf_counter()
        for text, segs, lang in prepared:
            attribute(text, segs, lang)
        best_p = min(best_p, (time.process_time() - p0) / len(prepared))
        best_w = min(best_w, (time.perf_counter() - w0) / len(prepared))
    return sum(map(len, articles)) / len(articles), best_p, best_w


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lang", choices=("ar", "en"), action="append")
    ap.add_argument("--speed", action="store_true", help="time attribution over the seeds and 200 variants")
    args = ap.parse_args()
    if args.speed:
        chars, cpu, wall = speed()
        print(f"attribution: {cpu * 1000:.3f} ms/article CPU, {wall * 1000:.3f} ms/article wall "
              f"(mean {chars:.0f} characters, seeds + 200 variants)")
        return
    print(f"{'lang':4} {'type':13} {'gold':>5} {'pred':>5} {'prec':>6} {'recall':>6}")
    for lang in args.lang or ("ar", "en"):
        path = ROOT / "tests" / "data" / f"attribution_{lang}.jsonl"
        cases = [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]
        tp, pred, gold, exact = evaluate(cases, lang)
        for t in ATTRIBUTION_TYPES:
            p = tp[t] / pred[t] if pred[t] else float("nan")
            r = tp[t] / gold[t] if gold[t] else float("nan")
            print(f"{lang:4} {t:13} {gold[t]:5} {pred[t]:5} {p:6.2f} {r:6.2f}")
        n = max(1, exact["items"])
        print(f"{lang:4} source exact {exact['source'] / n:.2f}, cue exact {exact['cue'] / n:.2f} "
              f"over {exact['items']} attributed items; {len(cases)} cases")


if __name__ == "__main__":
    main()
