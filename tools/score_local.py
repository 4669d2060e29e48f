"""Score the in-process pipeline against ../shared/gold with score_seeds.py's own metrics (no server).

    .venv/bin/python tools/score_local.py [--gold-dir ../shared/gold]

It loads score_seeds.py and replaces its HTTP ``call`` with the pipeline, so the figures are the
ones a running server would get for extraction and attribution.
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.pipeline import analyze  # noqa: E402


def _claim_json(c):
    span = lambda s: None if s is None else {"text": s.text, "start": s.start, "end": s.end}  # noqa: E731
    return {
        "text": c.text, "start": c.start, "end": c.end, "event": c.event,
        "quantities": [{"text": q.text, "start": q.start, "end": q.end, "value": q.value, "unit": q.unit,
                        "qualifier": q.qualifier, "total": q.total} for q in c.quantities],
        "dates": [{"text": d.text, "start": d.start, "end": d.end, "value": d.value} for d in c.dates],
        "attribution": {"type": c.attribution.type, "source": span(c.attribution.source),
                        "cue": span(c.attribution.cue)},
    }


def make_call():
    store = {}

    def call(base, method, path, body=None, key=None):
        if method == "POST":
            published = body.get("published_at")
            pub = datetime.fromisoformat(published).date() if published else None
            a = analyze(body["text"], body.get("language"), pub)
            aid = str(len(store))
            store[aid] = [_claim_json(c) for c in a.claims]
            return 201, {"id": aid}
        aid = path.split("/")[3]
        return 200, {"items": store[aid], "next_cursor": None}

    return call


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold-dir", default=str(ROOT.parent / "shared" / "gold"))
    a = ap.parse_args()
    spec = importlib.util.spec_from_file_location("score_seeds", Path(a.gold_dir) / "score_seeds.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.call = make_call()
    sys.argv = [sys.argv[0]]
    mod.main()


if __name__ == "__main__":
    main()
