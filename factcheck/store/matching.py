"""Storage side of matching: blocking keys per claim, candidate fetch, stored match pairs."""
from __future__ import annotations

from ..models import Claim


def index_and_match(db, claims: list[Claim], article_row: dict) -> int:
    """Store blocking keys of ``claims`` and their matches against stored claims; returns pairs stored."""
    return 0
