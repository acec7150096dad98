"""Opening a file: a damaged one is refused with the newest good backup named; a file
already open in another Jury Room is refused at once, never waited on."""

import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.errors import DamagedError, LockedError, StoreError
from app.store import Store
from app.store.lock import lock_path
from main import main
from tests.helpers import write_folder
from tests.mishaps import smash_table

ROOT = Path(__file__).resolve().parent.parent
# ----- damage ------------------------------------------------------------------------
def test_a_damaged_file_is_refused_untouched_and_the_newest_good_backup_named(cup_db):
    with Store.open(cup_db) as store:
        older = store.backup()
        newer = store.backup()
    smash_table(newer.path)          # the newest backup is damaged too: it is skipped
    smash_table(cup_db)
    before = cup_db.read_bytes()
    with pytest.raises(DamagedError) as err:
        Store.open(cup_db)
    message = str(err.value)
    assert message.startswith(f"{cup_db}: the file is damaged (")
    assert str(older.path) in message and "jury-room restore" in message
    assert "\n" not in message
    assert err.value.backup == older.path
    assert cup_db.read_bytes() == before
    assert not lock_path(cup_db).exists()


def test_a_damaged_file_without_backups_says_so(cup_db):
    smash_table(cup_db)
    with pytest.raises(DamagedError, match="there is no backup to restore") as err:
        Store.open(cup_db)
    assert err.value.backup is None


def test_a_damaged_header_is_refused_as_damaged(cup_db):
    """A broken page size in the header: SQLite calls it 'not a database'."""
    with Store.open(cup_db) as store:
        store.backup()
    with open(cup_db, "r+b") as fh:
        fh.seek(16)
        fh.write(b"\x00\x03")
    with pytest.raises(DamagedError, match="damaged"):
        Store.open(cup_db)


def test_cli_on_a_damaged_file_exits_2_naming_the_backup(cup_db, capsys):
    with Store.open(cup_db) as store:
        good = store.backup()
    smash_table(cup_db)
    assert main(["audit", str(cup_db)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(good.path) in err


# ----- one writer ----------------------------------------------------------------------
HOLDER = """
import sys
from app.store import Store
store = Store.open(sys.argv[1])
print("open", flush=True)
sys.stdin.readline()
store.close()
"""


def _holder(cup_db):
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(cup_db)], cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "open"
    return proc


def test_a_file_open_in_another_jury_room_is_refused_at_once(cup_db):
    proc = _holder(cup_db)
    try:
        start = time.monotonic()
        with pytest.raises(LockedError) as err:
            Store.open(cup_db)
        assert time.monotonic() - start < 1.0  # refused, not waited on
        assert f"process {proc.pid}" in str(err.value)
        assert "already open in another Jury Room" in str(err.value)
    finally:
        proc.communicate("\n", timeout=10)
    with Store.open(cup_db) as store:  # free again once the other one closed
        assert store.load().marks
    assert not lock_path(cup_db).exists()


def test_cli_against_a_locked_file_exits_2_and_changes_nothing(cup_db, tmp_path, capsys):
    proc = _holder(cup_db)
    try:
        folder = write_folder(tmp_path / "g", scores="juror,project,criterion,score\n"
                                                     "J1,P1,a,1\n")
        assert main(["import", str(cup_db), str(folder)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "already open in another Jury Room" in err
    finally:
        proc.communicate("\n", timeout=10)
    with Store.open(cup_db) as store:
        assert store.load().marks[("J1", "P1", "a")] == 7.0


def test_a_killed_holder_leaves_no_lock_behind(cup_db):
    """The OS lock dies with the process; the lock file it leaves does not block."""
    proc = _holder(cup_db)
    proc.kill()
    proc.wait(timeout=10)
    assert lock_path(cup_db).exists()
    with Store.open(cup_db) as store:
        assert store.load().marks[("J1", "P1", "a")] == 7.0


def test_the_same_file_cannot_be_opened_twice_in_one_program(cup_db):
    """Two writers in one process are refused too, and told it is this program."""
    with Store.open(cup_db):
        with pytest.raises(LockedError, match="already open in this Jury Room"):
            Store.open(cup_db)


def test_a_reader_is_refused_while_the_writer_holds_the_file(cup_db, capsys):
    """The file is locked for the Jury Room that has it open (the database file's own
    lock, app.store.file_lock): `results`, `audit` and a read-only open are refused at
    once, naming the holder, and nothing is changed; once it closes they work."""
    proc = _holder(cup_db)
    try:
        with pytest.raises(LockedError, match="already open in another Jury Room"):
            Store.open(cup_db, read_only=True)
        assert main(["audit", str(cup_db)]) == 2
        assert "already open in another Jury Room (process" in capsys.readouterr().err
    finally:
        proc.communicate("\n", timeout=10)
    assert main(["audit", str(cup_db)]) == 0
    with Store.open(cup_db) as store:
        assert store.load().marks[("J1", "P1", "a")] == 7.0


def test_read_only_opening_never_creates_a_file(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        Store.open(tmp_path / "typo.jury", read_only=True)
    assert list(tmp_path.iterdir()) == []
