"""Conversions between dataclasses and table rows (JSON columns for quantities and dates)."""
from __future__ import annotations

import json

from ..models import Article, Attribution, Claim, DateRef, Quantity, Span, date_precision


def _span_cols(prefix: str, span: Span | None) -> dict:
    if span is None:
        return {f"{prefix}_text": None, f"{prefix}_start": None, f"{prefix}_end": None}
    return {f"{prefix}_text": span.text, f"{prefix}_start": span.start, f"{prefix}_end": span.end}


def _quantity_record(q: Quantity) -> dict:
    """``dataclasses.asdict(q)``, without its deep copies."""
    return {"start": q.start, "end": q.end, "text": q.text, "value": q.value, "unit": q.unit,
            "qualifier": q.qualifier, "total": q.total}


def _date_record(d: DateRef) -> dict:
    return {"start": d.start, "end": d.end, "text": d.text, "value": d.value, "relative": d.relative}


def _span(row: dict, prefix: str, text_col: str | None = None) -> Span | None:
    start = row.get(f"{prefix}_start")
    if start is None:
        return None
    return Span(start, row[f"{prefix}_end"], row[text_col or f"{prefix}_text"])


def claim_to_row(claim: Claim, key_text: str, published_date: str | None, idx: int = 0) -> dict:
    """Row of the ``claims`` table for a claim that already has ``id`` and ``article_id``
    (``idx``: its position in the article, which orders an article's claims). ``doc`` holds the
    claim's API document, derived from the row itself: claims never change once stored."""
    a = claim.attribution
    row = {
        "id": claim.id, "article_id": claim.article_id, "idx": idx,
        "text": claim.text, "start": claim.start, "end": claim.end, "language": claim.language,
        "event": claim.event, "subject": claim.subject.text if claim.subject else None,
        "subject_start": claim.subject.start if claim.subject else None,
        "subject_end": claim.subject.end if claim.subject else None, "subject_key": claim.subject_key,
        "attribution_type": a.type, "source_kind": a.source_kind, "carried": int(a.carried), "cited_type": a.cited_type,
        "source_id": claim.source_id, "checkworthiness": round(claim.checkworthiness, 4),
        "negated": int(claim.negated),
        "quantities": json.dumps([_quantity_record(q) for q in claim.quantities], ensure_ascii=False),
        "dates": json.dumps([_date_record(d) for d in claim.dates], ensure_ascii=False),
        "key_text": key_text, "published_date": published_date,
    }
    row.update(_span_cols("source", a.source))
    row.update(_span_cols("cue", a.cue))
    row.update(_span_cols("cited", a.cited))
    row["doc"] = doc_json(row)
    return row


# the columns ``row_to_claim`` reads (not key_text, published_date or the stored document)
CLAIM_COLS = ("id, article_id, idx, text, start, [end], language, event, subject, subject_start, subject_end, "
              "subject_key, attribution_type, source_text, source_start, source_end, cue_text, cue_start, cue_end, "
              "cited_text, cited_start, cited_end, cited_type, source_kind, carried, source_id, checkworthiness, negated, "
              "quantities, dates")


def row_to_claim(row: dict) -> Claim:
    """The ``Claim`` stored in a ``claims`` row."""
    attribution = Attribution(
        type=row["attribution_type"], source=_span(row, "source"), cue=_span(row, "cue"),
        cited=_span(row, "cited"), source_kind=row["source_kind"], carried=bool(row["carried"]),
        cited_type=row["cited_type"],
    )
    subject = _span(row, "subject", "subject")
    return Claim(
        start=row["start"], end=row["end"], text=row["text"], language=row["language"],
        event=row["event"], subject=subject, subject_key=row["subject_key"],
        quantities=tuple(Quantity(**q) for q in json.loads(row["quantities"] or "[]")),
        dates=tuple(DateRef(**d) for d in json.loads(row["dates"] or "[]")),
        attribution=attribution, checkworthiness=row["checkworthiness"] or 0.0,
        negated=bool(row["negated"]), id=row["id"],
        article_id=row["article_id"], source_id=row["source_id"],
    )


_EMPTY = ("[]", "", None)


def _span_doc(row, prefix: str, text_col: str | None = None) -> dict | None:
    start = row[f"{prefix}_start"]
    if start is None:
        return None
    return {"text": row[text_col or f"{prefix}_text"], "start": start, "end": row[f"{prefix}_end"]}


def _quantity_doc(q: dict) -> dict:
    total = q.get("total")
    return {"text": q["text"], "start": q["start"], "end": q["end"], "value": float(q["value"]),
            "unit": q.get("unit"), "qualifier": q.get("qualifier", "exact"),
            "total": None if total is None else float(total)}


def _date_doc(d: dict) -> dict:
    value = d["value"]
    return {"text": d["text"], "start": d["start"], "end": d["end"], "value": value,
            "precision": date_precision(value), "relative": d.get("relative", False)}


def row_to_doc(row) -> dict:
    """The API representation of a ``claims`` row (what ``ClaimSchema`` dumps for ``row_to_claim(row)``),
    built straight from the row: list pages render 50–500 of these per request."""
    qs, ds, cw = row["quantities"], row["dates"], row["checkworthiness"]
    return {
        "id": row["id"], "article_id": row["article_id"], "text": row["text"], "start": row["start"],
        "end": row["end"], "language": row["language"], "event": row["event"],
        "subject": _span_doc(row, "subject", "subject"), "subject_key": row["subject_key"],
        "quantities": [] if qs in _EMPTY else [_quantity_doc(q) for q in json.loads(qs)],
        "dates": [] if ds in _EMPTY else [_date_doc(d) for d in json.loads(ds)],
        "attribution": {"type": row["attribution_type"], "source": _span_doc(row, "source"),
                        "cue": _span_doc(row, "cue"), "cited": _span_doc(row, "cited"),
                        "cited_type": row.get("cited_type"),
                        "rests_on": row.get("cited_type") or row["attribution_type"], "source_kind": row["source_kind"],
                        "carried": bool(row["carried"])},
        "source_id": row["source_id"], "checkworthiness": float(cw or 0.0), "negated": bool(row["negated"]),
    }


def doc_json(row) -> str:
    """``row_to_doc(row)`` as compact JSON text (Arabic unescaped), as the API serves it."""
    return json.dumps(row_to_doc(row), ensure_ascii=False, separators=(",", ":"))


def backfill_docs(db, batch: int = 5000) -> int:
    """Write ``doc`` for stored claims that lack it (a migration's backfill); returns how many."""
    done = 0
    while True:
        rows = list(db.query("SELECT rowid AS _rowid, * FROM claims WHERE doc IS NULL LIMIT ?", [batch]))
        if not rows:
            return done
        db.conn.executemany("UPDATE claims SET doc = ? WHERE rowid = ?", [(doc_json(r), r["_rowid"]) for r in rows])
        done += len(rows)


def row_to_article(row: dict, with_text: bool = False, claims=None) -> Article:
    """The ``Article`` stored in an ``articles`` row."""
    return Article(
        id=row["id"], sha256=row["sha256"], language=row["language"], ingested_at=row["ingested_at"],
        claim_count=row["claim_count"], title=row["title"], url=row["url"], publisher=row["publisher"],
        published_at=row["published_at"], text=row["text"] if with_text else None,
        claims=tuple(claims) if claims is not None else None,
    )
