"""The HTTP benchmark's wrk driver: its report parser, and (when wrk is installed) a real run."""
import shutil

import pytest

from bench.http_load import _wrk_script, parse_wrk

REPORT = """Running 5s test @ http://127.0.0.1:41233
  1 threads and 64 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    22.61ms    4.02ms  61.49ms   80.12%
    Req/Sec     2.85k   210.33     3.12k    74.00%
  Latency Distribution
     50%   21.97ms
     75%   23.90ms
     90%   26.84ms
     99%    1.20s
  14190 requests in 5.01s, 8.61MB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 4
Requests/sec:   2832.55
Transfer/sec:      1.72MB
"""


def test_wrk_report_is_parsed():
    got = parse_wrk(REPORT)
    assert got["requests"] == 14190 and got["rps"] == pytest.approx(2832.55)
    assert got["seconds"] == pytest.approx(5.01)
    assert got["p50_ms"] == pytest.approx(21.97) and got["p99_ms"] == pytest.approx(1200.0)
    assert got["errors"] == 4 + 3


def test_wrk_script_cycles_through_every_path(tmp_path):
    script = _wrk_script([("GET", "/v1/claims/a", None), ("GET", "/v1/claims?q=%D8%B4", None)],
                         tmp_path / "r.lua").read_text()
    assert '"/v1/claims/a"' in script and '"/v1/claims?q=%D8%B4"' in script
    assert "i = i % #paths + 1" in script


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("wrk") is None, reason="wrk (Debian package) not installed")
def test_wrk_drives_a_real_server(tmp_path):
    from bench.http_load import serve, wrk_load
    with serve("bench.hello_app:app", tmp_path / "hello.log") as (port, _):
        got = wrk_load(port, [("GET", "/hello", None)], 1, 4, tmp_path)
    assert got["requests"] > 0 and got["errors"] == 0 and got["p50_ms"] > 0
