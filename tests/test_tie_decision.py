"""One tie at the winners' cut, one decision (issue 11, item 7): the window records who
takes the places left for every project of the tie in one dialog and one audited action;
the command line decides project by project and ends in the same consistent result; the
protocol never names a winner by decision while saying a project of the same tie is not
decided."""

import json
import re

import pypdf
import pytest
from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QApplication

from app.errors import InputError
from app.folder import import_folder
from app.service import JuryService
from app.store import Store
from tests.helpers import write_folder
from main import main
from tests.tests_ui_common import select_result_with_keys, tick_with_keys
from ui.main_window import MainWindow
from tests.ui_helpers import rows, show_window

# P1, P2 and P3 (all RU) get the same marks: a three-way tie for the two RU places
PROJECTS = ("code,title,organization,group,category,order\n"
            "P1,Первый,Org,RU,,1\nP2,Второй,Org,RU,,2\nP3,Третий,Org,RU,,3\n"
            "P4,Төртінші,Org,KZ,,4\n")
SCORES = ("juror,project,criterion,score\n"
          + "".join(f"{j},{p},{c},{s}\n" for j in ("J1", "J2") for p, s in
                    (("P1", 4), ("P2", 4), ("P3", 4), ("P4", 3)) for c in ("a", "b")))
WINNERS = "[winners]\nper_group = 2\n"


@pytest.fixture
def tie_db(tmp_path):
    folder = write_folder(tmp_path / "tie", projects=PROJECTS, scores=SCORES)
    toml = folder / "competition.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(re.sub(r"\[winners\][^\[]*", WINNERS, text), encoding="utf-8")
    path = tmp_path / "tie.jury"
    with Store.open(path) as store:
        import_folder(store, folder)
        tie = JuryService(store).results().ties_at_cut
    assert [(t.tied, t.places) for t in tie] == [(("P1", "P2", "P3"), 2)]
    return path


def _text(pdf) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages))


def test_the_window_decides_a_whole_tie_in_one_dialog(tie_db, qtbot, prefs, monkeypatch,
                                                      tmp_path):
    """Ctrl+D on P2: one dialog lists P1, P2, P3 and the 2 places left. Ticking only one
    and pressing Ctrl+Enter is refused in the dialog; ticking P1 and P3, Tab, a reason
    and Ctrl+Enter records all three projects (P1, P3 winners, P2 not) with that reason
    in one audited action. The results need no decision any more, and the protocol says
    "winner"/"not a winner" for each with the reason and never "not decided yet"."""
    window = show_window(qtbot, MainWindow(JuryService(Store.open(tie_db)), prefs))
    qtbot.keyClick(window, Qt.Key_6, Qt.ControlModifier)
    screen = window.results
    select_result_with_keys(qtbot, screen, "P2")
    seen = {}

    def answer():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        seen["listed"] = [dialog.projects.item(i).data(Qt.UserRole)
                          for i in range(dialog.projects.count())]
        seen["count"] = dialog.count.text()
        tick_with_keys(qtbot, dialog, ["P1"])
        qtbot.keyClick(dialog.projects, Qt.Key_Return, Qt.ControlModifier)
        seen["refused"] = dialog.isVisible() and dialog.problem.text()
        tick_with_keys(qtbot, dialog, ["P3"])
        qtbot.keyClick(dialog.projects, Qt.Key_Tab)
        qtbot.keyClicks(dialog.reason, "vote 5:1 for P1 and P3")
        qtbot.keyClick(dialog.reason, Qt.Key_Return, Qt.ControlModifier)

    QTimer.singleShot(0, answer)
    qtbot.keyClick(screen.view, Qt.Key_D, Qt.ControlModifier)
    qtbot.waitUntil(lambda: rows(tie_db, "SELECT COUNT(*) FROM decisions") == [(3,)],
                    timeout=5000)
    assert seen["listed"] == ["P1", "P2", "P3"] and "Places left: 2" in seen["count"]
    assert "exactly" in seen["refused"]
    stored = rows(tie_db, "SELECT project, winner, reason FROM decisions ORDER BY project")
    assert stored == [("P1", 1, "vote 5:1 for P1 and P3"), ("P2", 0, "vote 5:1 for P1 and P3"),
                      ("P3", 1, "vote 5:1 for P1 and P3")]
    batches = rows(tie_db, "SELECT DISTINCT batch FROM audit WHERE action = 'decision'")
    assert len(batches) == 1                    # one audited action
    results = window.session.service.results()
    assert results.decision_needed == () and {"P1", "P3"} <= set(results.winners)
    assert "P2" not in results.winners
    pdf = tmp_path / "p.pdf"
    window.session.service.print_protocol(pdf)
    text = _text(pdf)
    assert "not decided yet" not in text and "pending" not in text
    assert text.count("vote 5:1 for P1 and P3") >= 3


def test_the_service_refuses_more_or_fewer_winners_than_places(tie_db):
    """decide_tie with one or three winners for two places is refused with the places
    named, and nothing is stored; a name outside the tie is refused too."""
    with Store.open(tie_db) as store:
        svc = JuryService(store)
        for winners in (["P1"], ["P1", "P2", "P3"]):
            with pytest.raises(InputError, match="choose exactly 2"):
                svc.decide_tie("P1", winners, "vote")
        with pytest.raises(InputError, match="P4 not in the tie"):
            svc.decide_tie("P1", ["P1", "P4"], "vote")
        assert store.load().decisions == {}
        svc.decide_tie("P3", ["P2", "P3"], "vote")
        assert set(svc.results().winners) >= {"P2", "P3"}


def test_the_command_line_decides_a_tie_project_by_project_consistently(tie_db, tmp_path,
                                                                      capsys):
    """`decide` per project: until all three are decided none of them wins and all need
    the decision, and the protocol says the recorded ones are pending; a third winner for
    two places is refused (exit 2, nothing changed); once all three are decided the
    result and the protocol are the same as the window's."""
    db = str(tie_db)
    assert main(["decide", db, "P1", "--winner", "yes", "--reason", "vote"]) == 0
    assert "still to decide in this tie: P2, P3" in capsys.readouterr().out
    assert main(["protocol", db, "-o", str(tmp_path / "half.pdf")]) == 0
    half = _text(tmp_path / "half.pdf")
    assert "winner (pending)" in half and "not decided yet" in half
    assert "winner by jury decision" not in half
    assert main(["decide", db, "P2", "--winner", "yes", "--reason", "vote"]) == 0
    before = rows(tie_db, "SELECT COUNT(*) FROM audit")
    assert main(["decide", db, "P3", "--winner", "yes", "--reason", "vote"]) == 2
    assert "already take(s) them" in capsys.readouterr().err
    assert rows(tie_db, "SELECT COUNT(*) FROM audit") == before
    assert main(["decide", db, "P3", "--winner", "no", "--reason", "vote"]) == 0
    capsys.readouterr()
    assert main(["results", db, "--json"]) == 0
    out = {p["code"]: p for p in json.loads(capsys.readouterr().out)["projects"]}
    assert [out[c]["winner"] for c in ("P1", "P2", "P3")] == [True, True, False]
    assert not any(out[c]["decision_needed"] for c in ("P1", "P2", "P3"))
    assert main(["protocol", db, "-o", str(tmp_path / "whole.pdf")]) == 0
    whole = _text(tmp_path / "whole.pdf")
    assert "not decided yet" not in whole and "pending" not in whole
