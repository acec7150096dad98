"""`jury-room import` and `export` as a script would call them: exit codes and messages."""

import subprocess
import sys
from pathlib import Path

import pytest

from main import main
from tests.helpers import db_dump, write_folder

ROOT = Path(__file__).resolve().parent.parent


def test_import_then_export_round_trips(tmp_path, demo_folder, capsys):
    db = tmp_path / "c.jury"
    assert main(["import", str(db), str(demo_folder)]) == 0
    assert "imported 12 projects" in capsys.readouterr().out
    assert main(["export", str(db), str(tmp_path / "out")]) == 0
    db2 = tmp_path / "c2.jury"
    assert main(["import", str(db2), str(tmp_path / "out")]) == 0
    assert main(["export", str(db2), str(tmp_path / "out2")]) == 0
    for f in (tmp_path / "out").iterdir():
        assert (tmp_path / "out2" / f.name).read_text() == f.read_text()


def test_bad_folder_exits_2_with_one_line_and_creates_no_database(tmp_path, capsys):
    folder = write_folder(tmp_path / "f", scores="juror,project,criterion,score\nJ1,P1,a,11\n")
    db = tmp_path / "new.jury"
    assert main(["import", str(db), str(folder)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "scores.csv, line 2: field 'score': 11 is out of range" in err
    assert not db.exists()


def test_bad_folder_leaves_an_existing_database_as_it_was(tmp_path, demo_folder, capsys):
    db = tmp_path / "c.jury"
    assert main(["import", str(db), str(demo_folder)]) == 0
    before = db_dump(db)
    (demo_folder / "jurors.csv").write_text("code,name,position,role\nJ1,A,,judge\n")
    assert main(["import", str(db), str(demo_folder)]) == 2
    assert db_dump(db) == before


def test_export_of_a_missing_database_exits_2_and_creates_nothing(tmp_path, capsys):
    assert main(["export", str(tmp_path / "none.jury"), str(tmp_path / "out")]) == 2
    assert "no such database" in capsys.readouterr().err
    assert not (tmp_path / "none.jury").exists()


def test_a_non_database_file_exits_2(tmp_path, capsys):
    fake = tmp_path / "fake.jury"
    fake.write_text("hello")
    assert main(["export", str(fake), str(tmp_path / "out")]) == 2
    assert "not a Jury Room database" in capsys.readouterr().err
    assert fake.read_text() == "hello"


@pytest.mark.parametrize("argv", [["import"], ["import", "a.jury"], ["frobnicate", "x"]])
def test_usage_errors_exit_2_with_one_line(argv, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    if argv[0] == "frobnicate":
        # an unknown word is taken as a DB path for the window; run the CLI parser directly
        from app.cli import run
        with pytest.raises(SystemExit) as exit_:
            run(argv)
    else:
        with pytest.raises(SystemExit) as exit_:
            main(argv)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--help" in err


def test_the_installed_command_runs(tmp_path, demo_folder):
    """The console script works as a separate process (no Qt imported for a command)."""
    db = tmp_path / "c.jury"
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "import", str(db),
                          str(demo_folder)], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    out = subprocess.run([sys.executable, "-c",
                          "import sys, main; main.main(['export', sys.argv[1], sys.argv[2]]);"
                          "print('PySide6' in sys.modules)", str(db), str(tmp_path / "o")],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip().endswith("False")


@pytest.mark.parametrize("argv, words", [
    (["import", "{tmp}/no/such/dir/c.jury", "{demo}"], "does not exist"),
    (["import", "{tmp}", "{demo}"], "is a folder"),
    (["import", "{tmp}/c.jury", "{tmp}/nowhere"], "no such competition folder"),
    (["import", "{tmp}/c.jury", "{demo}/projects.csv"], "no such competition folder"),
    (["export", "{db}", "{demo}/projects.csv"], "cannot write the folder"),
    (["export", "{demo}/projects.csv", "{tmp}/out"], "not a Jury Room database"),
])
def test_bad_command_line_arguments_exit_2_with_one_line(tmp_path, demo_folder, capsys,
                                                         argv, words):
    """Every path a command takes can be wrong; each gives one line and exit 2, and
    nothing is created or changed."""
    db = tmp_path / "existing.jury"
    assert main(["import", str(db), str(demo_folder)]) == 0
    capsys.readouterr()
    before = db_dump(db)
    files = sorted(p.name for p in tmp_path.iterdir())
    argv = [a.format(tmp=tmp_path, demo=demo_folder, db=db) for a in argv]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err, err
    assert "Traceback" not in err
    assert db_dump(db) == before
    # no new database or folder; opening the existing one may back it up, SQLite may
    # leave its WAL companions
    new = {p.name for p in tmp_path.iterdir()} - set(files)
    assert new <= {"backups", "existing.jury-wal", "existing.jury-shm"}, new


def test_an_unknown_code_with_an_invisible_character_says_so(tmp_path, demo_folder, capsys):
    """A project code in scores.csv with a zero-width space is refused naming the invisible
    character: the plain 'unknown project' line showed a code that looked exactly right.
    Exit 2, one line, the database unchanged."""
    db = tmp_path / "c.jury"
    assert main(["import", str(db), str(demo_folder)]) == 0
    before = db_dump(db)
    scores = demo_folder / "scores.csv"
    lines = scores.read_text(encoding="utf-8").split("\n")
    juror, project, rest = lines[1].split(",", 2)
    lines[1] = ",".join([juror, project[:3] + "\u200b" + project[3:], rest])
    scores.write_text("\n".join(lines), encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(db), str(demo_folder)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "scores.csv, line 2: field 'project': unknown project" in err
    assert "U+200B ZERO WIDTH SPACE" in err
    assert db_dump(db) == before
