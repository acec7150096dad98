"""Killing `jury-room import` (SIGKILL, no chance to clean up) at moments spread over
its whole run: the database stays whole and holds all of the import or none of it."""

import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from app.folder import import_folder
from app.store import Store
from tests.helpers import big_folder

ROOT = Path(__file__).resolve().parent.parent
PROJECTS, JURORS, CRITERIA = 300, 20, 8
MARKS = PROJECTS * JURORS * CRITERIA  # 48,000
KILLS = 8


def _state(db: Path) -> tuple[str, int]:
    conn = sqlite3.connect(db)
    try:
        return (conn.execute("PRAGMA integrity_check").fetchone()[0],
                conn.execute("SELECT COUNT(*) FROM marks").fetchone()[0])
    finally:
        conn.close()


def test_a_killed_import_leaves_all_of_it_or_none(tmp_path):
    folder = big_folder(tmp_path / "big", PROJECTS, JURORS, CRITERIA)
    template = tmp_path / "template" / "c.jury"
    template.parent.mkdir()
    with Store.open(template) as store:  # the competition is set up; the marks come now
        import_folder(store, big_folder(tmp_path / "base", PROJECTS, JURORS, CRITERIA,
                                        scores=False))

    def fresh(name: str) -> tuple[Path, list[str]]:
        db = tmp_path / name / "c.jury"
        db.parent.mkdir()
        shutil.copy(template, db)
        return db, [sys.executable, str(ROOT / "main.py"), "import", str(db), str(folder)]

    def run(name: str, stop) -> tuple[int, int]:
        """Run an import, polling `stop(elapsed, wal bytes)`; kill it when that is true.
        Returns (exit code, the largest WAL seen)."""
        db, cmd = fresh(name)
        wal = db.with_name(db.name + "-wal")
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True)
        start, biggest = time.monotonic(), 0
        while proc.poll() is None:
            size = wal.stat().st_size if wal.exists() else 0
            biggest = max(biggest, size)
            if stop(time.monotonic() - start, size):
                proc.kill()
                break
            time.sleep(0.002)
        proc.wait(timeout=30)
        return proc.returncode, biggest, db

    start = time.monotonic()
    code, biggest, db = run("whole", lambda t, wal: False)
    whole = time.monotonic() - start
    assert code == 0
    assert _state(db) == ("ok", MARKS)

    rng = random.Random(20261005)
    outcomes = []
    for k in range(KILLS):
        if k % 2 == 0:
            # a moment in each slice of a whole run, from start-up to the commit
            moment = (k + rng.random()) / KILLS * whole
            code, _, db = run(f"kill{k}", lambda t, wal: t >= moment)
        else:
            # while the transaction is writing: once the WAL holds this many bytes
            grown = rng.uniform(0.05, 0.95) * biggest
            code, _, db = run(f"kill{k}", lambda t, wal: wal >= grown)
        integrity, marks = _state(db)
        assert integrity == "ok", (k, integrity)
        assert marks in (0, MARKS), (k, marks)
        with Store.open(db) as store:  # the lock died with the process; the chain is whole
            assert store.verify_audit().intact
        outcomes.append((k, code, marks))
    # the test proves something only if kills landed inside the writing transaction
    assert all(code != 0 and marks == 0 for k, code, marks in outcomes if k % 2), outcomes
