"""Opaque cursors for keyset (and, for ranked search, offset) paging."""
from __future__ import annotations

import base64
import json


class BadCursor(ValueError):
    """The ``cursor`` parameter is not one this API issued."""


def encode(value) -> str:
    raw = json.dumps(value, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(cursor: str | None, kind: type = int):
    """The value inside ``cursor`` (None when absent); BadCursor when it is malformed."""
    if not cursor:
        return None
    try:
        value = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, UnicodeDecodeError) as exc:
        raise BadCursor("not a cursor issued by this API") from exc
    if not isinstance(value, kind) or isinstance(value, bool):
        raise BadCursor("not a cursor issued by this API")
    return value


def page(rows: list, limit: int, key) -> tuple[list, str | None]:
    """Split ``limit + 1`` fetched rows into the page and the cursor of the next one."""
    if len(rows) > limit:
        rows = rows[:limit]
        return rows, encode(key(rows[-1]))
    return rows, None
