"""Second writers (issue 13): one writer per database is a property of the database file
itself, so a second Jury Room is refused however it reaches the file."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import LockedError, StoreError
from app.folder import import_folder
from app.store import Store
from app.store.lock import lock_path
from main import main
from tests.helpers import db_dump, write_folder

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def held(tmp_path):
    """A database open for writing (as the window holds it), with a mark in."""
    path = tmp_path / "one" / "cup.jury"
    path.parent.mkdir()
    store = Store.open(path)
    import_folder(store, write_folder(tmp_path / "f", scores="juror,project,criterion,score\n"
                                                             "J1,P1,a,7\n"))
    yield store
    store.close()


@pytest.mark.parametrize("how", ["hard link", "symlink"])
def test_a_second_writer_through_another_name_is_refused(held, tmp_path, how):
    """A hard link or a symlink in another folder leads to the same file; the lock file
    beside that other name is free, but the database file's own lock refuses the second
    writer, naming the holder when its lock file can be found."""
    other = tmp_path / "two"
    other.mkdir()
    name = other / "same.jury"
    if how == "hard link":
        os.link(held.path, name)
    else:
        name.symlink_to(held.path)
    with pytest.raises(LockedError) as err:
        Store.open(name)
    assert "already open in another Jury Room" in str(err.value)
    if how == "symlink":
        assert f"process {os.getpid()}" in str(err.value)
    assert not lock_path(name).exists() or how == "symlink"
    # the first writer is untouched and goes on writing
    held.set_mark("J1", "P1", "b", 3.0)
    assert held.load().marks[("J1", "P1", "b")] == 3.0


def test_a_second_writer_after_the_lock_file_was_deleted_is_refused(held):
    """Deleting the lock file beside the database no longer lets a second writer in."""
    lock_path(held.path).unlink()
    with pytest.raises(LockedError) as err:
        Store.open(held.path)
    assert "another Jury Room" in str(err.value)


def test_a_second_process_through_a_hard_link_is_refused_and_writes_nothing(held, tmp_path):
    """The case the issue found: an import through a hard link in another process. It is
    refused (exit 2, naming that the file is open), and the first writer's data stays."""
    name = tmp_path / "elsewhere.jury"
    os.link(held.path, name)
    folder = write_folder(tmp_path / "g", scores="juror,project,criterion,score\nJ2,P2,a,1\n")
    proc = subprocess.run([sys.executable, "-c", "import sys; from main import main; "
                           "sys.exit(main(sys.argv[1:]))", "import", str(name), str(folder)],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2, proc.stderr
    assert "already open in another Jury Room" in proc.stderr
    assert ("J2", "P2", "a") not in held.load().marks


def test_a_reading_command_while_the_file_is_open_names_the_holder(held, capsys):
    """`results` cannot read a file another Jury Room holds: one line naming it, exit 2."""
    assert main(["results", str(held.path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already open in another Jury Room" in err
    assert f"process {os.getpid()}" in err


def test_the_lock_is_let_go_when_the_store_closes(held):
    """Closing the store frees the file for the next Jury Room at once."""
    path = held.path
    held.close()
    with Store.open(path) as again:
        assert again.load().marks
    assert main(["results", str(path)]) == 0
