"""Fast: a new file set up, and an up-to-date one opened, with plain SQL, without importing
sqlite-utils (app.store.schema `create`); plain twin: sqlite-utils' migration runner over
the same steps (`schema.migrations`). The same tables, indexes, records and id."""

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from app.store import Store

ROOT = Path(__file__).resolve().parent.parent


def test_results_do_not_import_sqlite_utils(cup_db):
    """Opening an up-to-date file reads its version with plain SQL."""
    code = ("import sys; sys.argv = ['jury-room', 'results', sys.argv[1], '--json']; "
            "import main; main.main(); assert 'sqlite_utils' not in sys.modules")
    proc = subprocess.run([sys.executable, "-c", code, str(cup_db)], cwd=ROOT,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["projects"][0]["code"] == "P1"


def test_a_new_file_gets_the_schema_and_records_sqlite_utils_would_give(tmp_path):
    """A new file set up without sqlite-utils has exactly the tables, indexes, migration
    records and application id that sqlite-utils' runner gives."""
    from sqlite_utils import Database

    from app.store.schema import migrations

    Store.open(tmp_path / "plain.jury").close()
    db = Database(sqlite3.connect(tmp_path / "utils.jury"))
    migrations.apply(db)
    db.close()

    def shape(path):
        conn = sqlite3.connect(path)
        try:
            return (conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                 "ORDER BY name").fetchall(),
                    conn.execute("SELECT migration_set, name FROM _sqlite_migrations "
                                 "ORDER BY id").fetchall(),
                    conn.execute("PRAGMA application_id").fetchone())
        finally:
            conn.close()

    assert shape(tmp_path / "plain.jury") == shape(tmp_path / "utils.jury")
