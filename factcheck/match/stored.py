"""Stored form of ``ClaimKeys``: a compact JSON frame, so stored claims' keys are loaded, not recomputed.

Needs: ``ClaimKeys`` (to dump) or a frame string (to load). Adds: ``dump()``/``load()`` and
``KEYS_VERSION``, a digest of the code and lexicons keys are derived from: a frame stored under
another version is stale and its claim's keys are computed again. Only primary parts are stored;
derived fields (token set, learned cues, actors …) are rebuilt by ``keys.assemble`` on load.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .keys import ClaimKeys, assemble
from .qkeys import QKey

FORMAT = "2"  # bump when the frame layout changes
_PKG = Path(__file__).resolve().parent.parent
_SOURCES = ("match/keys.py", "match/blocking.py", "match/qkeys.py", "match/names.py", "match/tokens.py", "match/roles.py",
            "match/scopes.py", "match/contest.py", "match/lexicon.py", "match/stored.py", "text/normalize.py")
_LEXICONS = ("match_*", "*/match_*", "ar/stem_protected*", "sources.json")


def _version() -> str:
    """Digest of the frame format, the modules that derive keys and the lexicons they read."""
    h = hashlib.sha1(FORMAT.encode())
    files = [_PKG / rel for rel in _SOURCES]
    files += sorted({p for pat in _LEXICONS for p in (_PKG / "lexicons").glob(pat)})
    for p in files:
        h.update(p.name.encode())
        h.update(p.read_bytes() if p.exists() else b"-")
    return h.hexdigest()[:12]


KEYS_VERSION = _version()


def dump(k: ClaimKeys) -> str:
    """The frame of ``k``: its primary parts as one JSON array (sets sorted)."""
    return json.dumps([
        k.language, k.event, sorted(k.subjects), list(k.tokens), list(k.negations),
        [list(p) for p in k.poles], k.entities, sorted(k.names), sorted(k.proper), sorted(k.numbers),
        [[q.value, q.unit, q.qualifier, q.total, q.low, q.high, q.text, q.role] for q in k.quantities],
        list(k.dates), k.denial, sorted(k.context), sorted(k.scopes), list(k.span), list(k.contest),
        sorted(k.sources),
    ], ensure_ascii=False, separators=(",", ":"))


def load(frame: str) -> ClaimKeys:
    """``ClaimKeys`` from a frame written by ``dump``."""
    (language, event, subjects, tokens, negations, poles, entities, names, proper, numbers,
     quantities, dates, denial, context, scopes, span, contest,
     sources) = json.loads(frame)
    return assemble(
        language=language, event=event, subjects=frozenset(subjects), tokens=tuple(tokens),
        negations=tuple(negations), poles=tuple((g, s, r) for g, s, r in poles), entities=entities,
        names=frozenset(names), proper=frozenset(proper), numbers=frozenset(numbers),
        quantities=tuple(QKey(*q) for q in quantities), dates=tuple(dates), denial=denial,
        context=frozenset(context), scopes=frozenset(scopes), span=tuple(span), contest=tuple(contest),
        sources=frozenset(sources))
