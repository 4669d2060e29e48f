"""Memory of the served app: peak RSS (VmHWM) of each gunicorn worker, read from /proc after load."""
from __future__ import annotations

import contextlib
from pathlib import Path

from .common import Row


def worker_hwm_mb(master_pid: int) -> list[float]:
    """Peak RSS (VmHWM, MB) of each worker process of the gunicorn master ``master_pid``."""
    try:
        children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    except OSError:
        return []
    out = []
    for pid in children:
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    out.append(int(line.split()[1]) / 1024)
    return out


def rows(hwm: dict[str, list[float]], size_label: str) -> list[Row]:
    """One row: the largest worker peak over every endpoint's server, each endpoint's peak in the note."""
    peaks = {name: max(ms) for name, ms in hwm.items() if ms}
    if not peaks:
        return [Row("memory", f"peak RSS per worker @ {size_label}", None, "MB", note="n/a: no /proc data")]
    worst = max(peaks, key=peaks.get)
    return [Row("memory", f"peak RSS per worker @ {size_label}", peaks[worst], "MB",
                note=f"VmHWM after load; worst under {worst}; "
                     + ", ".join(f"{n.split()[-1]}: {m:.0f}" for n, m in peaks.items()))]
