"""``make score``: start gunicorn on a temporary database and run ../shared/gold/score_seeds.py on it."""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from server import running_server  # noqa: E402


def main() -> int:
    scorer = ROOT.parent / "shared" / "gold" / "score_seeds.py"
    if not scorer.exists():
        print(f"no scorer at {scorer}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp, running_server(Path(tmp) / "score.db") as base:
        return subprocess.run([sys.executable, str(scorer), "--base", base, *sys.argv[1:]]).returncode


if __name__ == "__main__":
    sys.exit(main())
