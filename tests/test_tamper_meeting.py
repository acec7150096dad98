"""Tampering with what the jury adds beside the marks (issue 17, item 4): a dissenting
opinion, an adjustment of a score or a juror's comment changed, removed or added directly
in the file is named by `audit`, although the history's hash chain is intact; the same
records kept, changed and removed through the program raise no alarm."""

import sqlite3

import pytest

from app.folder import import_folder
from app.service import JuryService
from app.store import Store
from main import main
from tests.helpers import write_folder

SCORES = ("juror,project,criterion,score\nJ1,P1,a,7\nJ1,P1,b,3\nJ2,P1,a,9\nJ2,P1,b,4\n"
          "J1,P2,a,7\nJ1,P2,b,3\nJ2,P2,a,9\nJ2,P2,b,4\n")
TOML = 'title = "Cup"\ncomments = "optional"\n[winners]\ntotal = 1\n'


@pytest.fixture
def db(tmp_path):
    """Opinions, adjustments and comments from a folder's import (packed rows) and from
    single actions: written, changed and removed, with an undo among them."""
    folder = write_folder(tmp_path / "f", toml=TOML, scores=SCORES)
    (folder / "adjustments.csv").write_text("project,points,reason\nP1,2,late bonus\n"
                                            "P2,-1,over time\n", encoding="utf-8")
    (folder / "comments.csv").write_text("juror,project,criterion,comment\n"
                                         "J1,P1,,Сильный проект\nJ2,P2,a,Weak budget\n",
                                         encoding="utf-8")
    path = tmp_path / "cup.jury"
    with Store.open(path) as store:
        import_folder(store, folder)
        service = JuryService(store)
        service.set_opinion("J2", "Я не согласна с решением")
        service.set_opinion("J1", "first words")
        service.set_opinion("J1", "I disagree")
        service.set_opinion("J2", "")                              # withdrawn
        service.set_opinion("J2", "Келіспеймін")
        service.save_adjustment("P1", "3", "bigger bonus", replaces="late bonus")
        service.save_adjustment("P2", "1", "a second rule")
        service.remove_adjustment("P2", "a second rule")
        service.save_comment("J1", "P2", "Good", criterion="b")
        service.save_comment("J1", "P1", "")                       # removed
        service.save_comment("J2", "P1", "Too long")
        service.enter_mark("J1", "P1", "a", "8")
        service.undo()                             # an undo among them changes none
    return path


def _sql(path, sql):
    conn = sqlite3.connect(path)
    try:
        conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def test_opinions_adjustments_and_comments_made_by_the_program_raise_no_alarm(db, capsys):
    """Imported, changed and withdrawn through the program: every table still follows
    from its history."""
    assert main(["audit", str(db)]) == 0
    assert "every table follows from it" in capsys.readouterr().out
    with Store.open(db) as store:
        comp = store.load()
        assert set(comp.opinions) == {"J1", "J2"}
        assert {(a.project, a.reason) for a in comp.adjustments} == {
            ("P1", "bigger bonus"), ("P2", "over time")}
        assert set(comp.comments) == {("J2", "P2", "a"), ("J1", "P2", "b"),
                                      ("J2", "P1", "")}


@pytest.mark.parametrize("sql, names", [
    ("UPDATE opinions SET text = 'I agree' WHERE juror = 'J1'",
     "opinions J1: the table holds text 'I agree'"),
    ("DELETE FROM opinions WHERE juror = 'J2'",
     "opinions J2: the history says"),
    ("INSERT INTO opinions (juror, text, written_at) VALUES ('S', 'x', '2026-01-01')",
     "opinions S: the table holds"),
    ("UPDATE adjustments SET points = 30 WHERE project = 'P1'",
     "adjustments P1 bigger bonus: the table holds 30.0, the history says 3.0"),
    ("DELETE FROM adjustments WHERE project = 'P2'",
     "adjustments P2 over time: the history says -1.0, but the table has no such record"),
    ("INSERT INTO adjustments (project, reason, points) VALUES ('P2', 'quietly', 5)",
     "adjustments P2 quietly: the table holds 5.0, which the history never recorded"),
    ("UPDATE comments SET comment = 'Excellent' WHERE juror = 'J2' AND project = 'P2'",
     "comments J2 P2 a: the table holds 'Excellent', the history says 'Weak budget'"),
    ("DELETE FROM comments WHERE juror = 'J1' AND criterion = 'b'",
     "comments J1 P2 b: the history says 'Good', but the table has no such record"),
    ("INSERT INTO comments (juror, project, criterion, comment) VALUES ('J1', 'P1', '', 'x')",
     "comments J1 P1 : the table holds 'x', which the history never recorded"),
])
def test_an_opinion_adjustment_or_comment_changed_by_hand_is_named(db, capsys, sql, names):
    """`audit` exits 1 naming the opinion, adjustment or comment that was changed,
    removed or added behind the program's back."""
    _sql(db, sql)
    assert main(["audit", str(db)]) == 1
    out = capsys.readouterr().out
    assert names in out and "does NOT follow" in out
    with Store.open(db) as store:
        assert not store.check_history().ok
