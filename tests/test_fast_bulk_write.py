"""Fast: an import or a new running order writes many records in a few statements, audited
as one packed row, and checks the foreign keys once at the end (app.store.fast.bulk_write,
`WriteGate._atomic(bulk=True)`); plain twin: `Transaction.put` once per record, keys
checked at each. The history, the audit command and the chain see the same records."""

import sqlite3

import pytest

from app.folder import import_folder
from app.store import Store
from app.store.store import PACKED, pack, unpack, unpack_doc
from tests.helpers import db_dump, write_folder


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
