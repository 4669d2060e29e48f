"""Evaluate the matcher on ANS stance pairs: agree vs disagree macro-F1, per-class P/R, confusion.

    .venv/bin/python tools/eval_ans.py [--data ../shared/data/ans] [--split dev|train] [--via compare|relate]

"agrees" counts as agree; "conflicts" as disagree; "related"/"unrelated" as neither (a miss for
agree/disagree pairs). Pairs labelled "other" are reported separately (how often they come out
"unrelated" or "related").
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.match.relate import relate  # noqa: E402
from factcheck.models import Claim  # noqa: E402

LABEL = {"agrees": "agree", "conflicts": "disagree"}


def predict(row: dict, via: str) -> tuple[str, tuple[str, ...]]:
    if via == "relate":
        a, b = (Claim(0, len(s), s, "ar") for s in (row["s1"], row["s2"]))
        r = relate(a, b)
    else:
        from factcheck.match.compare import compare  # the full pipeline: imported only when used
        r = compare(row["s1"], row["s2"], "ar", "ar")
    return r.relation, r.reasons


def prf(conf: Counter, cls: str) -> tuple[float, float, float]:
    tp = conf[(cls, cls)]
    pred = sum(v for (g, p), v in conf.items() if p == cls)
    gold = sum(v for (g, p), v in conf.items() if g == cls)
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "ans"))
    ap.add_argument("--split", default="dev", choices=("dev", "train"))
    ap.add_argument("--via", default="compare", choices=("compare", "relate"))
    ap.add_argument("--errors", type=int, default=0, help="print this many misclassified pairs")
    a = ap.parse_args()
    rows = [json.loads(line) for line in (Path(a.data) / f"stance_{a.split}.jsonl").open(encoding="utf-8")]
    t0 = time.perf_counter()
    conf, other, errors = Counter(), Counter(), []
    for row in rows:
        rel, reasons = predict(row, a.via)
        if row["label"] == "other":
            other[rel] += 1
            continue
        pred = LABEL.get(rel, rel)
        conf[(row["label"], pred)] += 1
        if pred != row["label"]:
            errors.append((row["label"], rel, row["s1"], row["s2"], reasons))
    elapsed = time.perf_counter() - t0
    print(f"ANS {a.split} via {a.via}: {len(rows)} pairs in {elapsed:.2f} s")
    f1s = []
    for cls in ("agree", "disagree"):
        p, r, f = prf(conf, cls)
        f1s.append(f)
        print(f"  {cls:9s} P={p:.3f} R={r:.3f} F1={f:.3f}")
    print(f"  macro-F1 (agree vs disagree) = {sum(f1s) / 2:.3f}")
    preds = ("agree", "disagree", "related", "unrelated")
    print("  confusion (rows gold, columns predicted): " + " ".join(f"{p:>9s}" for p in preds))
    for g in ("agree", "disagree"):
        print(f"  {g:>40s} " + " ".join(f"{conf[(g, p)]:9d}" for p in preds))
    print(f"  other ({sum(other.values())}): " + ", ".join(f"{k} {v}" for k, v in sorted(other.items())))
    for gold, rel, s1, s2, reasons in errors[: a.errors]:
        print(f"- {gold} → {rel}: {s1} || {s2} {list(reasons)}")


if __name__ == "__main__":
    main()
