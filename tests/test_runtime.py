"""Process tuning (factcheck/runtime.py): the garbage collector's young generation, set by the
process entry point (wsgi.py) from FACTCHECK_GC_GEN0_THRESHOLD and never by create_app."""
from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck import create_app
from factcheck.runtime import tune_gc

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def restore_gc():
    before = gc.get_threshold()
    yield
    gc.set_threshold(*before)


def test_tune_gc_sets_only_the_young_generation(restore_gc):
    gc.set_threshold(700, 11, 12)
    assert tune_gc(40000) == (40000, 11, 12)
    assert gc.get_threshold() == (40000, 11, 12)


@pytest.mark.parametrize("value", [0, -5])
def test_zero_or_negative_keeps_the_interpreters_thresholds(restore_gc, value):
    gc.set_threshold(700, 10, 10)
    assert tune_gc(value) == (700, 10, 10)


def test_create_app_leaves_the_interpreter_alone(restore_gc, tmp_path):
    gc.set_threshold(701, 10, 10)
    create_app({"DATABASE": str(tmp_path / "a.db"), "TESTING": True, "GC_GEN0_THRESHOLD": 99999})
    assert gc.get_threshold() == (701, 10, 10)


@pytest.mark.parametrize("env, want", [({}, 50000), ({"FACTCHECK_GC_GEN0_THRESHOLD": "20000"}, 20000),
                                       ({"FACTCHECK_GC_GEN0_THRESHOLD": "0"}, 700)])
def test_the_wsgi_entry_point_applies_the_setting(tmp_path, env, want):
    code = "import gc, wsgi; print(gc.get_threshold()[0])"
    full = {k: v for k, v in os.environ.items() if k != "FACTCHECK_GC_GEN0_THRESHOLD"}
    full.update({"FACTCHECK_DATABASE": str(tmp_path / "w.db"), **env})
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=full, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout.strip().splitlines()[-1]) == want
