"""The compiled pipeline core: the pure-Python packages of the pipeline, compiled by mypyc.

``tools/build_native.py`` (run by ``make run``/``make test``/``make bench``) compiles every module of
``PACKAGES`` into ``build/native`` and writes there the fingerprint of the sources it compiled. Each
of those packages calls ``package_path`` from its ``__init__``: when the build's fingerprint equals
the fingerprint of the sources as they are now, the package looks for its modules in ``build/native``
first and so imports the compiled ones; otherwise (no build, a source edited since, another Python, or
``FACTCHECK_NATIVE=0``) it imports the sources. The two give identical results (the test suite runs
on the compiled core; ``tests/test_native.py`` compares both on a corpus), the compiled one faster.
"""
from __future__ import annotations

import hashlib
import importlib.util
import os
import sys
from functools import cache
from pathlib import Path

PACKAGES = ("extract", "attribution", "text", "match")
ROOT = Path(__file__).resolve().parent  # the factcheck package
BUILD = ROOT.parent / "build" / "native"
FINGERPRINT = "FINGERPRINT"
RUNTIME = "RUNTIME"  # the name of the shared runtime module mypyc builds next to the modules


def sources() -> list[Path]:
    """The modules compiled into the core, in a fixed order (package ``__init__`` files stay Python)."""
    return [p for pkg in PACKAGES for p in sorted((ROOT / pkg).glob("*.py")) if p.name != "__init__.py"]


def fingerprint() -> str:
    """Digest of the Python version and every compiled source: a build is valid only for exactly these."""
    h = hashlib.sha256(f"{sys.implementation.cache_tag}/{sys.version}".encode())
    for p in sources():
        h.update(p.relative_to(ROOT).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def switched_off() -> bool:
    """``FACTCHECK_NATIVE=0`` (or false/no/off): run the sources, build nothing."""
    return os.environ.get("FACTCHECK_NATIVE", "1").strip().lower() in ("0", "false", "no", "off")


@cache
def status() -> tuple[bool, str]:
    """``(enabled, reason)``: whether the compiled core is in use in this process, and why (or why not)."""
    if switched_off():
        return False, "disabled by FACTCHECK_NATIVE"
    stamp = BUILD / FINGERPRINT
    if not stamp.exists():
        return False, "not built (make native)"
    if stamp.read_text().strip() != fingerprint():
        return False, "stale: the sources changed since the build (make native)"
    try:
        name = (BUILD / RUNTIME).read_text().strip()
        if name and name not in sys.modules:  # the runtime every compiled module imports by name
            path = next(BUILD.glob(f"{name}.*"))
            spec = importlib.util.spec_from_file_location(name, path)
            if spec is None or spec.loader is None:
                return False, f"cannot load {path.name}"
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            sys.modules[name] = module
    except (OSError, ImportError, StopIteration) as exc:
        return False, f"cannot load the runtime: {exc}"
    return True, "compiled (mypyc)"


def package_path(name: str, path: list[str]) -> list[str]:
    """The ``__path__`` of package ``name``: its compiled directory first when the core is in use."""
    if not status()[0]:
        return path
    return [str(BUILD / Path(*name.split("."))), *path]
