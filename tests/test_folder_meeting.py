"""The jury meeting through `export` and `import` (issue 17, item 3): the decisions with
their votes and the chair's casting vote, the dissenting opinions (opinions.csv) and the
jurors' attendance come back as they were, fingerprint and all; a bad row of
opinions.csv or a vote the meeting could not have cast is one line naming the file, the
line and the field, exit 2, and nothing is changed."""

from __future__ import annotations

import pytest

from app.fingerprint import fingerprint
from app.service import JuryService
from app.store import Store
from main import main
from tests.helpers import db_dump

OPINION = 'Считаю, что RU-03 заслуживал победы:\nпроект шире, "охват" больше.'


@pytest.fixture
def decided(tmp_path, demo_folder, capsys):
    """The demo with its tie at the cut decided by a 3:3 vote and the chair's casting
    vote, two opinions (one of two lines, with a comma and quotes) and a juror absent."""
    db = tmp_path / "a.jury"
    assert main(["import", str(db), str(demo_folder)]) == 0
    with Store.open(db) as store:
        service = JuryService(store)
        service.set_attendance("J4", "absent")
        service.decide_tie("RU-02", ["RU-02"], "шире охват", votes=(2, 2, 1), casting=True)
        service.set_opinion("J3", OPINION)
        service.set_opinion("J6", "Келіспеймін")
    capsys.readouterr()
    return db


def _load(db):
    with Store.open(db) as store:
        return store.load()


def test_export_then_import_keeps_votes_opinions_and_attendance(decided, tmp_path):
    """Exported, imported into a new file and exported again: the same decisions (votes,
    casting vote, time), opinions (text, time) and attendance, the same fingerprint,
    and the same files."""
    out, again = tmp_path / "out", tmp_path / "again"
    assert main(["export", str(decided), str(out)]) == 0
    assert (out / "opinions.csv").read_text(encoding="utf-8").splitlines()[0] == \
        "juror,opinion,written_at"
    assert ",2:2:1,yes" in (out / "decisions.csv").read_text(encoding="utf-8")
    copy = tmp_path / "b.jury"
    assert main(["import", str(copy), str(out)]) == 0
    before, after = _load(decided), _load(copy)
    assert after.decisions == before.decisions
    assert after.decisions["RU-02"].votes == (2, 2, 1) and after.decisions["RU-02"].casting
    assert after.opinions == before.opinions and after.opinions["J3"].text == OPINION
    assert after.juror("J4").attendance == "absent"
    assert fingerprint(after) == fingerprint(before)
    assert main(["export", str(copy), str(again)]) == 0
    for f in out.iterdir():
        assert (again / f.name).read_bytes() == f.read_bytes(), f.name


def test_an_opinion_withdrawn_leaves_no_stale_file_behind(decided, tmp_path):
    """Export into the same folder after the opinions are withdrawn (`--remove`, or an
    empty `--text`): opinions.csv goes, so a later import does not bring them back."""
    out = tmp_path / "out"
    assert main(["export", str(decided), str(out)]) == 0
    assert main(["opinion", str(decided), "J3", "--remove"]) == 0
    assert main(["opinion", str(decided), "J3", "--remove"]) == 2      # none left to withdraw
    assert main(["opinion", str(decided), "J6", "--text", ""]) == 0
    assert _load(decided).opinions == {}
    assert main(["export", str(decided), str(out)]) == 0
    assert not (out / "opinions.csv").exists()


@pytest.mark.parametrize("file, text, says", [
    ("opinions.csv", "juror,opinion\nJ3,fine\nS1,I disagree\n",
     "opinions.csv, line 3: field 'juror': 'S1' is the secretary, who does not vote"),
    ("opinions.csv", "juror,opinion\nJ99,I disagree\n",
     "opinions.csv, line 2: field 'juror': unknown juror 'J99'"),
    ("opinions.csv", "juror,opinion\nJ3,\"  \"\n",
     "opinions.csv, line 2: field 'opinion': the opinion is empty"),
    ("opinions.csv", "juror,text\nJ3,x\n", "opinions.csv"),
    ("opinions.csv", "juror,opinion\nJ3," + "я" * 2001 + "\n",
     "opinions.csv, line 2: field 'opinion': too long"),
    ("decisions.csv", "project,winner,reason,votes,casting\nRU-02,yes,r,4:3:0,no\n",
     "decisions.csv, line 2: field 'votes': 7 votes, but only 6 scoring jurors took part"),
    ("decisions.csv", "project,winner,reason,votes,casting\nRU-02,yes,r,3:2:0,yes\n",
     "decisions.csv, line 2: field 'casting': a casting vote settles a tied vote"),
    ("decisions.csv", "project,winner,reason,votes,casting\nRU-02,yes,r,,yes\n",
     "decisions.csv, line 2: field 'casting': a casting vote needs the votes it settled"),
    ("decisions.csv", "project,winner,reason,votes\nRU-02,yes,r,1:4:0\n",
     "decisions.csv, line 2: field 'votes': 1 for and 4 against: the jury voted this decision"),
    ("decisions.csv", "project,winner,reason,votes,casting\nRU-02,yes,r,2:2:1,no\n",
     "decisions.csv, line 2: field 'votes': 2 for and 2 against is a tied vote"),
    ("decisions.csv", "project,winner,reason,votes\nRU-02,yes,r,3-3\n",
     "decisions.csv, line 2: field 'votes': votes '3-3' are not FOR:AGAINST:ABSTAIN"),
])
def test_a_bad_row_is_one_line_exit_2_and_changes_nothing(decided, demo_folder, capsys,
                                                          file, text, says):
    """The same rules as the window and the command line, with the file, line and
    field named; the database is left exactly as it was."""
    (demo_folder / file).write_text(text, encoding="utf-8")
    before = db_dump(decided)
    assert main(["import", str(decided), str(demo_folder)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and says in err, err
    assert db_dump(decided) == before
