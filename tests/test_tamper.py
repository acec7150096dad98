"""Tampering (issue 13): a record changed, removed or added directly in the file, or the
history's guard dropped, is found by `audit`, by `verify` and by the window on opening."""

import sqlite3

import pytest

from app.folder import import_folder
from app.service import JuryService
from app.store import Store
from main import main
from tests.helpers import write_folder

SCORES = ("juror,project,criterion,score\nJ1,P1,a,7\nJ1,P1,b,3\nJ2,P1,a,9\nJ2,P1,b,4\n"
          "J1,P2,a,7\nJ1,P2,b,3\nJ2,P2,a,9\nJ2,P2,b,4\n")
TOML = 'title = "Cup"\ntie_break = ["a"]\n[winners]\ntotal = 1\n'


@pytest.fixture
def db(tmp_path):
    """A competition with a tie at the cut decided, a recusal and an absence, made
    through the program in several actions (so the history holds packed rows, single
    rows and an undo)."""
    path = tmp_path / "cup.jury"
    with Store.open(path) as store:
        import_folder(store, write_folder(tmp_path / "f", toml=TOML, scores=SCORES))
        service = JuryService(store)
        service.record_decision("P1", True, "the jury voted")
        service.enter_mark("J2", "P2", "b", "5")
        service.enter_mark("J2", "P2", "b", "4")
        service.set_absent("J1", "P2", True)
        service.set_absent("J1", "P2", False)
        service.enter_mark("J1", "P1", "a", "8")
        service.undo()
        service.move_project("P2", -1)
    return path


def _sql(path, *statements):
    conn = sqlite3.connect(path)
    try:
        for sql in statements:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def test_an_untouched_file_follows_from_its_history(db, capsys):
    """No false alarm: imports, keyed marks, undo, absences, decisions and a new running
    order all replay to exactly what the tables hold."""
    assert main(["audit", str(db)]) == 0
    assert "every table follows from it" in capsys.readouterr().out
    with Store.open(db) as store:
        assert store.check_history().ok


@pytest.mark.parametrize("sql, names", [
    ("UPDATE marks SET score = 10 WHERE juror = 'J1' AND project = 'P1' AND criterion = 'a'",
     "marks J1 P1 a: the table holds 10.0, the history says 7.0"),
    ("DELETE FROM marks WHERE juror = 'J2' AND project = 'P1' AND criterion = 'b'",
     "marks J2 P1 b: the history says 4.0, but the table has no such record"),
    ("INSERT INTO recusals (juror, project) VALUES ('J1', 'P2')",
     "recusals J1 P2: the table holds a record, which the history never recorded"),
    ("UPDATE decisions SET winner = 0", "decisions P1:"),
    ("UPDATE criteria SET weight = 3 WHERE code = 'a'", "criteria a:"),
    ("UPDATE settings SET value = '\"Other cup\"' WHERE key = 'title'", "settings title:"),
])
def test_a_record_changed_by_hand_is_named_by_audit(db, capsys, sql, names):
    """`audit` exits 1 naming the first record that does not follow from the history,
    although the hash chain itself is intact."""
    _sql(db, sql)
    assert main(["audit", str(db)]) == 1
    out = capsys.readouterr().out
    assert names in out and "does NOT follow" in out


def test_a_dropped_guard_is_noticed(db, capsys):
    """Dropping the triggers that keep the history append-only is reported, even before
    anything is rewritten."""
    _sql(db, "DROP TRIGGER audit_no_update")
    assert main(["audit", str(db)]) == 1
    assert "audit_no_update" in capsys.readouterr().out


def test_a_protocol_printed_after_tampering_does_not_verify(db, tmp_path, capsys):
    """The tampered data's own protocol carries the tampered fingerprint; `verify` runs
    the same check and refuses it (exit 1)."""
    _sql(db, "UPDATE marks SET score = 10 WHERE juror = 'J1' AND project = 'P2' "
             "AND criterion = 'a'")
    pdf = tmp_path / "p.pdf"
    assert main(["protocol", str(db), "-o", str(pdf)]) == 0
    capsys.readouterr()
    assert main(["verify", str(pdf), str(db)]) == 1
    err = capsys.readouterr().err
    assert "changed outside Jury Room" in err and "marks J1 P2 a" in err


def test_a_protocol_of_untouched_data_still_verifies(db, tmp_path, capsys):
    """The check does not stand in the way of an honest protocol."""
    pdf = tmp_path / "p.pdf"
    assert main(["protocol", str(db), "-o", str(pdf)]) == 0
    assert main(["verify", str(pdf), str(db)]) == 0


def test_a_restore_and_a_deleted_project_still_follow_from_the_history(db, tmp_path):
    """A restore brings the backup's own history with it; deleting a project removes its
    marks in one packed row: both replay exactly."""
    with Store.open(db) as store:
        service = JuryService(store)
        info = service.backup_now()
        service.enter_mark("J1", "P1", "b", "5")
        service.restore_backup(info.path)
        assert store.check_history().ok
        service.delete_project("P1")
        import_folder(store, write_folder(tmp_path / "g", toml=TOML, scores=SCORES))
        assert store.check_history().ok, store.check_history().problem


def test_the_window_says_so_on_opening_a_tampered_file(db, qtbot):
    """Opening a file whose marks were edited by hand shows a red banner naming the
    record; the file stays open and usable."""
    from ui.main_window import MainWindow

    _sql(db, "DELETE FROM marks WHERE juror = 'J1' AND project = 'P1' AND criterion = 'b'")
    store = Store.open(db)
    window = MainWindow(JuryService(store), remember=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.tamper_banner.isVisible(), timeout=5000)
    assert "marks J1 P1 b" in window.tamper_banner.text()
    assert "outside Jury Room" in window.tamper_banner.text()
    window.close()


def test_the_window_shows_no_banner_for_an_untouched_file(db, qtbot):
    """No false alarm in the window either."""
    from ui.main_window import MainWindow

    store = Store.open(db)
    window = MainWindow(JuryService(store), remember=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.wait(window.CHECK_AFTER_OPEN_MS + 300)
    assert not window.tamper_banner.isVisible()
    window.close()
