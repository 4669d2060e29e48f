"""The one orchestrator: validated input → pure pipeline → one write transaction (store + match)."""
from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import UTC, datetime

from .models import Article, ArticleInput
from .pipeline import analyze
from .store import articles, matching, sources
from .store.db import write_transaction
from .text.normalize import key_text


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def article_id_for(sha256: str) -> str:
    """Articles are content-addressed: identical text, identical id."""
    return sha256[:16]


def load_article(db, article_id: str) -> Article | None:
    """An article with its text and all its claims."""
    art = articles.get(db, article_id, with_text=True)
    if art is None:
        return None
    return replace(art, claims=tuple(articles.all_claims(db, article_id)))


def ingest(db, inp: ArticleInput, match: bool = True) -> tuple[Article, bool]:
    """``store_article``, then the stored article with its claims: (article, created)."""
    aid, created = store_article(db, inp, match)
    article = load_article(db, aid)
    assert article is not None  # stored or found just now; articles are never deleted
    return article, created


def store_article(db, inp: ArticleInput, match: bool = True) -> tuple[str, bool]:
    """Store ``inp`` with its claims (and their matches) unless the same text is stored already.

    Returns (article id, created). Extraction and the candidate search for matching run
    before the write lock is taken; the article, its claims, their keys and matches are written in
    one transaction or not at all (matching catches up there with claims stored meanwhile).
    """
    sha = hashlib.sha256(inp.text.encode("utf-8", "surrogatepass")).hexdigest()
    found = articles.by_sha(db, sha)
    if found:
        return found["id"], False
    analysis = analyze(inp.text, inp.language, inp.published_date)
    aid = article_id_for(sha)
    claims = [replace(c, id=f"{aid}-{i:04d}", article_id=aid) for i, c in enumerate(analysis.claims)]
    row = {
        "id": aid, "sha256": sha, "title": inp.title, "url": inp.url, "publisher": inp.publisher,
        "published_at": inp.published_at,
        "published_date": inp.published_date.isoformat() if inp.published_date else None,
        "language": analysis.language, "text": inp.text, "ingested_at": now_iso(),
        "claim_count": len(claims),
    }
    key_texts = [key_text(c.text) for c in claims]
    planned = matching.plan(db, claims, aid, key_texts, row["published_date"]) if match else None  # reads only
    with write_transaction(db, foreign_keys=False):  # every row references this article or stored claims
        if articles.by_sha(db, sha):
            created = False
        else:
            claims = sources.link_claims(db, claims)
            articles.insert(db, row, claims, key_texts)
            if match:
                matching.index_and_match(db, claims, row, planned)
            created = True
    return aid, created
