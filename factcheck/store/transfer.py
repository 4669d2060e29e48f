"""NDJSON export and import: one line per article with its text and every claim, spans exact."""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict

from ..attribution.kinds import phrase_type
from ..models import Attribution, Claim, DateRef, Quantity, Span
from . import articles as articles_store
from .db import write_transaction


def _span(d: dict | None) -> Span | None:
    return None if d is None else Span(int(d["start"]), int(d["end"]), d["text"])


def claim_to_record(c: Claim) -> dict:
    return asdict(c)


def _cited_type(a: dict, language: str) -> str | None:
    """The cited source's type as exported, or (a file written before it was) read from its phrase."""
    cited = a.get("cited")
    if not cited:
        return None
    return a.get("cited_type") or phrase_type(cited["text"], language)


def record_to_claim(d: dict) -> Claim:
    a = d.get("attribution") or {}
    attribution = Attribution(type=a.get("type", "unattributed"), source=_span(a.get("source")),
                              cue=_span(a.get("cue")), cited=_span(a.get("cited")),
                              source_kind=a.get("source_kind"), carried=bool(a.get("carried")),
                              cited_type=_cited_type(a, d.get("language", "en")))
    return Claim(
        start=int(d["start"]), end=int(d["end"]), text=d["text"], language=d["language"],
        event=d.get("event"), subject=_span(d.get("subject")), subject_key=d.get("subject_key"),
        quantities=tuple(Quantity(**q) for q in d.get("quantities", [])),
        dates=tuple(DateRef(**x) for x in d.get("dates", [])), attribution=attribution,
        checkworthiness=float(d.get("checkworthiness", 0.5)), negated=bool(d.get("negated")),
        sentence=int(d.get("sentence", 0)), id=d["id"], article_id=d["article_id"],
        source_id=d.get("source_id"),
    )


def export_lines(db):
    """NDJSON lines, one per article in ingest order."""
    for row in db.query("SELECT * FROM articles ORDER BY rowid"):
        claims = articles_store.all_claims(db, row["id"])
        record = {"article": dict(row), "claims": [claim_to_record(c) for c in claims]}
        yield json.dumps(record, ensure_ascii=False)


def spans_of(c: Claim):
    yield c
    yield from c.quantities
    yield from c.dates
    for s in (c.subject, c.attribution.source, c.attribution.cue, c.attribution.cited):
        if s is not None:
            yield s


def check_record(record: dict) -> tuple[dict, list[Claim]]:
    """The article row and claims of one export line; ValueError when it is inconsistent."""
    art = dict(record["article"])
    text = art["text"]
    if hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest() != art.get("sha256"):
        raise ValueError(f"article {art.get('id')}: sha256 does not match its text")
    claims = [record_to_claim(c) for c in record.get("claims", [])]
    for c in claims:
        if c.article_id != art["id"]:
            raise ValueError(f"claim {c.id} belongs to {c.article_id}, not {art['id']}")
        for obj in spans_of(c):
            if text[obj.start:obj.end] != obj.text:
                raise ValueError(f"claim {c.id}: span {obj.start}-{obj.end} does not match the text")
    art["claim_count"] = len(claims)
    return art, claims


def import_record(db, record: dict, match) -> bool:
    """Insert one export line unless its article is stored already; True when inserted."""
    from ..text.normalize import key_text
    art, claims = check_record(record)
    with write_transaction(db):
        if articles_store.by_sha(db, art["sha256"]) or list(db.query(
                "SELECT 1 FROM articles WHERE id = ?", [art["id"]])):
            return False
        articles_store.insert(db, art, claims, [key_text(c.text) for c in claims])
        if match is not None:
            match(db, claims, art)
    return True

