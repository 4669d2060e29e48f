"""Flask commands: init-db, ingest PATH..., export, import (run as ``flask --app wsgi <command>``)."""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import with_appcontext
from marshmallow import ValidationError

from .store.db import connect


def _db():
    cfg = current_app.config
    return connect(cfg["DATABASE"], cfg["BUSY_TIMEOUT"])


def _progress(items, label: str):
    """A progress bar on a terminal, plain iteration otherwise."""
    if sys.stderr.isatty():
        return click.progressbar(items, label=label, file=sys.stderr)
    return _Plain(items)


class _Plain:
    def __init__(self, items):
        self.items = items

    def __enter__(self):
        return self.items

    def __exit__(self, *exc):
        return False


@click.command("init-db")
@with_appcontext
def init_db():
    """Create the database or apply pending migrations."""
    from .store.migrations import migrations
    from .store.setup import ensure_schema
    from .store.sources import seed_gazetteer
    ensure_schema(current_app.config["DATABASE"], current_app.config["BUSY_TIMEOUT"])
    seed_gazetteer(_db())
    names = [m.name for m in migrations.applied(_db())]
    click.echo(f"database {current_app.config['DATABASE']} ready; migrations: {', '.join(names)}")


@click.command("ingest")
@with_appcontext
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--no-match", is_flag=True, help="Store claims without matching them.")
def ingest_cmd(paths, no_match):
    """Ingest article files, folders of .txt files, or index.json files with metadata."""
    from .ingest_files import collect, ingest_one
    jobs, rejected = collect(paths)
    counts, reasons = Counter(), list(rejected)
    db = _db()
    with _progress(jobs, "ingesting") as bar:
        for job in bar:
            status, reason = ingest_one(db, job, match=not no_match)
            counts[status] += 1
            if reason:
                reasons.append((job.name, reason))
    counts["rejected"] += len(rejected)
    click.echo(f"new: {counts['new']}  already present: {counts['present']}  rejected: {counts['rejected']}")
    for name, reason in reasons:
        click.echo(f"  rejected {name}: {reason}", err=True)


@click.command("export")
@with_appcontext
@click.argument("output", type=click.File("w", encoding="utf-8"), default="-")
def export_cmd(output):
    """Write every article and its claims as NDJSON (one article a line)."""
    from .store.transfer import export_lines
    n = 0
    for line in export_lines(_db()):
        output.write(line + "\n")
        n += 1
    click.echo(f"exported {n} articles", err=True)


@click.command("import")
@with_appcontext
@click.argument("source", type=click.File("r", encoding="utf-8"), default="-")
@click.option("--no-match", is_flag=True, help="Store claims without matching them.")
def import_cmd(source, no_match):
    """Read NDJSON written by ``export``; articles already stored are skipped."""
    from .store.matching import index_and_match
    from .store.transfer import import_record
    db, counts = _db(), Counter()
    for n, line in enumerate(source, 1):
        if not line.strip():
            continue
        try:
            added = import_record(db, json.loads(line), None if no_match else index_and_match)
            counts["new" if added else "present"] += 1
        except (ValueError, KeyError, TypeError, ValidationError) as exc:
            counts["rejected"] += 1
            click.echo(f"  line {n} rejected: {exc}", err=True)
    click.echo(f"new: {counts['new']}  already present: {counts['present']}  rejected: {counts['rejected']}")


def register_cli(app: Flask) -> None:
    from . import cli_ops
    for cmd in (init_db, ingest_cmd, export_cmd, import_cmd):
        app.cli.add_command(cmd)
    cli_ops.register(app)
