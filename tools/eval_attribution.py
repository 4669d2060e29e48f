"""Per-type precision and recall of attribution over tests/data/attribution_{ar,en}.jsonl.

    .venv/bin/python tools/eval_attribution.py [--lang ar|en]

Each expected frame (own-voice items included, as ``unattributed``) is matched to the predicted frame
whose content overlaps it most; no overlap means the system said ``unattributed``. Predicted frames
overlapping no expected item count against precision of their type. Source and cue exactness are
reported on the matched attributed items.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.attribution.classify import attribute  # noqa: E402
from factcheck.models import ATTRIBUTION_TYPES  # noqa: E402
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


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lang", choices=("ar", "en"), action="append")
    args = ap.parse_args()
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
