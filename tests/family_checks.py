"""Helpers for tests of article families ingested through the API."""
from __future__ import annotations


def claim_with(arts: list[dict], ref) -> dict:
    """The first claim of article ``ref[0]`` (an ingest response) whose text holds ``ref[1]``."""
    idx, needle = ref
    hits = [c for c in arts[idx]["claims"] if needle in c["text"]]
    assert hits, f"no claim with {needle!r} in article {idx}: {[c['text'] for c in arts[idx]['claims']]}"
    return hits[0]
