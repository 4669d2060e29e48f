"""CLI: init-db, ingest folders/index files with a summary, export → import round trip."""
from __future__ import annotations

import json
import shutil

from conftest import SEEDS

from factcheck import create_app


def _run(app, *args):
    result = app.test_cli_runner().invoke(args=list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_ingest_folder_with_index_then_again(tmp_path):
    app = create_app({"DATABASE": str(tmp_path / "a.db")})
    out = _run(app, "ingest", str(SEEDS))
    assert "new: 2  already present: 0  rejected: 0" in out
    out = _run(app, "ingest", str(SEEDS))
    assert "new: 0  already present: 2  rejected: 0" in out
    client = app.test_client()
    pubs = {a["publisher"] for a in client.get("/v1/articles").get_json()["items"]}
    assert "الجريدة العقارية" in pubs


def test_ingest_reports_rejections_with_reasons(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Acme hired 40 engineers in March 2024, the company said.", encoding="utf-8")
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "latin1.txt").write_bytes("caf\xe9 closed".encode("latin-1"))
    app = create_app({"DATABASE": str(tmp_path / "b.db")})
    out = _run(app, "ingest", str(folder))
    assert "new: 1  already present: 0  rejected: 2" in out
    assert "empty.txt" in out and "non-whitespace" in out
    assert "latin1.txt" in out and "UTF-8" in out


def test_export_import_round_trip_is_exact(tmp_path):
    src = create_app({"DATABASE": str(tmp_path / "src.db")})
    _run(src, "ingest", str(SEEDS))
    dump = tmp_path / "dump.ndjson"
    _run(src, "export", str(dump))
    lines = dump.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    dst = create_app({"DATABASE": str(tmp_path / "dst.db")})
    assert "new: 2" in _run(dst, "import", str(dump))
    assert "already present: 2" in _run(dst, "import", str(dump))
    a, b = src.test_client(), dst.test_client()
    for art in a.get("/v1/articles").get_json()["items"]:
        assert a.get(f"/v1/articles/{art['id']}").get_json() == b.get(f"/v1/articles/{art['id']}").get_json()
    dump2 = tmp_path / "dump2.ndjson"
    _run(dst, "export", str(dump2))
    assert dump2.read_text(encoding="utf-8") == dump.read_text(encoding="utf-8")


def test_import_rejects_lines_whose_spans_do_not_match(tmp_path):
    src = create_app({"DATABASE": str(tmp_path / "s.db")})
    _run(src, "ingest", str(SEEDS))
    dump = tmp_path / "d.ndjson"
    _run(src, "export", str(dump))
    record = json.loads(dump.read_text(encoding="utf-8").splitlines()[1])
    record["claims"][0]["start"] += 1
    bad = tmp_path / "bad.ndjson"
    bad.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    dst = create_app({"DATABASE": str(tmp_path / "t.db")})
    out = _run(dst, "import", str(bad))
    assert "rejected: 1" in out
    assert dst.test_client().get("/healthz").get_json()["articles"] == 0


def test_init_db_creates_the_database(tmp_path):
    target = tmp_path / "sub" / "new.db"
    app = create_app({"DATABASE": str(target)})
    out = _run(app, "init-db")
    assert target.exists() and "0001_articles_claims" in out
    shutil.rmtree(tmp_path / "sub")
