"""Articles and their claims: writes in one transaction, reads with keyset paging."""
from __future__ import annotations

import sqlite3

from ..models import Article, Claim
from . import paging, reports
from .rows import CLAIM_COLS, claim_to_row, row_to_article, row_to_claim

ARTICLE_COLS = ("id, sha256, title, url, publisher, published_at, published_date, language, "
                "ingested_at, claim_count")


def by_sha(db, sha256: str) -> dict | None:
    rows = list(db.query(f"SELECT {ARTICLE_COLS}, text FROM articles WHERE sha256 = ?", [sha256]))
    return rows[0] if rows else None


MAX_VARIABLES = 32766  # SQLite's default limit of bound values per statement (since 3.32)


def _insert_rows(db, table: str, rows: list[dict]) -> None:
    """Plain multi-row ``INSERT`` of rows that share their columns, as few statements as the limit of
    bound values allows (one for any ordinary article). One statement matters for ``claims``: SQLite
    flushes the full-text index at the end of every statement that writes it through a trigger, so
    one statement per row made one index segment per claim, merged again inside the same ingest."""
    cols = list(rows[0])
    per = max(1, min(MAX_VARIABLES, _variable_limit(db)) // len(cols))
    head = f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in cols)}) VALUES "
    one = f"({', '.join('?' * len(cols))})"
    for i in range(0, len(rows), per):
        chunk = rows[i:i + per]
        db.conn.execute(head + ", ".join([one] * len(chunk)), [r[c] for r in chunk for c in cols])


def _variable_limit(db) -> int:
    try:
        return db.conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    except AttributeError:  # Python before 3.11
        return 999


def insert(db, article_row: dict, claims: list[Claim], key_texts: list[str]) -> None:
    """Insert one article row and its claims (the caller holds the write transaction)."""
    _insert_rows(db, "articles", [article_row])
    rows = []
    for idx, (claim, key_text) in enumerate(zip(claims, key_texts, strict=True)):
        rows.append(claim_to_row(claim, key_text, article_row.get("published_date"), idx))
    if rows:
        _insert_rows(db, "claims", rows)
        reports.count_claims(db, article_row.get("publisher"), article_row.get("published_date"),
                             (c.attribution.type for c in claims))


def get(db, article_id: str, with_text: bool = True) -> Article | None:
    cols = ARTICLE_COLS + (", text" if with_text else "")
    rows = list(db.query(f"SELECT {cols} FROM articles WHERE id = ?", [article_id]))
    return row_to_article(rows[0], with_text=with_text) if rows else None


def exists(db, article_id: str) -> bool:
    return bool(list(db.query("SELECT 1 FROM articles WHERE id = ?", [article_id])))


def list_page(db, limit: int, cursor: str | None, publisher: str | None = None,
              language: str | None = None, since: str | None = None) -> tuple[list[Article], str | None]:
    """Articles in ingest order, filtered, one page."""
    where, params = ["rowid > ?"], [paging.decode(cursor) or 0]
    for col, value in (("publisher", publisher), ("language", language)):
        if value is not None:
            where.append(f"{col} = ?")
            params.append(value)
    if since:
        where.append("published_date >= ?")
        params.append(since)
    sql = (f"SELECT rowid AS _rowid, {ARTICLE_COLS} FROM articles WHERE {' AND '.join(where)} "
           f"ORDER BY rowid LIMIT ?")
    rows = list(db.query(sql, [*params, limit + 1]))
    rows, nxt = paging.page(rows, limit, lambda r: r["_rowid"])
    return [row_to_article(r) for r in rows], nxt


def claims_page(db, article_id: str, limit: int, cursor: str | None) -> tuple[list[str], str | None]:
    """API documents (JSON text) of one article's claims in text order, one page."""
    after = paging.decode(cursor)
    rows = db.conn.execute("SELECT idx, doc FROM claims WHERE article_id = ? AND idx > ? ORDER BY idx LIMIT ?",
                           [article_id, -1 if after is None else after, limit + 1]).fetchall()
    rows, nxt = paging.page(rows, limit, lambda r: r[0])
    return [doc for _, doc in rows], nxt


def all_docs(db, article_id: str) -> list[str]:
    """API documents (JSON text) of all of one article's claims, in text order."""
    return [r[0] for r in db.conn.execute("SELECT doc FROM claims WHERE article_id = ? ORDER BY idx", [article_id])]


def all_claims(db, article_id: str) -> list[Claim]:
    return [row_to_claim(r) for r in db.query(
        f"SELECT {CLAIM_COLS} FROM claims WHERE article_id = ? ORDER BY idx", [article_id])]
