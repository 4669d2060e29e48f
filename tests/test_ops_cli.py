"""Operations commands: ``flask keys create|list|revoke`` and ``flask backup PATH``."""
from __future__ import annotations

import sqlite3
import threading

import pytest

from factcheck import create_app


@pytest.fixture
def app(tmp_path):
    return create_app({"DATABASE": str(tmp_path / "ops.db"), "TESTING": True})


def _run(app, *args):
    result = app.test_cli_runner().invoke(args=list(args))
    return result


def _create(app, label: str) -> str:
    r = _run(app, "keys", "create", "--label", label)
    assert r.exit_code == 0, r.output
    return r.stdout.strip().splitlines()[-1]


def test_created_key_works_and_is_stored_only_as_a_hash(app):
    key = _create(app, "newsroom desk")
    assert key.startswith("fc_") and len(key) > 40
    client = app.test_client()
    body = {"text": "The agency said 70 flights were cancelled on Sunday."}
    assert client.post("/v1/articles", json=body).status_code == 401
    assert client.post("/v1/articles", json=body, headers={"Authorization": f"Bearer {key}"}).status_code == 201
    dump = "\n".join(sqlite3.connect(app.config["DATABASE"]).iterdump())
    assert key not in dump
    listing = _run(app, "keys", "list").output
    assert "newsroom desk" in listing and "active" in listing and key not in listing
    assert "last used never" not in listing


def test_two_keys_are_different(app):
    assert _create(app, "a") != _create(app, "b")


def test_revoked_key_is_refused(app):
    key = _create(app, "temp")
    r = _run(app, "keys", "revoke", "1")
    assert r.exit_code == 0 and "revoked" in r.output
    client = app.test_client()
    r = client.post("/v1/articles", json={"text": "x said 1"}, headers={"X-API-Key": key})
    assert r.status_code == 403
    assert "revoked" in _run(app, "keys", "list").output


@pytest.mark.parametrize("args,needle", [
    (("keys", "revoke", "99"), "no key with id 99"),
    (("keys", "revoke", "abc"), "abc"),
    (("keys", "create"), "--label"),
])
def test_bad_key_commands_fail_cleanly(app, args, needle):
    r = _run(app, *args)
    assert r.exit_code != 0
    assert needle in r.output


def test_list_without_keys(app):
    assert "no keys" in _run(app, "keys", "list").output


def test_backup_is_a_consistent_copy_while_writes_go_on(app, tmp_path):
    client = app.test_client()
    for i in range(5):
        client.post("/v1/articles", json={"text": f"Officials said {i + 10} homes were damaged on Monday."})
    stop = threading.Event()

    def writer():
        wclient, n = app.test_client(), 100
        while not stop.is_set():
            wclient.post("/v1/articles", json={"text": f"Police said {n} cars were stolen last week."})
            n += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        r = _run(app, "backup", str(tmp_path / "copies" / "b.db"))
    finally:
        stop.set()
        thread.join()
    assert r.exit_code == 0, r.output
    copy = sqlite3.connect(tmp_path / "copies" / "b.db")
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    n = copy.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert n >= 5
    short = copy.execute("SELECT count(*) FROM articles a WHERE claim_count != "
                         "(SELECT count(*) FROM claims c WHERE c.article_id = a.id)").fetchone()[0]
    assert short == 0
    assert not (tmp_path / "copies" / "b.db.partial").exists()


def test_backup_refuses_to_overwrite_without_force(app, tmp_path):
    target = tmp_path / "b.db"
    target.write_bytes(b"precious")
    r = _run(app, "backup", str(target))
    assert r.exit_code != 0 and "--force" in r.output
    assert target.read_bytes() == b"precious"
    assert _run(app, "backup", "--force", str(target)).exit_code == 0
    assert sqlite3.connect(target).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
