"""HTTP under load: gunicorn (2 sync workers) on 127.0.0.1, driven by wrk or a Python client.

GET endpoints are driven by ``wrk`` (Debian package; ``make bench`` installs it when missing) with
one thread and N connections, a Lua script cycling through the request mix; without wrk, and for
POSTs (each body sent once), by N Python threads, each with its own ``http.client`` connection
(reopened when a sync worker closes it), counting every request answered, in-flight ones included,
over the wall time until the last one returns. The ceiling is ``bench.hello_app`` under the same
gunicorn settings and the same generator; ``bench.memory`` reads the workers' peak RSS after the
load. The generator shares the machine's cores with the server (a Python client costs far more of
them than wrk, most of all on large responses).
"""
from __future__ import annotations

import contextlib
import http.client
import itertools
import json
import os
import random
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

from .common import Row, median, percentile, progress, ratio

ROOT = Path(__file__).resolve().parent.parent
Request = tuple[str, str, bytes | None]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_ready(port: int, proc: subprocess.Popen, log: Path, timeout: float = 120) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"gunicorn exited with {proc.returncode}: {tail}")
        with contextlib.suppress(OSError):
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as r:
                if r.status == 200:
                    return
        time.sleep(0.2)
    raise TimeoutError("gunicorn did not become ready")


@contextlib.contextmanager
def serve(app: str, log: Path, db_path: str | None = None, workers: int = 2) -> Iterator[tuple[int, int]]:
    """Run gunicorn for ``app`` ("module:attr"); yields (port, master pid); stops it afterwards.

    Its stderr (gunicorn's log and the app's request log) goes to the file ``log``: a pipe nobody
    drains fills up after a few hundred requests and stalls the server."""
    port = _free_port()
    env = {**os.environ, **({"FACTCHECK_DATABASE": db_path} if db_path else {})}
    gunicorn = str(Path(sys.executable).parent / "gunicorn")
    with log.open("ab") as err:
        proc = subprocess.Popen(
            [gunicorn, "--workers", str(workers), "--bind", f"127.0.0.1:{port}", "--no-control-socket",
             "--timeout", "300", "--backlog", "2048", app],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
    try:
        _wait_ready(port, proc, log)
        yield port, proc.pid
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def _client(port: int, next_request: Callable[[], Request], deadline: float, out: list, live: list) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    live.append(conn)
    lat, errors = [], 0
    headers = {"Content-Type": "application/json", "Connection": "keep-alive"}
    while time.perf_counter() < deadline:
        method, path, body = next_request()
        t0 = time.perf_counter()
        try:
            conn.request(method, path, body=body, headers=headers)
            resp = conn.getresponse()
            resp.read()
            if resp.status >= 400:
                errors += 1
            if resp.will_close:
                conn.close()
        except (OSError, http.client.HTTPException):
            errors += 1
            conn.close()
            continue
        lat.append(time.perf_counter() - t0)
    conn.close()
    out.append((lat, errors))


def load(port: int, next_request: Callable[[], Request], duration: float, conns: int,
         grace: float = 10.0) -> dict:
    """Hit the server from ``conns`` threads for ``duration`` seconds; rps and latency percentiles.

    Requests still unanswered ``grace`` seconds after the end are abandoned (counted in
    ``abandoned``; their connections are shut down)."""
    out: list = []
    live: list = []
    start = time.perf_counter()
    threads = [threading.Thread(target=_client, args=(port, next_request, start + duration, out, live),
                                daemon=True) for _ in range(conns)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(max(0.0, start + duration + grace - time.perf_counter()))
    elapsed = time.perf_counter() - start
    abandoned = sum(t.is_alive() for t in threads)
    if abandoned:
        for conn in list(live):
            with contextlib.suppress(OSError, AttributeError):
                conn.sock.shutdown(socket.SHUT_RDWR)
        for t in threads:
            t.join(5)
    results = list(out)
    lat = [x * 1e3 for lats, _ in results for x in lats]
    return {"requests": len(lat), "errors": sum(e for _, e in results), "abandoned": abandoned,
            "seconds": elapsed, "rps": len(lat) / elapsed, "p50_ms": percentile(lat, 50),
            "p99_ms": percentile(lat, 99)}


_WRK_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 6e4}


def _wrk_ms(text: str) -> float:
    m = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text.strip())
    return float(m[1]) * _WRK_UNITS[m[2]]


def _wrk_script(items: list[Request], path: Path) -> Path:
    """A wrk Lua script sending ``items`` (GETs) round-robin."""
    paths = ",\n".join(json.dumps(p) for _, p, _ in items)  # ASCII paths: JSON strings are Lua strings
    path.write_text(f"local paths = {{\n{paths}\n}}\nlocal i = 0\n"
                    "request = function()\n  i = i % #paths + 1\n  return wrk.format(\"GET\", paths[i])\nend\n")
    return path


def wrk_load(port: int, items: list[Request], duration: float, conns: int, workdir: Path) -> dict:
    """``load()``'s figures measured by wrk (one thread, ``conns`` connections, latency percentiles)."""
    script = _wrk_script(items, workdir / "wrk-requests.lua")
    proc = subprocess.run(["wrk", "-t1", f"-c{conns}", f"-d{max(1, round(duration))}s", "--timeout", "30s",
                           "--latency", "-s", str(script), f"http://127.0.0.1:{port}"],
                          capture_output=True, text=True, timeout=duration + 60)
    if proc.returncode != 0 or "Requests/sec" not in proc.stdout:
        raise RuntimeError(f"wrk failed ({proc.returncode}): {(proc.stderr or proc.stdout)[-500:]}")
    return parse_wrk(proc.stdout)


def parse_wrk(out: str) -> dict:
    """Requests, errors (non-2xx/3xx and socket errors), seconds, req/s and p50/p99 latency from
    wrk's ``--latency`` report."""
    total = re.search(r"(\d+) requests in ([\d.]+)(us|ms|s|m)", out)
    pct = dict(re.findall(r"^\s+(50|99)(?:\.0+)?%\s+(\S+)", out, re.M))
    errors = int(m[1]) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", out)) else 0
    if m := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out):
        errors += sum(int(x) for x in m.groups())
    return {"requests": int(total[1]), "errors": errors, "abandoned": 0,
            "seconds": _wrk_ms(total[2] + total[3]) / 1e3,
            "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out)[1]),
            "p50_ms": _wrk_ms(pct["50"]), "p99_ms": _wrk_ms(pct["99"]), "generator": "wrk"}


def use_wrk(items: list[Request]) -> bool:
    return shutil.which("wrk") is not None and all(method == "GET" for method, _, _ in items)


def cycler(items: list[Request]) -> Callable[[], Request]:
    """A thread-safe round-robin over ``items``."""
    it, lock = itertools.cycle(items), threading.Lock()

    def nxt() -> Request:
        with lock:
            return next(it)
    return nxt


def read_requests(db_path: str, n: int = 2000, seed: int = 7) -> dict[str, list[Request]]:
    """Request mixes per read endpoint, sampled from the store at ``db_path``."""
    rng = random.Random(seed)
    conn = sqlite3.connect(db_path)
    top = conn.execute("SELECT max(rowid) FROM claims").fetchone()[0] or 1
    rowids = [rng.randint(1, top) for _ in range(n)]
    rows = []
    for i in range(0, n, 500):
        chunk = rowids[i:i + 500]
        rows += conn.execute(f"SELECT id, text FROM claims WHERE rowid IN ({','.join('?' * len(chunk))})",
                             chunk).fetchall()
    # claims and articles with stored matches (the fresh articles the ingest benchmark added)
    matched = [r[0] for r in conn.execute("SELECT DISTINCT claim_id FROM matches ORDER BY random() LIMIT 300")]
    conflicted = [r[0] for r in conn.execute(
        "SELECT DISTINCT c.article_id FROM matches m JOIN claims c ON c.id = m.claim_id "
        "WHERE m.relation = 'conflicts' ORDER BY random() LIMIT 100")]
    conn.close()
    queries = []
    for _, text in rows[:300]:
        words = [w for w in text.split() if len(w) > 3]
        if len(words) >= 2:
            k = rng.randrange(len(words) - 1)
            queries.append(" ".join(words[k:k + rng.choice((2, 3))]))
    out = {
        "GET /v1/claims/{id}": [("GET", f"/v1/claims/{cid}", None) for cid, _ in rows],
        "GET /v1/claims?attribution=anonymous": [("GET", "/v1/claims?attribution=anonymous", None)],
        "GET /v1/claims?q=...": [("GET", "/v1/claims?" + urllib.parse.urlencode({"q": q}), None)
                                 for q in queries or ["company"]],
    }
    if matched:
        out["GET /v1/claims/{id}/matches?relation=agrees"] = [
            ("GET", f"/v1/claims/{cid}/matches?relation=agrees", None) for cid in matched]
        out["GET /v1/claims/{id}/provenance"] = [("GET", f"/v1/claims/{cid}/provenance", None) for cid in matched]
    if conflicted:
        out["GET /v1/conflicts?article_id=..."] = [("GET", f"/v1/conflicts?article_id={aid}", None)
                                                   for aid in conflicted]
    return out


def post_requests(arts: list[dict]) -> list[Request]:
    return [("POST", "/v1/articles", json.dumps(a, ensure_ascii=False).encode()) for a in arts]


def measure(port: int, name: str, items: list[Request], duration: float, runs: int, conns: int,
            workdir: Path) -> list[dict]:
    nxt = cycler(items)
    load(port, nxt, min(0.5, duration), min(conns, 8))  # warm-up
    results = []
    for r in range(runs):
        if use_wrk(items):
            results.append(wrk_load(port, items, duration, conns, workdir))
        else:
            results.append({**load(port, nxt, duration, conns), "generator": "python"})
        res = results[-1]
        progress(f"  {name} run {r + 1}: {res['rps']:.0f} req/s, p50 {_ms(res['p50_ms'])}, "
                 f"p99 {_ms(res['p99_ms'])}, {res['errors']} errors, {res['abandoned']} abandoned")
        if res["abandoned"]:  # the server is still busy with them: further runs would measure that
            progress(f"  {name}: requests outlived the run; no further runs")
            break
    return results


def _ms(v: float | None) -> str:
    return "-" if v is None else f"{v:.1f} ms"


def _row(name: str, res: list[dict], ceiling: dict | None, conns: int) -> Row:
    rps = median(r["rps"] for r in res)
    p50, p99 = median(r["p50_ms"] for r in res), median(r["p99_ms"] for r in res)
    errors, abandoned = sum(r["errors"] for r in res), sum(r["abandoned"] for r in res)
    note = f"p50 {_ms(p50)}, p99 {_ms(p99)}, {res[0].get('generator', 'python')}"
    note += f", {errors} errors" if errors else ""
    note += f", {abandoned} unanswered after {res[0]['seconds']:.0f} s" if abandoned else ""
    return Row("http", f"{name} req/s ({conns} conns)", rps, "req/s", "bare Flask hello",
               ceiling and ceiling["rps"], ratio(rps, ceiling and ceiling["rps"]), note)


def run(db_path: str, post_articles: list[dict], duration: float, runs: int, conns: int,
        post_conns: int, workdir: Path) -> tuple[list[Row], dict]:
    """Rows and raw figures: hello ceiling, the reads (claims, search, and the match reads when the
    store holds matches), fresh-article POSTs, worker peak RSS.

    The server is restarted after an endpoint that left requests unanswered, so its backlog cannot
    slow the next one."""
    from .memory import worker_hwm_mb
    raw: dict = {"duration_s": duration, "runs": runs, "conns": conns, "post_conns": post_conns,
                 "worker_hwm_mb": {}}
    progress("http: bare Flask hello under gunicorn")
    with serve("bench.hello_app:app", workdir / "hello.log") as (port, _):
        hello = measure(port, "GET /hello", [("GET", "/hello", None)], duration, runs, conns, workdir)
    ceiling = {k: median(r[k] for r in hello) for k in ("rps", "p50_ms", "p99_ms")}
    raw["GET /hello"] = hello
    rows = [Row("http", f"GET /hello req/s ({conns} conns)", ceiling["rps"], "req/s", "", None, None,
                f"p50 {_ms(ceiling['p50_ms'])}, p99 {_ms(ceiling['p99_ms'])}, "
                f"{hello[0].get('generator', 'python')} (the ceiling)")]
    progress(f"http: factcheck over {db_path}")
    plan = [(name, items, conns) for name, items in read_requests(db_path).items()]
    plan.append(("POST /v1/articles", post_requests(post_articles), post_conns))
    raw["post_articles_available"] = len(post_articles)
    with contextlib.ExitStack() as stack:
        server = None
        for name, items, n in plan:
            if server is None:
                server = stack.enter_context(serve("wsgi:app", workdir / "app.log", db_path))
            raw[name] = measure(server[0], name, items, duration, runs, n, workdir)
            raw["worker_hwm_mb"][name] = worker_hwm_mb(server[1])
            rows.append(_row(name, raw[name], ceiling, n))
            if any(r["abandoned"] for r in raw[name]):  # its backlog would slow the next endpoint
                stack.close()
                server = None
    return rows, raw
