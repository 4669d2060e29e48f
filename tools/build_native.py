"""Compile the pipeline packages with mypyc into ``build/native`` (``make native``; see factcheck/native.py).

Up to date → nothing to do. No C compiler, no Python headers or no mypyc → a note, exit 0: the service
runs the same pipeline from the sources. A type error in the sources → exit 1: mypyc compiles only
type-correct code, and the checks it compiles in are what keep the core identical to the sources.
"""
from __future__ import annotations

import os
import shutil
import sys
import sysconfig
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck import native  # noqa: E402

PROJECT = native.ROOT.parent
TMP = PROJECT / "build" / "native.tmp"
C_DIR = PROJECT / "build" / "native-c"
MYPY_OPTIONS = ["--ignore-missing-imports", "--follow-imports=silent", "--python-version",
                f"{sys.version_info[0]}.{sys.version_info[1]}"]


def missing_toolchain() -> str | None:
    """Why the core cannot be compiled on this machine, or None."""
    try:
        import mypyc  # noqa: F401
    except ImportError:
        return "mypyc is not installed (pip install -e '.[native]')"
    cc = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(cc) is None:
        return f"no C compiler ({cc})"
    header = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if not header.exists():
        return f"no Python headers ({header})"
    return None


def build(jobs: int) -> int:
    from mypyc.build import mypycify
    from setuptools import Distribution
    from setuptools.errors import CompileError, LinkError

    os.chdir(PROJECT)
    expected = native.fingerprint()
    modules = [str(p.relative_to(PROJECT)) for p in native.sources()]
    shutil.rmtree(TMP, ignore_errors=True)
    t0 = time.monotonic()
    print(f"native: type-checking {len(modules)} modules and generating C …", flush=True)
    try:
        extensions = mypycify([*MYPY_OPTIONS, *modules], opt_level="3", multi_file=True, target_dir=str(C_DIR))
    except SystemExit as exc:  # mypyc reports the type errors, then exits
        print("native: the sources have type errors (above); fix them. The service still runs them as Python.",
              file=sys.stderr)
        return int(exc.code or 1)
    print(f"native: compiling C ({time.monotonic() - t0:.0f} s so far; a few minutes on 2 cores) …", flush=True)
    dist = Distribution({"name": "factcheck-native", "ext_modules": extensions})
    cmd = dist.get_command_obj("build_ext")
    cmd.build_lib, cmd.build_temp, cmd.parallel = str(TMP), str(C_DIR / "obj"), jobs
    try:
        dist.run_command("build_ext")
    except (CompileError, LinkError) as exc:
        print(f"native: the C compiler failed ({exc}); the service runs the pipeline as Python.", file=sys.stderr)
        return 0
    runtime = [p.name.split(".")[0] for p in TMP.glob("*__mypyc*")]
    (TMP / native.RUNTIME).write_text(runtime[0] if runtime else "")
    (TMP / native.FINGERPRINT).write_text(expected)  # last: a build without it is never used
    shutil.rmtree(native.BUILD, ignore_errors=True)
    TMP.rename(native.BUILD)
    print(f"native: built {len(modules)} modules into {native.BUILD.relative_to(PROJECT)} "
          f"in {time.monotonic() - t0:.0f} s", flush=True)
    return 0


def main() -> int:
    if native.switched_off():
        print("native: skipped (FACTCHECK_NATIVE=0)")
        return 0
    stamp = native.BUILD / native.FINGERPRINT
    if stamp.exists() and stamp.read_text().strip() == native.fingerprint():
        print("native: compiled core up to date")
        return 0
    reason = missing_toolchain()
    if reason:
        print(f"native: not built: {reason}; the service runs the pipeline as Python.")
        return 0
    return build(max(1, min(os.cpu_count() or 1, 4)))


if __name__ == "__main__":
    sys.exit(main())
