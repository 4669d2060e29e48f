"""Crash safety: SIGKILL gunicorn (the whole process group) in the middle of a bulk ingest over HTTP,
restart on the same database, check it, and finish the ingest: every article exactly once."""
from __future__ import annotations

import http.client
import os
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from server import ROOT, free_port, running_server, wait_ready
from test_concurrency import check_store, expected_id, make_articles, post_json

pytestmark = pytest.mark.slow


def _start(db_path, workers: int) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "--workers", str(workers), "--bind", f"127.0.0.1:{port}",
         "--no-control-socket", "--timeout", "120", "wsgi:app"],
        cwd=ROOT, env={**os.environ, "FACTCHECK_DATABASE": str(db_path)},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    wait_ready(base, proc)
    return proc, base


def _ingest_until_killed(base: str, bodies: list[dict], kill_after: int, proc) -> tuple[int, int]:
    """Post ``bodies`` from 6 threads; SIGKILL the process group once ``kill_after`` are stored."""
    stored, failed, lock = [0], [0], threading.Lock()

    def send(body):
        try:
            status, _, _ = post_json(base, "/v1/articles", body, timeout=30)
        except (OSError, http.client.HTTPException):  # refused, reset, or a response cut by the kill
            status = None
        with lock:
            if status == 201:
                stored[0] += 1
                if stored[0] == kill_after:
                    os.killpg(proc.pid, signal.SIGKILL)
            elif status not in (200,):
                failed[0] += 1

    with ThreadPoolExecutor(6) as pool:
        list(pool.map(send, bodies))
    proc.wait(timeout=30)
    return stored[0], failed[0]


def test_sigkill_mid_ingest_leaves_a_consistent_database(tmp_path):
    db_path = tmp_path / "crash.db"
    bodies = make_articles(160, seed=23)
    proc, base = _start(db_path, workers=3)
    try:
        acknowledged, failed = _ingest_until_killed(base, bodies, kill_after=50, proc=proc)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    after_crash = check_store(db_path)
    print(f"\ncrash: posted {len(bodies)}, acknowledged 201 before the kill {acknowledged}, "
          f"failed or cut {failed}, stored after the kill {after_crash['articles']}")
    assert failed > 0, "the kill came after the ingest finished: nothing was interrupted"
    assert after_crash["integrity"] == "ok"
    assert after_crash["articles"] >= acknowledged
    assert after_crash["short"] == after_crash["orphan_claims"] == 0
    assert after_crash["orphan_keys"] == after_crash["orphan_matches"] == 0

    with running_server(db_path, workers=2) as base:
        started = time.perf_counter()
        with ThreadPoolExecutor(6) as pool:
            results = list(pool.map(lambda b: post_json(base, "/v1/articles", b), bodies))
        wall = time.perf_counter() - started
    statuses = [status for status, _, _ in results]
    final = check_store(db_path)
    print(f"rerun: {statuses.count(201)} new, {statuses.count(200)} already stored, "
          f"{len(statuses) - statuses.count(200) - statuses.count(201)} errors, {wall:.1f} s; "
          f"stored {final['articles']}")
    assert set(statuses) <= {200, 201}
    assert statuses.count(200) == after_crash["articles"]
    assert final["ids"] == {expected_id(b) for b in bodies}
    assert final["integrity"] == "ok"
    assert final["short"] == final["orphan_claims"] == final["orphan_keys"] == final["orphan_matches"] == 0
