"""Stored form of ``ClaimKeys``: a compact binary frame, so stored claims' keys are loaded, not recomputed.

Needs: ``ClaimKeys`` (to dump) or a frame (to load). Adds: ``dump()``/``load()`` and
``KEYS_VERSION``, a digest of the frame format, the code and lexicons keys are derived from, and the
Python that wrote the frame: a frame stored under another version is stale and its claim's keys are
computed again (``flask rekey --if-stale`` rewrites them all).

A frame is ``marshal`` data (Python's own format for constants: str, float, tuple, frozenset and
dict, no code is run on load) of every field in ``ClaimKeys`` order, derived ones included, so that
loading is one C call and a constructor: ~3× faster than JSON plus rebuilding the derived fields,
which was the largest single cost of matching one article against a large store. The learned cues
of the shipped model are looked up again from the token set.
"""
from __future__ import annotations

import hashlib
import marshal
import sys
from dataclasses import fields
from pathlib import Path

import factcheck

from .keys import _NO_SCALES, ClaimKeys, learned_cues
from .qkeys import QKey

FORMAT = "8"  # bump when the frame layout changes
_PKG = Path(factcheck.__file__).resolve().parent  # the sources, also when this module runs compiled from build/native
_SOURCES = ("match/keys.py", "match/blocking.py", "match/qkeys.py", "match/names.py", "match/tokens.py", "match/roles.py",
            "match/scopes.py", "match/contest.py", "match/lexicon.py", "match/entities.py", "match/groups.py", "match/titles.py", "match/tallies.py", "match/stored.py", "text/normalize.py")
_LEXICONS = ("match_*", "*/match_*", "*/relate_synonyms*", "*/relate_modal*", "*/units.json", "ar/stem_protected*", "sources.json")


def _version() -> str:
    """Digest of the frame format, the modules that derive keys and the lexicons they read."""
    h = hashlib.sha1(f"{FORMAT}/marshal {marshal.version}/python {sys.version_info[:2]}".encode())
    files = [_PKG / rel for rel in _SOURCES]
    files += sorted({p for pat in _LEXICONS for p in (_PKG / "lexicons").glob(pat)})
    for p in files:
        h.update(p.name.encode())
        h.update(p.read_bytes() if p.exists() else b"-")
    return h.hexdigest()[:12]


KEYS_VERSION = _version()


_FIELDS = tuple(f.name for f in fields(ClaimKeys))
_QUANTITIES, _TOKSET, _WCUES, _PARTNERS, _SCALES = (
    _FIELDS.index(n) for n in ("quantities", "tokset", "wcues", "partners", "scales"))


def dump(k: ClaimKeys) -> bytes:
    """The frame of ``k``: every field in order; quantities as plain tuples, antonym scales as
    (scale, pairs) items, and no learned cues (looked up again on load, so that a retrained model
    applies to stored claims at once)."""
    values = [getattr(k, name) for name in _FIELDS]
    values[_QUANTITIES] = tuple((q.value, q.unit, q.qualifier, q.total, q.low, q.high, q.text, q.role,
                                 q.people)
                                for q in k.quantities)
    values[_WCUES] = values[_PARTNERS] = ()
    values[_SCALES] = tuple(k.scales.items())
    return marshal.dumps(tuple(values))


_EMPTY: frozenset = frozenset()
_SETS = tuple(i for i, f in enumerate(fields(ClaimKeys)) if "frozenset" in str(f.type))  # a class when compiled


def load(frame: bytes) -> ClaimKeys:
    """``ClaimKeys`` from a frame written by ``dump``. Empty sets (about half of a frame's sets) all
    become one shared object: each would otherwise stay in the worker's cache of candidates' keys
    as its own 216-byte object that every full garbage collection walks."""
    values = list(marshal.loads(frame))
    for i in _SETS:
        if not values[i]:
            values[i] = _EMPTY
    if values[_QUANTITIES]:
        values[_QUANTITIES] = tuple(QKey(*q) for q in values[_QUANTITIES])
    values[_WCUES], values[_PARTNERS] = learned_cues(values[_TOKSET])
    values[_SCALES] = dict(values[_SCALES]) if values[_SCALES] else _NO_SCALES
    return ClaimKeys(*values)

