"""Operations commands: API keys (``flask keys create|list|revoke``), ``flask backup PATH`` and
``flask rekey`` (re-index stored claims after the matching keys changed)."""
from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import AppGroup, with_appcontext

from .api.auth import hash_key, new_key
from .store.db import connect, write_transaction

keys = AppGroup("keys", help="Manage API keys (stored as sha256 hashes).")


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _db():
    cfg = current_app.config
    return connect(cfg["DATABASE"], cfg["BUSY_TIMEOUT"])


@keys.command("create")
@click.option("--label", required=True, help="Who or what the key is for.")
def keys_create(label: str):
    """Create a key and print it once; only its hash is stored."""
    key, db = new_key(), _db()
    with write_transaction(db):
        db.execute("INSERT INTO api_keys (label, key_hash, created_at) VALUES (?, ?, ?)",
                   [label, hash_key(key), now_iso()])
        key_id = db.execute("SELECT last_insert_rowid()").fetchone()[0]
    click.echo(f"created key {key_id} ({label}); store it now, it is not shown again:", err=True)
    click.echo(key)


@keys.command("list")
def keys_list():
    """Keys with label and times (never the key or its hash)."""
    rows = list(_db().query("SELECT id, label, created_at, last_used_at, revoked_at FROM api_keys ORDER BY id"))
    if not rows:
        click.echo("no keys")
    for r in rows:
        state = f"revoked {r['revoked_at']}" if r["revoked_at"] else "active"
        click.echo(f"{r['id']}\t{r['label'] or ''}\tcreated {r['created_at']}\t"
                   f"last used {r['last_used_at'] or 'never'}\t{state}")


@keys.command("revoke")
@click.argument("key_id", type=int)
def keys_revoke(key_id: int):
    """Revoke key KEY_ID: requests with it get 403 from now on."""
    db = _db()
    with write_transaction(db):
        row = db.execute("SELECT revoked_at FROM api_keys WHERE id = ?", [key_id]).fetchone()
        if row is None:
            raise click.ClickException(f"no key with id {key_id}")
        if row[0] is None:
            db.execute("UPDATE api_keys SET revoked_at = ? WHERE id = ?", [now_iso(), key_id])
    click.echo(f"key {key_id} revoked")


@click.command("backup")
@with_appcontext
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Replace PATH if it exists.")
def backup(path: Path, force: bool):
    """Copy the live database to PATH with SQLite's online backup (safe while serving)."""
    if path.exists() and not force:
        raise click.ClickException(f"{path} exists; pass --force to replace it")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".partial")
    tmp.unlink(missing_ok=True)
    src = _db().conn
    dst = sqlite3.connect(tmp)
    try:
        src.backup(dst, pages=1024)
        check = dst.execute("PRAGMA integrity_check").fetchone()[0]
        dst.execute("PRAGMA journal_mode = DELETE")
    finally:
        dst.close()
        src.close()
    if check != "ok":
        tmp.unlink(missing_ok=True)
        raise click.ClickException(f"the copy failed its integrity check: {check}")
    os.replace(tmp, path)
    click.echo(f"backed up {current_app.config['DATABASE']} to {path} ({path.stat().st_size} bytes)")


@click.command("rekey")
@with_appcontext
@click.option("--batch", default=2000, show_default=True, type=click.IntRange(100, 100_000),
              help="Claims re-indexed per write transaction.")
@click.option("--if-stale", is_flag=True, help="Do nothing when every stored frame is current.")
def rekey_cmd(batch: int, if_stale: bool):
    """Rewrite the blocking keys and frames of every stored claim with the current matching code
    (safe while serving: one write transaction per batch)."""
    from .store.rekey import rekey, stale_claims
    db = _db()
    stale = stale_claims(db)
    if if_stale and not stale:
        click.echo("every stored claim has current keys; nothing to do")
        return

    def progress(done: int, total: int) -> None:
        click.echo(f"  rekeyed {done:,} of {total:,} claims", err=True)

    def in_transaction(step) -> None:
        with write_transaction(db):
            step()

    n = rekey(db, batch, progress, in_transaction)
    click.echo(f"rekeyed {n:,} claims ({stale:,} had stale keys)")


def register(app: Flask) -> None:
    """Add the operations commands to ``app.cli``."""
    app.cli.add_command(keys)
    app.cli.add_command(backup)
    app.cli.add_command(rekey_cmd)
