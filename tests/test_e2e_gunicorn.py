"""End to end: gunicorn (2 workers) on a free port, the seeds over HTTP, the gold scorer."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import SHARED
from server import running_server

SCORER = SHARED / "gold" / "score_seeds.py"

pytestmark = pytest.mark.slow


def test_gunicorn_serves_seeds_and_gold_scorer_passes(tmp_path):
    if not SCORER.exists():
        pytest.skip("../shared/gold/score_seeds.py is not beside this checkout")
    with running_server(tmp_path / "e2e.db", workers=2) as base:
        out = subprocess.run([sys.executable, str(SCORER), "--base", base, "--json",
                              "--min-recall", "0.95", "--min-attribution", "0.95", "--min-quantities", "1",
                              "--min-dates", "1", "--max-extra", "15"],
                             capture_output=True, text=True, timeout=300)
        print(out.stdout)
        figures = json.loads(out.stdout.strip().splitlines()[-1])
        assert figures["bad_spans"] == 0
        assert figures["boilerplate_claims"] == 0
        assert figures["recall"] >= 0.95 and figures["attribution"] >= 0.95
        assert figures["quantities"] == 1.0 and figures["dates"] == 1.0
        assert figures["extra_claims"] <= 15
        assert out.returncode == 0, out.stdout + out.stderr
