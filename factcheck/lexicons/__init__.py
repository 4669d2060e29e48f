"""Language data loaded once: word lists (``.txt``, one entry a line, ``#`` comments) and tables (``.json``).

Each file says in its header where its entry classes come from. Code never lists words inline.
"""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path

HERE = Path(__file__).parent


def _path(language: str, name: str, suffix: str) -> Path:
    return HERE / language / f"{name}{suffix}" if language else HERE / f"{name}{suffix}"


@cache
def load_list(language: str, name: str) -> tuple[str, ...]:
    """Entries of ``lexicons/<language>/<name>.txt`` in file order (missing file → empty)."""
    path = _path(language, name, ".txt")
    if not path.exists():
        return ()
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if line:
            entries.append(line)
    return tuple(entries)


@cache
def load_set(language: str, name: str) -> frozenset[str]:
    """Entries of ``lexicons/<language>/<name>.txt`` as a set."""
    return frozenset(load_list(language, name))


def folded_sets(language: str, name: str, keys) -> tuple[frozenset[str], ...]:
    """The word lists ``keys`` of ``lexicons/<language>/<name>.json``, each as a set of folded words
    (a missing list is empty): the word classes a rule tests tokens against."""
    from ..text.normalize import fold  # (normalize reads no lexicon: no import cycle)
    data = load_json(language, name)
    return tuple(frozenset(fold(w) for w in data.get(k, ())) for k in keys)


@cache
def load_json(language: str, name: str):
    """Parsed ``lexicons/<language>/<name>.json`` (missing file → empty dict)."""
    path = _path(language, name, ".json")
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))
