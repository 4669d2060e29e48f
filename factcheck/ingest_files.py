"""Turning files on disk into validated article submissions for the ``ingest`` command."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from marshmallow import ValidationError

from .api.schemas import ArticleCreateSchema

META_KEYS = ("title", "url", "publisher", "published_at", "language")


@dataclass
class Job:
    name: str
    path: Path
    meta: dict = field(default_factory=dict)


def _from_index(index: Path) -> tuple[list[Job], list[tuple[str, str]]]:
    jobs, rejected = [], []
    try:
        entries = json.loads(index.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [], [(str(index), f"not a readable JSON index: {exc}")]
    if not isinstance(entries, list):
        return [], [(str(index), "index.json must be a list of objects with a 'file' key")]
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
            rejected.append((f"{index}[{i}]", "entry without a 'file' name"))
            continue
        meta = {k: entry[k] for k in META_KEYS if entry.get(k) is not None}
        jobs.append(Job(entry["file"], index.parent / entry["file"], meta))
    return jobs, rejected


def collect(paths) -> tuple[list[Job], list[tuple[str, str]]]:
    """Jobs for every article file found (folders: index.json when present, else *.txt)."""
    jobs, rejected = [], []
    for path in paths:
        if path.is_dir():
            index = path / "index.json"
            if index.exists():
                j, r = _from_index(index)
            else:
                j, r = [Job(p.name, p) for p in sorted(path.glob("*.txt"))], []
        elif path.name.endswith(".json"):
            j, r = _from_index(path)
        else:
            j, r = [Job(path.name, path)], []
        jobs += j
        rejected += r
    return jobs, rejected


def ingest_one(db, job: Job, match: bool = True) -> tuple[str, str | None]:
    """("new" | "present" | "rejected", reason)."""
    from .api.articles import to_input
    from .services import ingest
    try:
        text = job.path.read_bytes().decode("utf-8")
    except OSError as exc:
        return "rejected", f"cannot read: {exc.strerror}"
    except UnicodeDecodeError as exc:
        return "rejected", f"not UTF-8 (byte {exc.start})"
    try:
        body = ArticleCreateSchema().load({"text": text, **job.meta})
    except ValidationError as exc:
        return "rejected", "; ".join(f"{k}: {' '.join(v)}" for k, v in exc.messages.items())
    _, created = ingest(db, to_input(body), match=match)
    return ("new" if created else "present"), None
