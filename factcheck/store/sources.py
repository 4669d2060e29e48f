"""Sources registry: canonical names, kinds and aliases; claims link to it by ``source_id``.

The bundled gazetteer (lexicons/sources.json) is loaded once into ``sources``/``source_aliases``;
clients add sources and aliases through the API. A claim's source phrase resolves, in order, by
its exact alias key, by a stored alias or gazetteer name found inside it, or becomes a new source.
"""
from __future__ import annotations

from dataclasses import replace

from ..attribution.sources import alias_key, resolve
from ..lexicons import load_json
from ..models import Claim
from . import paging

KINDS = ("media", "company", "person", "government", "anonymous-group", "organisation")
_KIND_BY_TYPE = {"anonymous": "anonymous-group", "official": "organisation", "named": "person"}


def _now() -> str:
    from ..services import now_iso
    return now_iso()


def add_alias(db, source_id: int, alias: str) -> bool:
    """Attach ``alias``; False when its key already names a source."""
    key = alias_key(alias)
    if not key:
        return False
    cur = db.conn.execute("INSERT OR IGNORE INTO source_aliases(alias_key, source_id, alias) VALUES (?, ?, ?)",
                          [key, source_id, alias])
    return cur.rowcount == 1


def create(db, name: str, kind: str, aliases=(), origin: str = "extracted") -> int:
    """A new source (origin: gazetteer, api or extracted) with its name and aliases."""
    cur = db.conn.execute("INSERT INTO sources(name, kind, origin, created_at) VALUES (?, ?, ?, ?)",
                          [name, kind, origin, _now()])
    sid = cur.lastrowid
    for alias in (name, *aliases):
        add_alias(db, sid, alias)
    return sid


def seed_gazetteer(db) -> int:
    """Load the bundled gazetteer (sources not yet present by name); returns sources added."""
    from .db import write_transaction
    added = 0
    with write_transaction(db):
        known = {r[0] for r in db.conn.execute("SELECT name FROM sources")}
        for entry in load_json("", "sources").get("sources", []):
            if entry["name"] not in known:
                create(db, entry["name"], entry["kind"], entry.get("aliases", ()), origin="gazetteer")
                added += 1
    return added


def by_key(db, phrase: str) -> int | None:
    row = db.conn.execute("SELECT source_id FROM source_aliases WHERE alias_key = ?", [alias_key(phrase)]).fetchone()
    return row[0] if row else None


def _by_name(db, name: str) -> int | None:
    row = db.conn.execute("SELECT id FROM sources WHERE name = ? ORDER BY id LIMIT 1", [name]).fetchone()
    return row[0] if row else None


def _user_aliases(db) -> dict[str, tuple[str, str]]:
    """Aliases added through the API (not the gazetteer's), for the resolver to search inside phrases."""
    rows = db.conn.execute(
        "SELECT a.alias, s.name, s.kind FROM source_aliases a JOIN sources s ON s.id = a.source_id "
        "WHERE s.origin = 'api' ORDER BY a.rowid DESC LIMIT 5000")
    return {alias: (name, kind) for alias, name, kind in rows}


def resolve_id(db, phrase: str, attribution_type: str, source_kind: str | None, extra=None) -> int | None:
    """The id of the source a phrase names, created when new."""
    if not alias_key(phrase):
        return None
    sid = by_key(db, phrase)
    if sid is not None:
        return sid
    hit = resolve(phrase, extra)
    if hit is not None:
        sid = _by_name(db, hit[0])
        if sid is not None:
            return sid
    name = phrase.strip().strip("«»\"'“”")
    kind = source_kind if source_kind in KINDS else _KIND_BY_TYPE.get(attribution_type, "organisation")
    return create(db, name or phrase, kind)


def link_claims(db, claims: list[Claim]) -> list[Claim]:
    """Claims with ``source_id`` set from their source phrase (inside the caller's transaction)."""
    extra = None
    out = []
    for c in claims:
        src = c.attribution.source
        if src is None or c.attribution.type == "unattributed":
            out.append(c)
            continue
        if extra is None:
            extra = _user_aliases(db)
        out.append(replace(c, source_id=resolve_id(db, src.text, c.attribution.type,
                                                   c.attribution.source_kind, extra)))
    return out


def get(db, source_id: int) -> dict | None:
    row = db.conn.execute("SELECT id, name, kind, created_at, origin FROM sources WHERE id = ?",
                          [source_id]).fetchone()
    if row is None:
        return None
    aliases = [r[0] for r in db.conn.execute(
        "SELECT alias FROM source_aliases WHERE source_id = ? ORDER BY rowid", [source_id])]
    n = db.conn.execute("SELECT count(*) FROM claims WHERE source_id = ?", [source_id]).fetchone()[0]
    return {"id": row[0], "name": row[1], "kind": row[2], "created_at": row[3], "origin": row[4], "aliases": aliases,
            "claim_count": n}


def list_page(db, limit: int, cursor: str | None, kind: str | None, q: str | None):
    """Sources by id, filtered by kind and by a name or alias containing ``q`` (folded)."""
    where, params = ["s.id > ?"], [paging.decode(cursor) or 0]
    if kind:
        where.append("s.kind = ?")
        params.append(kind)
    if q:
        where.append("s.id IN (SELECT source_id FROM source_aliases WHERE alias_key LIKE ? ESCAPE '\\')")
        key = alias_key(q).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params.append(f"%{key}%")
    ids = [r[0] for r in db.conn.execute(
        f"SELECT s.id FROM sources s WHERE {' AND '.join(where)} ORDER BY s.id LIMIT ?", [*params, limit + 1])]
    ids, nxt = paging.page(ids, limit, lambda i: i)
    return [get(db, i) for i in ids], nxt
