"""Finalize: once the protocol is signed nothing changes until a reopen with a reason."""

import pytest

from app.errors import FinalizedError
from app.folder import import_folder
from app.model import Criterion, Decision, Project, Settings
from app.service import JuryService
from app.store import Store
from main import main
from tests.helpers import db_dump, write_folder

SCORES = "juror,project,criterion,score\nJ1,P1,a,7\nJ2,P1,a,9\n"


@pytest.fixture
def db(cup_db):
    """A closed, finalized competition."""
    with Store.open(cup_db) as store:
        store.set_mark("J2", "P1", "b", 3)  # something Ctrl+Z could take back
        store.finalize(True)
    return cup_db


WRITES = {
    "mark": lambda s: s.set_mark("J1", "P1", "a", 1),
    "clear mark": lambda s: s.set_mark("J1", "P1", "a", None),
    "recusal": lambda s: s.set_recused("J1", "P2", True),
    "absence": lambda s: s.set_absent("J1", "P2", True),
    "withdrawal": lambda s: s.set_withdrawn("P2", True),
    "decision": lambda s: s.record_decision(Decision("P1", True, "vote 4:2")),
    "settings": lambda s: s.save_settings(Settings(title="Other", method="median")),
    "criterion max": lambda s: s.put_criterion(Criterion("a", "A", 20, 2, 1)),
    "project": lambda s: s.put_project(Project("P3", "New", order=3)),
    "reorder": lambda s: s.reorder_projects(["P2", "P1"]),
    "delete": lambda s: s.delete_project("P2"),
    "undo": lambda s: s.undo(),
}


@pytest.mark.parametrize("write", WRITES.values(), ids=WRITES.keys())
def test_every_kind_of_change_is_refused_while_finalized(db, write):
    """Anything that could change the ranking or the printed protocol is locked."""
    before = db_dump(db)
    with Store.open(db) as store:
        with pytest.raises(FinalizedError, match="finalized"):
            write(store)
    assert db_dump(db) == before


def test_an_import_into_a_finalized_competition_changes_nothing(db, tmp_path, capsys):
    folder = write_folder(tmp_path / "g", toml='title = "x"\nmethod = "median"\n'
                                               '[winners]\ntotal = 1\n')
    before = db_dump(db)
    with Store.open(db) as store:
        with pytest.raises(FinalizedError, match="reopen it with a reason before importing"):
            import_folder(store, folder)
    assert main(["import", str(db), str(folder)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "finalized" in err
    assert db_dump(db) == before


def test_the_service_reports_a_locked_cell_as_bad_input(db):
    with Store.open(db) as store:
        with pytest.raises(FinalizedError, match="reopened with a reason"):
            JuryService(store).enter_mark("J1", "P1", "a", "5")


def test_cli_finalize_and_reopen_are_audited(tmp_path, capsys):
    db = tmp_path / "cup.jury"
    assert main(["import", str(db), str(write_folder(tmp_path / "f", scores=SCORES))]) == 0
    assert main(["finalize", str(db)]) == 0
    assert main(["reopen", str(db), "--reason", "J2's sheet was keyed into J1's column"]) == 0
    with Store.open(db) as store:
        store.set_mark("J1", "P1", "a", 8)  # open again: changes go through
        rows = [(r["action"], r["note"]) for r in store.audit_rows()
                if r["action"] in ("finalize", "reopen")]
    assert rows == [("finalize", ""), ("reopen", "J2's sheet was keyed into J1's column")]
    out = capsys.readouterr().out
    assert "finalized" in out and "reopened" in out


@pytest.mark.parametrize("argv, words", [
    (["finalize", "{db}"], "already finalized"),
    (["reopen", "{db}", "--reason", "  "], "needs a reason"),
    (["reopen", "{db}"], "--reason"),
])
def test_cli_finalize_and_reopen_refuse_with_exit_2(db, capsys, argv, words):
    before = db_dump(db)
    argv = [a.format(db=db) for a in argv]
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse: a required option is missing
        code = exc.code
    assert code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err, err
    assert db_dump(db) == before


def test_reopening_what_is_not_finalized_is_refused(tmp_path, capsys):
    db = tmp_path / "cup.jury"
    assert main(["import", str(db), str(write_folder(tmp_path / "f"))]) == 0
    assert main(["reopen", str(db), "--reason", "why not"]) == 2
    assert "not finalized" in capsys.readouterr().err
