"""Schema, created and changed only through named sqlite-utils migrations (applied in order, once)."""
from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("factcheck")


@migrations(name="0001_articles_claims")
def _articles_claims(db: Database) -> None:
    db["articles"].create({
        "id": str, "sha256": str, "title": str, "url": str, "publisher": str, "published_at": str,
        "published_date": str, "language": str, "text": str, "ingested_at": str, "claim_count": int,
    }, pk="id", not_null={"sha256", "language", "text", "ingested_at"})
    db["articles"].create_index(["sha256"], unique=True)
    db["articles"].create_index(["publisher"])
    db["articles"].create_index(["language"])
    db["articles"].create_index(["published_date"])
    db["claims"].create({
        "id": str, "article_id": str, "idx": int, "text": str, "start": int, "end": int,
        "language": str, "event": str, "subject": str, "subject_start": int, "subject_end": int,
        "subject_key": str, "attribution_type": str, "source_text": str, "source_start": int,
        "source_end": int, "cue_text": str, "cue_start": int, "cue_end": int, "cited_text": str,
        "cited_start": int, "cited_end": int, "source_kind": str, "carried": int, "source_id": int,
        "checkworthiness": float, "negated": int, "quantities": str, "dates": str,
        "key_text": str, "published_date": str,
    }, pk="id", foreign_keys=[("article_id", "articles", "id")],
        not_null={"article_id", "text", "start", "end", "attribution_type"})
    db["claims"].create_index(["article_id", "idx"], unique=True)
    db["claims"].create_index(["attribution_type"])
    db["claims"].create_index(["event"])
    db["claims"].create_index(["language"])
    db["claims"].create_index(["source_id"])
    db["claims"].enable_fts(["key_text"], fts_version="FTS5", create_triggers=True,
                            tokenize="unicode61 remove_diacritics 2")


@migrations(name="0002_sources")
def _sources(db: Database) -> None:
    db["sources"].create({"id": int, "name": str, "kind": str, "origin": str, "created_at": str}, pk="id",
                         not_null={"name", "kind"})
    db["sources"].create_index(["kind"])
    db["source_aliases"].create({"alias_key": str, "source_id": int, "alias": str}, pk="alias_key",
                                foreign_keys=[("source_id", "sources", "id")])
    db["source_aliases"].create_index(["source_id"])


@migrations(name="0003_matches")
def _matches(db: Database) -> None:
    db["claim_keys"].create({"key": str, "claim_id": str}, pk=("key", "claim_id"),
                            foreign_keys=[("claim_id", "claims", "id")])
    db["claim_keys"].create_index(["claim_id"])
    db["matches"].create({
        "claim_id": str, "other_id": str, "relation": str, "score": float, "reasons": str,
        "created_at": str,
    }, pk=("claim_id", "other_id"), foreign_keys=[("claim_id", "claims", "id"), ("other_id", "claims", "id")])
    db["matches"].create_index(["other_id"])
    db["matches"].create_index(["relation"])
    db["key_df"].create({"key": str, "n": int}, pk="key")


@migrations(name="0004_keys_limits")
def _keys_limits(db: Database) -> None:
    db["api_keys"].create({
        "id": int, "label": str, "key_hash": str, "created_at": str, "last_used_at": str,
        "revoked_at": str,
    }, pk="id", not_null={"key_hash", "created_at"})
    db["api_keys"].create_index(["key_hash"], unique=True)
    db["rate_limits"].create({"bucket": str, "window": int, "count": int}, pk=("bucket", "window"))


@migrations(name="0005_fts_vocabulary")
def _fts_vocabulary(db: Database) -> None:
    # document frequency of every indexed token: lets search pick a query's rare tokens
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS claims_fts_vocab USING fts5vocab(claims_fts, 'row')")


@migrations(name="0006_claim_frames")
def _claim_frames(db: Database) -> None:
    # matching keys of stored claims (match/stored.py frames), so candidates are loaded, not recomputed
    db["claim_frames"].create({"claim_id": str, "version": str, "frame": str}, pk="claim_id",
                              foreign_keys=[("claim_id", "claims", "id")], not_null={"version", "frame"})
    from .frames import backfill
    backfill(db)


@migrations(name="0007_claim_documents")
def _claim_documents(db: Database) -> None:
    # each claim's API document, written once (claims never change): list pages join them as they are
    db.execute("ALTER TABLE claims ADD COLUMN doc TEXT")
    from .rows import backfill_docs
    backfill_docs(db)


@migrations(name="0008_compound_blocking_keys")
def _compound_keys(db: Database) -> None:
    # compound blocking keys (match/blocking.py): stored claims are indexed under them too, so new
    # claims find older counterparts through them (later key changes: ``flask rekey``)
    from .rekey import rekey
    rekey(db)


@migrations(name="0009_claim_publication_index")
def _claim_publication_index(db: Database) -> None:
    # candidate search orders equally weighted candidates by publication date: read from this index alone
    db["claims"].create_index(["id", "published_date"], index_name="idx_claims_id_published")


@migrations(name="0010_drop_matches_other_index")
def _drop_matches_other_index(db: Database) -> None:
    # no query reads matches by other_id (both directions of a pair are stored, each read by claim_id),
    # and claims are never deleted (the only use of an index on a child key is checking deletions):
    # the index cost every ingest ~70 random page writes at 1M claims. Deleting claims would need it back.
    db.execute("DROP INDEX IF EXISTS idx_matches_other_id")


@migrations(name="0011_attribution_counts")
def _attribution_counts(db: Database) -> None:
    # claims per publisher, publication day and attribution type, added to by every write of an
    # article (reports.count_claims): attribution stats read these rows, never every claim
    db.execute("CREATE TABLE attribution_counts (publisher TEXT, published_date TEXT, "
               "attribution_type TEXT NOT NULL, n INTEGER NOT NULL)")
    db.execute("CREATE INDEX idx_attribution_counts ON attribution_counts (publisher, published_date, attribution_type)")
    from .reports import RECOUNT_SQL
    db.execute(RECOUNT_SQL)



_CLUSTERED = {
    # table: (columns with their constraints, primary key, secondary indexes)
    "claim_keys": ('"key" TEXT, "claim_id" TEXT REFERENCES "claims"("id")', '"key", "claim_id"',
                   ['CREATE INDEX "idx_claim_keys_claim_id" ON "claim_keys" ("claim_id")']),
    "key_df": ('"key" TEXT, "n" INTEGER', '"key"', []),
}


@migrations(name="0012_clustered_matching_index")
def _clustered_matching_index(db: Database) -> None:
    # posting lists and key frequencies as clustered tables: a rowid table keyed by a text primary
    # key is two B-trees (the rows and the key's index), and every article stores a few hundred keys
    # at random places in both; clustered, each key is one write (at 1M claims ~110 of ~700 pages
    # an ingest wrote were the second tree's). Rows are copied in key order, so the copy appends.
    for table, (columns, pk, indexes) in _CLUSTERED.items():
        cols = ", ".join(c.split()[0] for c in columns.split(", "))
        db.execute(f'CREATE TABLE "{table}_clustered" ({columns}, PRIMARY KEY ({pk})) WITHOUT ROWID')
        db.execute(f'INSERT INTO "{table}_clustered" ({cols}) SELECT {cols} FROM "{table}" ORDER BY {pk}')
        db.execute(f'DROP TABLE "{table}"')
        db.execute(f'ALTER TABLE "{table}_clustered" RENAME TO "{table}"')
        for sql in indexes:
            db.execute(sql)
    # candidates tied on key weight are ordered by their article's publication date, read for up to
    # ~750 articles per ingest: from this index, not from the article rows that hold each text
    db["articles"].create_index(["id", "published_date"], index_name="idx_articles_id_published")


@migrations(name="0013_cited_source_type")
def _cited_source_type(db: Database) -> None:
    # the type of the source a claim's source cites ('Reuters, citing an official who declined to be named'),
    # so that ``rests_on`` (the end of the chain) can be filtered on; stored claims that cite a source are typed
    # from the stored phrase, and every stored API document gains both fields (in SQL: ~1M documents)
    from ..attribution.kinds import phrase_type
    db.execute("ALTER TABLE claims ADD COLUMN cited_type TEXT")
    rows = db.conn.execute("SELECT rowid, cited_text, language FROM claims WHERE cited_text IS NOT NULL").fetchall()
    db.conn.executemany("UPDATE claims SET cited_type = ? WHERE rowid = ?",
                        [(phrase_type(text, language), rowid) for rowid, text, language in rows])
    db.execute("UPDATE claims SET doc = json_set(doc, '$.attribution.cited_type', cited_type, "
               "'$.attribution.rests_on', coalesce(cited_type, attribution_type)) WHERE doc IS NOT NULL")
    db.execute("CREATE INDEX idx_claims_rests_on ON claims (coalesce(cited_type, attribution_type))")


def migrate(db: Database) -> list[str]:
    """Apply pending migrations; return the names applied."""
    pending = [m.name for m in migrations.pending(db)]
    migrations.apply(db)
    return pending
