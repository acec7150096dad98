"""The store: durability settings, audited transactions, undo, refusing foreign files."""

import sqlite3

import pytest

from app.errors import FinalizedError, InputError, StoreError
from app.model import Criterion, Juror, Project, Settings
from app.store import Store
from app.store.schema import APPLICATION_ID
from tests.helpers import db_dump


@pytest.fixture
def small(store):
    store.save_settings(Settings(title="Cup"))
    store.put_project(Project("P1", "Проект", order=1))
    store.put_juror(Juror("J1", "Әлия", role="chair"))
    store.put_criterion(Criterion("C1", "Quality", 10))
    return store


def test_pragmas_are_set_on_every_open(tmp_path):
    """WAL, synchronous FULL and foreign keys hold after closing and reopening the file."""
    path = tmp_path / "x.jury"
    Store.open(path).close()
    with Store.open(path) as s:
        q = lambda p: s.db.execute(f"PRAGMA {p}").fetchone()[0]  # noqa: E731
        assert q("journal_mode") == "wal"
        assert q("synchronous") == 2  # FULL
        assert q("foreign_keys") == 1
        assert q("application_id") == APPLICATION_ID


def test_every_write_is_audited_with_old_and_new(small):
    small.set_mark("J1", "P1", "C1", 7)
    small.set_mark("J1", "P1", "C1", 8)
    history = small.history("marks", ("J1", "P1", "C1"))
    assert [(h["old"] and h["old"]["score"], h["new"]["score"]) for h in history] == \
        [(None, 7.0), (7.0, 8.0)]
    assert all(h["at"] == "2026-10-05T10:00:00+00:00" for h in history)


def test_an_unchanged_write_adds_no_audit_row(small):
    small.set_mark("J1", "P1", "C1", 7)
    before = len(small.audit_rows())
    small.set_mark("J1", "P1", "C1", 7)
    assert len(small.audit_rows()) == before


def test_a_failed_transaction_leaves_nothing(small):
    """An error half-way through an action rolls back its writes and its audit rows."""
    before = db_dump(small.path)
    with pytest.raises(RuntimeError):
        with small.transaction("mark") as tx:
            tx.put("marks", {"juror": "J1", "project": "P1", "criterion": "C1", "score": 5.0})
            raise RuntimeError("power cut in the middle")
    assert small.load().marks == {}
    assert db_dump(small.path) == before


def test_foreign_keys_refuse_a_mark_for_an_unknown_project(small):
    with pytest.raises(sqlite3.IntegrityError):
        small.set_mark("J1", "NOPE", "C1", 5)
    assert small.load().marks == {}


def test_subscribers_hear_each_commit_once(small):
    heard = []
    small.subscribe(heard.append)
    small.set_mark("J1", "P1", "C1", 5)
    small.set_recused("J1", "P1", True)
    assert [(c.action, set(c.tables)) for c in heard] == [("mark", {"marks"}),
                                                          ("recusal", {"recusals"})]


def test_undo_takes_back_marks_newest_first(small):
    small.set_mark("J1", "P1", "C1", 5)
    small.set_mark("J1", "P1", "C1", 9)  # a slip of the finger
    small.undo()
    assert small.load().marks[("J1", "P1", "C1")] == 5.0
    small.undo()
    assert small.load().marks == {}
    assert small.undo() is None
    actions = [r["action"] for r in small.audit_rows()]
    assert actions.count("undo") == 4  # two records put back, two undo markers


def test_undo_survives_a_reopen(tmp_path):
    """The undo history is the audit table, so a crash does not lose it."""
    path = tmp_path / "u.jury"
    with Store.open(path) as s:
        s.put_project(Project("P1", "t", order=1))
        s.put_juror(Juror("J1", "n"))
        s.put_criterion(Criterion("C1", "c", 10))
        s.set_mark("J1", "P1", "C1", 3)
    with Store.open(path) as s:
        s.undo()
        assert s.load().marks == {}


def test_undo_refuses_when_the_mark_changed_since(small, tmp_path):
    small.set_mark("J1", "P1", "C1", 5)
    with small.transaction("import") as tx:  # not undoable, changes the same mark
        tx.put("marks", {"juror": "J1", "project": "P1", "criterion": "C1", "score": 6.0})
    with pytest.raises(InputError, match="changed since"):
        small.undo()
    assert small.load().marks[("J1", "P1", "C1")] == 6.0


def test_finalize_locks_marks_until_reopened_with_a_reason(small):
    small.set_mark("J1", "P1", "C1", 5)
    small.finalize(True)
    with pytest.raises(FinalizedError):
        small.set_mark("J1", "P1", "C1", 6)
    with pytest.raises(InputError, match="reason"):
        small.finalize(False, "  ")
    small.finalize(False, "juror J1 corrected a sheet")
    small.set_mark("J1", "P1", "C1", 6)
    assert small.load().marks[("J1", "P1", "C1")] == 6.0
    reopen = [r for r in small.audit_rows() if r["action"] == "reopen"]
    assert reopen and reopen[0]["note"] == "juror J1 corrected a sheet"


def test_load_round_trips_every_field(small):
    small.put_project(Project("P2", "Екінші", "Org", "KZ", "Cat", 2, True, {"url": "x"}))
    comp = small.load()
    assert comp.project("P2") == Project("P2", "Екінші", "Org", "KZ", "Cat", 2, True, {"url": "x"})
    assert comp.settings.title == "Cup"


@pytest.mark.parametrize("content, message", [
    (b"code,title\nP1,x\n", "not an SQLite file"),
    (b"\x00" * 50, "not an SQLite file"),
])
def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path, content, message):
    path = tmp_path / "projects.jury"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=message):
        Store.open(path)
    assert path.read_bytes() == content
    assert not (tmp_path / "projects.jury-wal").exists()


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a Jury Room database"):
        Store.open(path)
    assert path.read_bytes() == before


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "new.jury"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('jury_room', '0099_future', 'later')")
    conn.commit()
    conn.close()
    before = db_dump(path)
    with pytest.raises(StoreError, match="newer version"):
        Store.open(path)
    assert db_dump(path) == before


def test_opening_a_missing_file_without_create_makes_nothing(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        Store.open(tmp_path / "typo.jury", create=False)
    assert list(tmp_path.iterdir()) == []
