"""Train relate()'s small model on the ANS train split (never on dev) and write relate_model.json.

    .venv/bin/python tools/train_ans.py [--data ../shared/data/ans] [--out factcheck/lexicons/relate_model.json]

1. Contradiction lexicons: words that only one side of a pair has (in no form on the other side:
   ``model.root``), and (word only in s1, word only in s2) pairs, scored by smoothed log-odds of
   "disagree" vs "agree"; two words on one antonym pole (synonyms) are never a pair.
2. Features for the logistic model are computed out-of-fold (5 folds: each fold's lexicons come
   from the other four) so the weights do not trust lexicon cues more than unseen data deserves.
3. Class-balanced L2 logistic regression by batch gradient descent (pure Python, no numpy).
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.match import model as M  # noqa: E402
from factcheck.match.keys import claim_keys  # noqa: E402
from factcheck.match.lexicon import cue_word, polar_lookup  # noqa: E402
from factcheck.models import Claim  # noqa: E402

FOLDS = 5


def load(path: Path) -> list[dict]:
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    return [r for r in rows if r["label"] in ("agree", "disagree")]


def keys_of(text: str):
    return claim_keys(Claim(0, len(text), text, "ar"))


def lexicons(rows, alpha=1.0, min_word=3, min_pair=2, min_lo=0.4):
    """Learned (words, pairs) log-odds tables from ``rows``."""
    wc = {"agree": Counter(), "disagree": Counter()}
    pc = {"agree": Counter(), "disagree": Counter()}
    n = Counter(r["label"] for r in rows)
    for r in rows:
        only_a, only_b = M._diff(keys_of(r["s1"]), keys_of(r["s2"]))
        wc[r["label"]].update(only_a | only_b)
        pc[r["label"]].update({M.pair_key(x, y) for x in only_a for y in only_b if not _one_pole(x, y)})

    def table(c, min_count):
        out = {}
        for k in set(c["agree"]) | set(c["disagree"]):
            if not all(cue_word(w) for w in k.split("|")):
                continue  # qualifiers and numbers are never learned cues
            d, a = c["disagree"][k], c["agree"][k]
            if d + a < min_count:
                continue
            lo = math.log((d + alpha) / n["disagree"]) - math.log((a + alpha) / n["agree"])
            if abs(lo) >= min_lo:
                out[k] = round(lo, 3)
        return out

    return table(wc, min_word), table(pc, min_pair)


def _one_pole(x: str, y: str) -> bool:
    """Both words on one pole of an antonym scale (تراجع/انخفاض, fell/dropped): synonyms, no contradiction."""
    return bool(set(polar_lookup(x)) & set(polar_lookup(y)))


def out_of_fold(rows):
    """Feature vectors for every row with lexicons learned without its fold."""
    vecs = [None] * len(rows)
    for f in range(FOLDS):
        words, pairs = lexicons([r for i, r in enumerate(rows) if i % FOLDS != f])
        for i, r in enumerate(rows):
            if i % FOLDS == f:
                vecs[i] = features(keys_of(r["s1"]), keys_of(r["s2"]), words, pairs)
    return vecs


def features(ka, kb, words, pairs) -> dict:
    """``M.vector`` with the rule signals of ``M.EXTRA`` (a substitution), all from these lexicons."""
    vec = M.vector(ka, kb, words, pairs)
    partners: dict[str, dict[str, float]] = {}
    for key, w in pairs.items():
        x, _, y = key.partition("|")
        partners.setdefault(x, {})[y] = partners.setdefault(y, {})[x] = w
    vec.update(zip(M.EXTRA, M.extra(M.substitution(ka, kb, partners=partners)), strict=True))
    return vec


def fit(vecs, labels, l2=1e-3, lr=0.5, epochs=1500):
    """Class-balanced logistic regression; returns {feature: weight}."""
    names = list(M.FEATURES + M.EXTRA)
    w = [0.0] * len(names)
    pos = sum(labels)
    cw = {1: len(labels) / (2 * pos), 0: len(labels) / (2 * (len(labels) - pos))}
    xs = [[v[k] for k in names] for v in vecs]
    for _ in range(epochs):
        grad = [0.0] * len(names)
        for x, y in zip(xs, labels, strict=True):
            z = sum(wi * xi for wi, xi in zip(w, x, strict=True))
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            g = (p - y) * cw[y]
            for j, xj in enumerate(x):
                grad[j] += g * xj
        for j in range(len(names)):
            w[j] -= lr * (grad[j] / len(xs) + (l2 * w[j] if names[j] != "bias" else 0.0))
    return {k: round(v, 4) for k, v in zip(names, w, strict=True)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "ans"))
    ap.add_argument("--out", default=str(ROOT / "factcheck" / "lexicons" / "relate_model.json"))
    a = ap.parse_args()
    rows = load(Path(a.data) / "stance_train.jsonl")
    vecs = out_of_fold(rows)
    weights = fit(vecs, [int(r["label"] == "disagree") for r in rows])
    words, pairs = lexicons(rows)
    doc = {
        "_comment": ("Learned by tools/train_ans.py from the ANS stance train split (Khouja 2020, "
                     "Apache-2.0) only: logistic weights over factcheck.match.model.FEATURES and EXTRA, and "
                     "contradiction cues as log-odds of disagree vs agree: 'words' (a word only one "
                     "side has) and 'pairs' (word only in one side | word only in the other)."),
        "weights": weights, "words": dict(sorted(words.items())), "pairs": dict(sorted(pairs.items())),
    }
    Path(a.out).write_text(json.dumps(doc, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(rows)} pairs, {len(words)} words, {len(pairs)} pairs -> {a.out}")
    print(json.dumps(weights, indent=1))


if __name__ == "__main__":
    main()
