"""The benchmarks still run: a small competition, one round, every case printed. (The
full size is run by hand: `uv run python benchmarks/run.py`.)"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ("import the folder", "one mark through the store", "results --json", "protocol PDF",
         "window shown and filled", "recompute after one mark")


def test_the_small_benchmark_runs_every_case():
    """`benchmarks/run.py --small` exits 0 and prints a line, with its verdict, for every
    case (a case whose program broke would end the run with an error instead)."""
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--small"],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    lines = out.stdout.splitlines()
    assert lines[0].startswith("Jury Room benchmarks: 24 projects × 5 jurors × 3 criteria")
    for case in CASES:
        row = next((line for line in lines if line.startswith(case)), None)
        assert row is not None, f"no line for {case!r} in:\n{out.stdout}"
        assert row.rstrip().endswith(("ok", "MISSED")), row
