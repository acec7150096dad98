"""Backups: when they are made, what they hold, how many are kept, how one is restored."""

import re
import sqlite3

import pytest

from app.errors import FinalizedError, StoreError
from app.folder import import_folder
from app.store import Store, check_backup, list_backups
from app.store.backup import KEEP, backups_dir
from main import main
from tests.helpers import write_folder
from tests.mishaps import read_only, smash_table

def _marks(path) -> dict:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {(j, p, c): s for j, p, c, s in conn.execute("SELECT * FROM marks")}
    finally:
        conn.close()


def test_opening_backs_up_once_and_not_again_while_nothing_changes(cup_db):
    with Store.open(cup_db):
        pass
    first = list_backups(cup_db)
    assert [b.reason for b in first] == ["open"]
    for _ in range(3):
        with Store.open(cup_db):
            pass
    assert list_backups(cup_db) == first
    with Store.open(cup_db) as store:
        store.set_mark("J2", "P1", "b", 4)
    with Store.open(cup_db):
        pass
    assert [b.reason for b in list_backups(cup_db)] == ["open", "open"]


def test_a_backup_is_one_whole_file_with_a_sortable_utc_name(cup_db):
    with Store.open(cup_db) as store:
        info = store.backup()
    assert info.path.parent == cup_db.parent / "backups"
    assert re.fullmatch(r"cup\.\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{6}Z\.manual\.jury",
                        info.path.name), info.path.name
    assert info.time.utcoffset().total_seconds() == 0
    assert check_backup(info.path) is None
    assert _marks(info.path) == _marks(cup_db)
    assert sorted(p.name for p in backups_dir(cup_db).iterdir()) == sorted(
        b.path.name for b in list_backups(cup_db))  # no -wal, -shm or temporary leftovers
    conn = sqlite3.connect(info.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_only_the_newest_backups_are_kept(cup_db):
    with Store.open(cup_db) as store:
        made = [store.backup().path for _ in range(KEEP + 5)]
    kept = [b.path for b in list_backups(cup_db)]
    assert kept == made[::-1][:KEEP]
    assert not any(p.exists() for p in made[:5])


def test_backups_of_another_database_in_the_same_folder_are_left_alone(cup_db, tmp_path):
    other = tmp_path / "cup.old.jury"
    with Store.open(other) as store:
        import_folder(store, write_folder(tmp_path / "g"))
        store.backup()
    with Store.open(cup_db) as store:
        for _ in range(KEEP + 1):
            store.backup()
    assert len(list_backups(other)) == 1 and len(list_backups(cup_db)) == KEEP


def test_periodic_backup_only_when_due_and_changed(cup_db):
    with Store.open(cup_db) as store:
        t = store._last_backup
        store.set_mark("J2", "P1", "b", 1)
        assert store.maybe_backup(now=t + store.backup_interval - 1) is None
        made = store.maybe_backup(now=t + store.backup_interval)
        assert made is not None and made.reason == "periodic"
        assert _marks(made.path)[("J2", "P1", "b")] == 1.0
        assert store.maybe_backup(now=t + 3 * store.backup_interval) is None  # unchanged


def test_a_commit_makes_the_periodic_backup_when_it_is_due(cup_db):
    with Store.open(cup_db) as store:
        store.backup_interval = 0
        store.set_mark("J2", "P1", "b", 2)
        assert list_backups(cup_db)[0].reason == "periodic"
        assert _marks(list_backups(cup_db)[0].path)[("J2", "P1", "b")] == 2.0


def test_an_import_is_preceded_by_a_backup_of_what_it_changes(cup_db, tmp_path):
    before = _marks(cup_db)
    update = tmp_path / "u"
    update.mkdir()
    (update / "scores.csv").write_text("juror,project,criterion,score\nJ1,P1,a,1\n")
    with Store.open(cup_db) as store:
        store.set_mark("J2", "P1", "b", 3)
        import_folder(store, update)
    newest = list_backups(cup_db)[0]
    assert newest.reason == "import"
    assert _marks(newest.path) == {**before, ("J2", "P1", "b"): 3.0}
    assert _marks(cup_db)[("J1", "P1", "a")] == 1.0


def _finalized(path) -> bool:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = 'finalized'").fetchone()
        return row is not None and row[0] == "true"
    finally:
        conn.close()


def test_finalize_and_reopen_are_each_preceded_by_a_backup(cup_db):
    with Store.open(cup_db) as store:
        store.set_mark("J2", "P1", "b", 3)
        store.finalize(True)
        before_finalize = list_backups(cup_db)[0]
        store.finalize(False, "a sheet was keyed wrong")
        before_reopen = list_backups(cup_db)[0]
    assert before_finalize.reason == "finalize" and not _finalized(before_finalize.path)
    assert _marks(before_finalize.path)[("J2", "P1", "b")] == 3.0
    assert before_reopen.reason == "reopen" and _finalized(before_reopen.path)


def test_a_stale_temporary_copy_is_cleared_by_the_next_backup(cup_db):
    """A process killed while copying leaves a hidden temporary file; it never counts as a
    backup and the next backup removes it."""
    folder = backups_dir(cup_db)
    folder.mkdir()
    stale = folder / ".cup.2026-01-01T00-00-00.000000Z.open.jury.tmp"
    stale.write_bytes(b"half a copy")
    assert list_backups(cup_db) == []
    with Store.open(cup_db) as store:
        store.backup()
    assert not stale.exists() and len(list_backups(cup_db)) == 2  # open + manual


def test_restore_puts_the_backup_back_and_keeps_what_it_replaced(cup_db):
    with Store.open(cup_db) as store:
        good = store.backup()
        store.set_mark("J1", "P1", "a", 1)
        heard = []
        store.subscribe(heard.append)
        kept = store.restore(good.path)
        assert store.load().marks[("J1", "P1", "a")] == 7.0
        assert kept.reason == "before-restore"
        assert _marks(kept.path)[("J1", "P1", "a")] == 1.0
        assert [(c.action, "marks" in c.tables) for c in heard] == [("restore", True)]
        last = store.audit_rows()[-1]
        assert last["action"] == "restore" and good.path.name in last["note"]
        assert store.verify_audit().intact
        store.set_mark("J1", "P1", "a", 2)  # the store goes on working on the restored data
    assert _marks(cup_db)[("J1", "P1", "a")] == 2.0


def test_restore_refuses_a_file_that_is_not_a_good_backup(cup_db, tmp_path):
    junk = tmp_path / "junk.jury"
    junk.write_text("not a database")
    with Store.open(cup_db) as store:
        broken = store.backup()
        smash_table(broken.path)
        for bad, words in ((junk, "not a Jury Room database"), (broken.path, "cannot restore"),
                           (tmp_path / "missing.jury", "cannot restore")):
            with pytest.raises(StoreError, match=words):
                store.restore(bad)
        assert store.load().marks[("J1", "P1", "a")] == 7.0


def test_restore_is_refused_while_finalized(cup_db):
    with Store.open(cup_db) as store:
        good = store.backup()
        store.finalize(True)
        with pytest.raises(FinalizedError, match="reopen"):
            store.restore(good.path)


def test_restoring_the_oldest_kept_backup_does_not_prune_it_away(cup_db):
    """The safety copy made by a restore must not push out the backup being restored."""
    with Store.open(cup_db) as store:
        for _ in range(KEEP):
            store.backup()
        oldest = list_backups(cup_db)[-1]
        store.restore(oldest.path)
    assert oldest.path.exists()


def test_an_automatic_backup_that_fails_does_not_lose_the_change(cup_db):
    """When the backups folder cannot be written, the mark is still saved and the store
    says why the backup failed (the GUI shows it)."""
    with Store.open(cup_db) as store:
        store.backup()
        with read_only(backups_dir(cup_db)):
            store.backup_interval = 0
            store.set_mark("J2", "P1", "b", 5)
            assert "backup" in store.backup_error and "read-only" in store.backup_error
        assert store.load().marks[("J2", "P1", "b")] == 5.0


def test_an_import_whose_backup_fails_imports_nothing(cup_db, tmp_path):
    update = tmp_path / "u"
    update.mkdir()
    (update / "scores.csv").write_text("juror,project,criterion,score\nJ1,P1,a,1\n")
    with Store.open(cup_db) as store:
        store.set_mark("J2", "P1", "b", 3)
        with read_only(backups_dir(cup_db)):
            with pytest.raises(StoreError, match="backup"):
                import_folder(store, update)
        assert store.load().marks[("J1", "P1", "a")] == 7.0


# ----- the command line --------------------------------------------------------------
def test_cli_backup_list_and_restore(cup_db, capsys):
    assert main(["backup", str(cup_db)]) == 0
    made = capsys.readouterr().out
    path = re.search(r"to (.+\.manual\.jury)$", made.strip()).group(1)
    with Store.open(cup_db) as store:
        store.set_mark("J1", "P1", "a", 1)
    assert main(["backup", str(cup_db), "--list"]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert len(listing) == len(list_backups(cup_db)) == 2  # listing opens read-only: no backup
    assert [line.split()[2] for line in listing] == ["manual", "open"]
    # a backup may be named by its file name alone: it is looked for in backups/
    assert main(["restore", str(cup_db), path.rsplit("/", 1)[-1]]) == 0
    out = capsys.readouterr().out
    assert "restored" in out and "before-restore" in out
    assert _marks(cup_db)[("J1", "P1", "a")] == 7.0


def test_cli_restore_of_a_damaged_database(cup_db, capsys):
    """A file that cannot be opened any more is replaced whole, keeping a copy of it."""
    with Store.open(cup_db) as store:
        good = store.backup()
    smash_table(cup_db)
    assert main(["restore", str(cup_db), str(good.path)]) == 0
    assert "damaged" in capsys.readouterr().out
    with Store.open(cup_db) as store:
        assert store.load().marks[("J1", "P1", "a")] == 7.0
        assert store.audit_rows()[-1]["action"] == "restore"
        assert store.verify_audit().intact
    assert any(b.reason == "damaged" for b in list_backups(cup_db))


def test_cli_restore_of_a_deleted_database(cup_db, capsys):
    with Store.open(cup_db) as store:
        good = store.backup()
    cup_db.unlink()
    assert main(["restore", str(cup_db), str(good.path)]) == 0
    assert _marks(cup_db)[("J1", "P1", "a")] == 7.0


@pytest.mark.parametrize("argv, words", [
    (["restore", "{cup_db}", "{tmp}/nothing.jury"], "cannot restore"),
    (["restore", "{cup_db}", "{tmp}/f/projects.csv"], "not a Jury Room database"),
    (["backup", "{tmp}/missing.jury"], "no such database"),
    (["restore", "{tmp}/f", "{cup_db}"], "is a folder"),
])
def test_cli_safety_commands_refuse_bad_arguments_with_exit_2(cup_db, tmp_path, capsys, argv,
                                                               words):
    before = _marks(cup_db)
    argv = [a.format(cup_db=cup_db, tmp=tmp_path) for a in argv]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err, err
    assert _marks(cup_db) == before
