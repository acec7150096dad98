"""Jury Room benchmarks: each case against its floor, the least work that could do the same
job, run as separate processes started the same way, interleaved, several times.

    uv run python benchmarks/run.py            # the full size: 1,000 × 25 × 8 = 200,000 marks
    uv run python benchmarks/run.py --small    # a quick run that proves the cases still work

Prints, per case, the median time of each side and the median of the per-round ratios,
beside the target. Exit status 1 when a full run misses a target.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from benchmarks.generate import generate  # noqa: E402

PY = sys.executable


@dataclass
class Case:
    name: str
    target: float
    app: Callable[[Path, int], list[str]]      # (work dir, round) -> command
    floor: Callable[[Path, int], list[str]]
    parse: bool = False                         # the processes print their own timing


def timed(cmd: list[str], env: dict) -> tuple[float, str]:
    t = time.perf_counter()
    out = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - t
    if out.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{out.stderr[-2000:]}")
    return elapsed, out.stdout


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", action="store_true", help="a small competition, one round")
    ap.add_argument("--rounds", type=int, default=None)
    ap.add_argument("--only", nargs="*", help="run only these cases")
    args = ap.parse_args()
    projects, jurors, criteria = (24, 5, 3) if args.small else (1000, 25, 8)
    rounds = args.rounds or (1 if args.small else 5)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               PYTHONDONTWRITEBYTECODE="1")

    # The program is timed as installed: with its byte code compiled, as the floors'
    # standard library is. (PYTHONDONTWRITEBYTECODE, set above so that the timed runs
    # write nothing, would otherwise have every run compile the program from source.)
    subprocess.run([PY, "-m", "compileall", "-q", "app", "ui", "main.py", "benchmarks"],
                   cwd=ROOT, check=True, capture_output=True)
    work = Path(tempfile.mkdtemp(prefix="jury-room-bench-"))
    try:
        folder = generate(work / "folder", projects, jurors, criteria)
        base_db = work / "base.jury"
        subprocess.run([PY, "main.py", "import", str(base_db), str(folder)], cwd=ROOT,
                       env=env, check=True, capture_output=True)
        bare_db = work / "bare.db"
        _bare_marks(bare_db, folder)

        def copy_db(w: Path, r: int) -> str:
            target = w / f"mark-{r}.jury"
            shutil.copy(base_db, target)
            return str(target)

        from app.cli import COMMANDS
        cases = [
            Case("import the folder", 3.0,
                 lambda w, r: [PY, "main.py", "import", str(w / f"imp-{r}.jury"), str(folder)],
                 lambda w, r: [PY, str(HERE / "floors/import_floor.py"), str(w / f"floor-{r}.db"),
                               str(folder)]),
            Case("one mark through the store", 2.0,
                 lambda w, r: [PY, str(HERE / "cases/mark_case.py"), copy_db(w, r), "50"],
                 lambda w, r: [PY, str(HERE / "floors/mark_floor.py"), str(w / f"mf-{r}.db"), "50"],
                 parse=True),
        ]
        if "results" in COMMANDS:
            cases.append(Case("results --json", 2.0,
                              lambda w, r: [PY, "main.py", "results", str(base_db), "--json"],
                              lambda w, r: [PY, str(HERE / "floors/results_floor.py"), str(bare_db)]))
        if "protocol" in COMMANDS and (ROOT / "resources/fonts/DejaVuSans.ttf").exists():
            cases.append(Case("protocol PDF", 2.0,
                              lambda w, r: [PY, "main.py", "protocol", str(base_db), "-o",
                                            str(w / f"p-{r}.pdf")],
                              lambda w, r: [PY, str(HERE / "floors/protocol_floor.py"),
                                            str(w / f"pf-{r}.pdf"), str(projects), str(jurors),
                                            str(criteria)]))
        cases.append(Case("window shown and filled", 3.0,
                          lambda w, r: [PY, str(HERE / "cases/gui_case.py"), copy_db(w, r)],
                          lambda w, r: [PY, str(HERE / "floors/gui_floor.py")]))
        if args.only:
            cases = [c for c in cases if any(o in c.name for o in args.only)]

        print(f"Jury Room benchmarks: {projects} projects × {jurors} jurors × {criteria} "
              f"criteria = {projects * jurors * criteria:,} marks; {rounds} round(s); "
              f"{os.cpu_count()} cores")
        print(f"{'case':30} {'app':>10} {'floor':>10} {'ratio':>7} {'target':>7}")
        missed = []
        extra = []
        for case in cases:
            app_t, floor_t, ratios = [], [], []
            for r in range(rounds):
                a, out_a = timed(case.app(work, r), env)
                f, out_f = timed(case.floor(work, r), env)
                if case.parse:
                    a, f = float(out_a.split()[-1]), float(out_f.split()[-1])
                if case.name.startswith("window"):
                    extra.append(float(out_a.split()[-1]))
                app_t.append(a)
                floor_t.append(f)
                ratios.append(a / f)
            ratio = statistics.median(ratios)
            ok = ratio <= case.target
            if not ok:
                missed.append(case.name)
            print(f"{case.name:30} {_fmt(statistics.median(app_t)):>10} "
                  f"{_fmt(statistics.median(floor_t)):>10} {ratio:7.2f} "
                  f"{'≤' + format(case.target, 'g'):>7} {'ok' if ok else 'MISSED'}")
        if extra:
            ms = statistics.median(extra)
            ok = ms < 50
            if not ok:
                missed.append("recompute after one mark")
            print(f"{'recompute after one mark':30} {ms:8.1f}ms {'':>10} {'':>7} "
                  f"{'<50ms':>7} {'ok' if ok else 'MISSED'}")
        return 1 if missed and not args.small else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _fmt(seconds: float) -> str:
    return f"{seconds * 1000:.2f}ms" if seconds < 0.1 else f"{seconds:.2f}s"


def _bare_marks(path: Path, folder: Path) -> None:
    """The floor's database for `results`: marks with their criterion's weight."""
    import csv
    import sqlite3

    weights = {}
    with open(folder / "criteria.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            weights[row["code"]] = float(row["weight"])
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE marks (juror TEXT, project TEXT, criterion TEXT, weight REAL, "
                 "score REAL)")
    with open(folder / "scores.csv", encoding="utf-8") as fh:
        conn.executemany("INSERT INTO marks VALUES (?, ?, ?, ?, ?)",
                         ((r["juror"], r["project"], r["criterion"], weights[r["criterion"]],
                           float(r["score"])) for r in csv.DictReader(fh)))
    conn.commit()
    conn.close()


if __name__ == "__main__":
    sys.exit(main())
