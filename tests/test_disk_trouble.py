"""A read-only folder or file and a full disk: a clear message, and no saved mark lost."""

import sqlite3

import pytest

from app.errors import StoreError
from app.folder import import_folder
from app.service import JuryService
from app.store import Store
from main import main
from tests.helpers import big_folder, db_dump, write_folder
from tests.mishaps import read_only

SCORES = "juror,project,criterion,score\nJ1,P1,a,7\nJ2,P1,a,9\n"


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "data" / "cup.jury"
    path.parent.mkdir()
    with Store.open(path) as store:
        import_folder(store, write_folder(tmp_path / "f", scores=SCORES))
    return path


def _integrity(path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("which, words", [("folder", "folder"), ("file", "file is read-only")])
def test_a_read_only_folder_or_file_is_refused_clearly_and_keeps_every_mark(
        db, tmp_path, capsys, which, words):
    before = db_dump(db)
    target = db.parent if which == "folder" else db
    with read_only(target):
        with pytest.raises(StoreError, match=words) as err:
            Store.open(db)
        assert "\n" not in str(err.value)
        folder = write_folder(tmp_path / "g", scores="juror,project,criterion,score\n"
                                                     "J1,P1,a,1\n")
        assert main(["import", str(db), str(folder)]) == 2
        assert words in capsys.readouterr().err
    assert db_dump(db) == before
    with Store.open(db) as store:
        assert store.load().marks[("J1", "P1", "a")] == 7.0


def test_a_medium_that_turns_read_only_refuses_the_change_and_keeps_the_rest(db):
    """A memory stick whose write-protect switch is flipped mid-session (SQLite's
    query_only refuses writes with the same SQLITE_READONLY a read-only medium gives)."""
    with Store.open(db) as store:
        service = JuryService(store)
        service.enter_mark("J2", "P1", "b", "4")
        store.db.execute("PRAGMA query_only = 1")
        with pytest.raises(StoreError, match="read-only: the last change was not saved"):
            service.enter_mark("J1", "P1", "a", "3")
        store.db.execute("PRAGMA query_only = 0")
        assert service.competition().marks[("J1", "P1", "a")] == 7.0
        assert service.competition().marks[("J2", "P1", "b")] == 4.0
        service.enter_mark("J1", "P1", "a", "3")  # writable again: it works
        assert store.verify_audit().intact


def test_a_full_disk_refuses_the_import_whole_and_keeps_what_was_saved(db, tmp_path):
    """SQLite reports SQLITE_FULL when the file may not grow (max_page_count here, a
    full disk in life): the import is refused with a clear message, nothing of it is
    kept, and the file stays whole and usable."""
    folder = big_folder(tmp_path / "big", 600, 2, 2, scores=False)  # needs new pages
    with Store.open(db) as store:
        before = store.load()
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(StoreError, match="disk is full: the last change was not saved; "
                                             "everything saved before it is safe"):
            import_folder(store, folder)
        assert store.load() == before
        store.db.execute("PRAGMA max_page_count = 1073741823")
        store.set_mark("J2", "P1", "b", 2)
    assert _integrity(db) == "ok"
    with Store.open(db) as store:
        assert store.load().marks[("J2", "P1", "b")] == 2.0
        assert store.verify_audit().intact
