"""Start gunicorn on a free 127.0.0.1 port with a temporary database, for end-to-end tests."""
from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(base: str, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError("gunicorn did not become ready")


@contextlib.contextmanager
def running_server(db_path, workers: int = 2, env: dict | None = None, extra_args=()):
    """Yield the base URL of a gunicorn server; stops it (and its workers) afterwards."""
    port = free_port()
    environ = {**os.environ, "FACTCHECK_DATABASE": str(db_path), **(env or {})}
    gunicorn = str(Path(sys.executable).parent / "gunicorn")
    # gunicorn's own log goes to a file beside the database (never an unread pipe, which would block
    # the workers once full); it is there to read when a test fails
    log = open(Path(db_path).with_suffix(".gunicorn.log"), "ab")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [gunicorn, "--workers", str(workers), "--bind", f"127.0.0.1:{port}", "--no-control-socket",
         "--timeout", "120", *extra_args, "wsgi:app"],
        cwd=ROOT, env=environ, stdout=log, stderr=log, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_ready(base, proc)
        yield base
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        log.close()
