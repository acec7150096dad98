"""The faster ways of importing, storing and ranking give exactly what the plain ways give:
packed audit rows, column-by-column reading of scores.csv, foreign keys checked once per
import, sheet totals summed by SQLite, marks read when first used, the open backup on the
second core."""

import json
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.folder import import_folder, read_folder
from app.folder.read import read_scores
from app.folder.tables import read_table
from app.model import Competition, Criterion, Juror, Project, Settings
from app.store.fast.lazy_marks import LazyMarks
from app.scoring import compute, results_json
from app.service import JuryService
from app.store import Store
from app.store.store import PACKED, pack, unpack, unpack_doc
from tests.helpers import db_dump, write_folder

ROOT = Path(__file__).resolve().parent.parent


# ----- the audit history: several records of one table in one row ----------------------
def test_an_import_writes_one_packed_row_per_table_listing_every_record(tmp_path):
    """Each changed mark is in the history with its key, old and new value, when and why,
    and one mark's history finds it inside the import's row."""
    scores = "juror,project,criterion,score\n" + "".join(
        f"J{j},P{p},a,{(j + p) % 10}\n" for j in (1, 2) for p in (1, 2))
    with Store.open(tmp_path / "c.jury") as store:
        import_folder(store, write_folder(tmp_path / "f", scores=scores))
        marks = [r for r in store.audit_rows() if r["entity"] == "marks"]
        assert len(marks) == 1 and marks[0]["key"] == PACKED and marks[0]["action"] == "import"
        records = unpack("marks", marks[0]["key"], marks[0]["old"], marks[0]["new"])
        assert {key: new["score"] for key, old, new in records} == store.load().marks
        assert all(old is None for _key, old, _new in records)
        store.set_mark("J1", "P2", "a", 9)
        history = store.history("marks", ("J1", "P2", "a"))
        assert [(h["action"], h["old"] and h["old"]["score"], h["new"]["score"])
                for h in history] == [("import", None, 3.0), ("mark", 3.0, 9.0)]
        assert store.verify_audit().intact


def test_a_reimport_records_the_old_and_new_value_of_each_changed_mark(tmp_path):
    """Importing changed marks over stored ones: the packed row holds each changed mark's
    old and new score, and only those that changed."""
    folder = write_folder(tmp_path / "f", scores="juror,project,criterion,score\n"
                          "J1,P1,a,7\nJ2,P1,a,9\nJ1,P2,a,1\n")
    with Store.open(tmp_path / "c.jury") as store:
        import_folder(store, folder)
        (folder / "scores.csv").write_text("juror,project,criterion,score\n"
                                           "J1,P1,a,8\nJ2,P1,a,9\nJ1,P2,a,2\n")
        summary = import_folder(store, folder)
        batch = store.last_batch()
        changes = [c for c in store.batch_changes(batch) if c[0] == "marks"]
        assert summary.changed == 2
        assert sorted((key, old["score"], new["score"]) for _t, key, old, new in changes) == [
            (("J1", "P1", "a"), 7.0, 8.0), (("J1", "P2", "a"), 1.0, 2.0)]


def test_deleting_a_project_packs_its_marks_and_the_audit_command_lists_each(cup_db, capsys):
    """A project deleted with its two marks: one packed row for the marks, and `audit`
    still prints a line per removed mark."""
    from main import main

    with Store.open(cup_db) as store:
        store.delete_project("P1")
        rows = [r for r in store.audit_rows() if r["action"] == "delete"]
    assert [r["entity"] for r in rows] == ["marks", "projects"] and rows[0]["key"] == PACKED
    assert main(["audit", str(cup_db)]) == 0
    out = capsys.readouterr().out
    assert "delete    marks J1 P1 a: removed" in out and "delete    marks J2 P1 a: removed" in out


def test_an_edit_inside_a_packed_row_breaks_the_chain(cup_db):
    """Someone who decodes a packed row, changes a mark in it and encodes it again."""
    conn = sqlite3.connect(cup_db)
    conn.execute("DROP TRIGGER audit_no_update")
    row_id, new = conn.execute("SELECT id, new FROM audit WHERE key = ?", (PACKED,)).fetchone()
    doc = unpack_doc(new)
    doc["added"][3][1] = 10.0  # the second mark's score
    conn.execute("UPDATE audit SET new = ? WHERE id = ?", (pack(doc), row_id))
    conn.commit()
    conn.close()
    with Store.open(cup_db) as store:
        report = store.verify_audit()
    assert not report.intact and "edited" in report.problem and report.broken_at == row_id


def test_a_packed_row_is_compressed_json(cup_db):
    """What a packed row holds is JSON, compressed: `unpack_doc` gives it back whole."""
    with Store.open(cup_db) as store:
        row = next(r for r in store.audit_rows()
                   if r["key"] == PACKED and r["entity"] == "marks")
    assert row["new"].startswith("zlib:") and row["old"] is None
    doc = unpack_doc(row["new"])
    assert doc == {"columns": ["juror", "project", "criterion", "score"], "keys": 3,
                   "added": [["J1", "J2"], ["P1", "P1"], ["a", "a"], [7.0, 9.0]],
                   "changed": []}
    assert unpack_doc(pack(doc)) == doc


def test_the_actions_rows_are_found_by_their_ids_without_an_index(cup_db):
    """batch_changes halves the ids; every action's rows come back, in order."""
    with Store.open(cup_db) as store:
        for i in range(7):
            store.set_mark("J1", "P2", "b", i % 5)
        rows = store.audit_rows()
        for batch in {r["batch"] for r in rows}:
            expected = [c for r in rows if r["batch"] == batch and r["entity"] != "undo"
                        for c in unpack(r["entity"], r["key"], r["old"], r["new"])]
            assert [c[1:] for c in store.batch_changes(batch)] == expected
        assert store.batch_changes(store.last_batch() + 1) == []


# ----- reading and checking scores.csv -------------------------------------------------
@pytest.mark.parametrize("text", [
    "juror,project,criterion,score\nJ1,P1,a,7\nJ2,P1,a,9\n",
    "juror,project,criterion,score\r\nJ1,P1,a,7\r\n\r\nJ2,P1,a,9\r\n",
    "Juror;Project;Criterion;Score;comment\nJ1;P1;a;7,5;x\n J2 ;P1;a; 9 ;\n",
    'juror,project,criterion,score\n"J1",P1,a,"7"\nJ2,"P\n1",a,9\n',
    "\ufeffjuror,project,criterion,score\nJ1,P1,a,7\n,,,\nJ2,P1,,R\n",
])
def test_scores_read_column_by_column_are_what_row_by_row_reading_gives(tmp_path, text):
    """Plain, CRLF, semicolon-separated, quoted (a value across lines), BOM and blank-row
    files: the same rows, lines and warnings as the row-by-row reader."""
    path = tmp_path / "scores.csv"
    path.write_text(text, encoding="utf-8")
    fast, warnings = read_scores(path, []), []
    table = read_table(path, ["juror", "project", "criterion", "score"])
    assert [(r.line, r.juror, r.project, r.criterion, r.text) for r in fast] == [
        (line, r["juror"], r["project"], r["criterion"], r["score"]) for line, r in table.rows]
    assert read_scores(path, warnings) is not None and warnings == table.warnings


def test_a_mark_given_twice_in_a_new_file_keeps_the_later_row(tmp_path):
    """Written as read, the marks' key refuses the repeat; the import is then written with
    each mark once, the later row winning, all in one transaction."""
    folder = write_folder(tmp_path / "f", scores="juror,project,criterion,score\n"
                          "J1,P1,a,7\nJ2,P1,a,9\nJ1,P1,a,3\n")
    with Store.open(tmp_path / "c.jury") as store:
        summary = import_folder(store, folder)
        assert summary.marks == 2
        assert store.load().marks == {("J1", "P1", "a"): 3.0, ("J2", "P1", "a"): 9.0}
        assert len({r["batch"] for r in store.audit_rows()}) == 1
        assert store.verify_audit().intact


def test_a_bulk_transaction_refuses_a_row_naming_nothing_and_keeps_the_keys_on(cup_db):
    """With the keys checked once at the end, a mark naming no project still refuses the
    whole action (the file unchanged), and the keys are enforced again afterwards."""
    with Store.open(cup_db) as store:
        before = db_dump(cup_db)
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            with store.transaction("import", bulk=True) as tx:
                tx.put_rows("marks", ("juror", "project", "criterion", "score"),
                            [("J1", "P2", "a", 1.0), ("J1", "P9", "a", 2.0)])
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        with pytest.raises(sqlite3.IntegrityError):
            store.set_mark("J1", "P9", "a", 1)
    assert db_dump(cup_db) == before


# ----- results from sheet totals --------------------------------------------------------
def _random_competition(rng: random.Random, weights) -> Competition:
    projects = tuple(Project(f"P{i}", f"Project {i}", group=f"G{i % 2}", order=i + 1,
                             withdrawn=rng.random() < 0.1) for i in range(12))
    jurors = tuple(Juror(f"J{i}", f"Juror {i}", role="secretary" if i == 5 else "member",
                         order=i + 1) for i in range(6))
    criteria = tuple(Criterion(f"c{i}", f"C{i}", 10, w, order=i + 1)
                     for i, w in enumerate(weights))
    marks = {(j.code, p.code, c.code): rng.randrange(0, 21) / 2
             for p in projects for j in jurors for c in criteria if rng.random() < 0.85}
    pairs = [(j.code, p.code) for p in projects for j in jurors]
    return Competition(
        Settings(title="Random", method=rng.choice(["mean", "trimmed_mean", "median"]),
                 normalize=rng.choice(["none", "zscore"]), score_step=0.5,
                 tie_break=("c1", "c0"), winners_per_group=2),
        projects, jurors, criteria, marks, frozenset(rng.sample(pairs, 6)),
        frozenset(rng.sample(pairs, 4)))


def _store_of(tmp_path, comp: Competition, name: str) -> Path:
    from app.store import codec

    path = tmp_path / f"{name}.jury"
    with Store.open(path) as store:
        with store.transaction("import", bulk=True) as tx:
            for key, value in codec.settings_items(comp.settings):
                tx.set_setting(key, value)
            tx.put_many("projects", [codec.project_row(p) for p in comp.projects])
            tx.put_many("jurors", [codec.juror_row(j) for j in comp.jurors])
            tx.put_many("criteria", [codec.criterion_row(c) for c in comp.criteria])
            tx.put_rows("marks", ("juror", "project", "criterion", "score"),
                        [(*k, s) for k, s in comp.marks.items()])
            tx.put_many("recusals", [{"juror": j, "project": p} for j, p in comp.recusals])
            tx.put_many("absences", [{"juror": j, "project": p} for j, p in comp.absences])
    return path


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("weights", [(1, 1.5, 2), (0.3, 1, 0.7), (1e6, 0.000001, 0.3)])
def test_results_from_sheet_totals_equal_results_from_every_mark(tmp_path, seed, weights):
    """Partial sheets, recusals, absences, withdrawals, a secretary's marks, ties and every
    method: the command's results are the full computation's, to the last bit. Decimal
    weights (0.3, 10^6 beside 10^-6) are summed exactly in whole units by SQLite too."""
    from app.cli.results import _results, format_results

    comp = _random_competition(random.Random(seed), weights)
    path = _store_of(tmp_path, comp, f"r{seed}")
    with Store.open(path, read_only=True) as store:
        with store.reading():
            exact = store.sheet_totals() is not None
        loaded, results = _results(store)
        expected = compute(store.load())
    assert exact
    assert results.projects == expected.projects and results.outliers == expected.outliers
    assert results.warnings == expected.warnings
    assert format_results(loaded, results) == format_results(store_load(path), expected)


def store_load(path):
    with Store.open(path, read_only=True) as store:
        return store.load()


def test_a_mark_off_the_grid_takes_the_plain_way(cup_db):
    """A score written by hand as 7.33 is off the grid of the score step's decimals, so
    SQLite's whole units would not be exact: no sheet totals."""
    conn = sqlite3.connect(cup_db)
    conn.execute("UPDATE marks SET score = 7.33 WHERE juror = 'J1'")
    conn.commit()
    conn.close()
    with Store.open(cup_db, read_only=True) as store:
        with store.reading():
            assert store.sheet_totals() is None


@pytest.mark.parametrize("edit", [
    "INSERT INTO marks VALUES ('J1', 'P2', 'nosuch', 5)",    # names no criterion
    "UPDATE marks SET score = 1e15 WHERE juror = 'J2'",     # a sheet float sums cannot hold
    "INSERT INTO marks VALUES ('J1', 'P2', 'a', 7.25)",     # off the grid, one mark of three
])
def test_any_one_mark_the_sums_cannot_hold_takes_the_plain_way(cup_db, edit):
    """The check looks at each distinct (score, criterion) once, so one bad mark among
    many good ones still refuses the sums: a criterion nobody defined, a score too large
    for a float sum to stay exact, a score off the step's grid."""
    conn = sqlite3.connect(cup_db)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(edit)
    conn.commit()
    conn.close()
    with Store.open(cup_db, read_only=True) as store:
        with store.reading():
            assert store.sheet_totals() is None


def test_good_marks_give_sheet_totals(cup_db):
    """The same small cup untouched: the sums are exact, one row per sheet."""
    with Store.open(cup_db, read_only=True) as store:
        with store.reading():
            rows = store.sheet_totals()
    assert rows is not None and sorted(r[:3] for r in rows) == [("P1", "J1", 1), ("P1", "J2", 1)]


def test_results_read_a_damaged_file_no_further_than_the_refusal(cup_db, capsys):
    """A page smashed: `results` prints nothing and refuses the file as damaged, though
    its integrity check ran beside the reading."""
    from main import main

    data = bytearray(cup_db.read_bytes())
    data[4096 * 3:4096 * 3 + 200] = b"\xff" * 200
    cup_db.write_bytes(bytes(data))
    assert main(["results", str(cup_db), "--json"]) == 2
    out = capsys.readouterr()
    assert out.out == "" and "damaged" in out.err


def test_results_do_not_import_sqlite_utils(cup_db):
    """Opening an up-to-date file reads its version with plain SQL."""
    code = ("import sys; sys.argv = ['jury-room', 'results', sys.argv[1], '--json']; "
            "import main; main.main(); assert 'sqlite_utils' not in sys.modules")
    proc = subprocess.run([sys.executable, "-c", code, str(cup_db)], cwd=ROOT,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["projects"][0]["code"] == "P1"


# ----- opening: the new file, the backup, the marks read later ---------------------------
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


def test_the_open_backup_holds_the_file_as_opened_even_if_a_mark_comes_first(cup_db):
    """The backup on opening is written on another thread; a mark saved right away is
    not in it: it holds the file as opened."""
    from app.store import list_backups

    with Store.open(cup_db) as store:
        store.set_mark("J2", "P2", "b", 4)
    backup = list_backups(cup_db)[0]
    assert backup.reason == "open"
    conn = sqlite3.connect(f"file:{backup.path}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT COUNT(*) FROM marks").fetchone()[0] == 2
    finally:
        conn.close()


def test_marks_of_a_snapshot_read_later_are_the_marks_as_they_were(demo_store):
    """A snapshot whose marks were not read yet still shows its own moment's marks, after
    later marks, clears and an undo."""
    service = JuryService(demo_store)
    before = service.competition()
    expected = dict(demo_store.load().marks)
    assert isinstance(before.marks, LazyMarks) and not before.marks.loaded
    service.enter_mark("J5", "RU-05", "relevance", "9")
    service.enter_mark("J1", "RU-01", "impact", "")
    service.undo()
    service.enter_mark("J2", "KZ-01", "quality", "3")
    assert dict(before.marks) == expected
    assert dict(service.competition().marks) == demo_store.load().marks


def test_snapshots_of_keyed_marks_share_what_did_not_change(demo_store):
    """After the marks were read, each keyed or cleared mark gives a snapshot that holds
    the marks of its moment, whatever is keyed later, and compares equal to a fresh load."""
    service = JuryService(demo_store)
    dict(service.competition().marks)  # read them: from now on they are kept up to date
    moments = []
    for juror, project, criterion, text in (("J5", "RU-05", "relevance", "9"),
                                            ("J1", "RU-01", "impact", ""),
                                            ("J2", "KZ-01", "quality", "3")):
        service.enter_mark(juror, project, criterion, text)
        moments.append((service.competition(), dict(demo_store.load().marks)))
    for snapshot, expected in moments:
        assert dict(snapshot.marks) == expected and len(snapshot.marks) == len(expected)
        assert snapshot.marks == expected
    assert ("J1", "RU-01", "impact") not in moments[-1][0].marks
    assert moments[-1][0].marks.get(("J2", "KZ-01", "quality")) == 3.0


def test_a_ranked_project_is_made_whole_without_its_init(demo_store):
    """evaluate makes each ProjectResult without __init__ (for speed): every field is
    there, and it equals the one __init__ makes from the same values."""
    from dataclasses import fields, replace

    from app.scoring.results import ProjectResult

    results = compute(demo_store.load())
    names = {f.name for f in fields(ProjectResult)}
    for p in results.projects:
        assert set(vars(p)) == names
        assert replace(p) == p
