"""`jury-room results` and `jury-room decide` as a script would call them."""

import json

import pytest

from app.store import Store
from main import main
from tests.helpers import db_dump, write_folder

# P1 and P2 (both RU) have identical marks: 2*8 + 4 = 20 from J1 and 2*6 + 3 = 15 from J2,
# mean 17.5, and tie on the tie-break criterion a too; one place per group -> a tie at the
# cut. P3 (KZ) is alone in its group: 2*5 + 5 = 15 and 2*7 + 1 = 15, mean 15.
PROJECTS = ("code,title,organization,group,category,order\n"
            "P1,Первый,Org,RU,,1\nP2,Второй,Org,RU,,2\nP3,Үшінші,Org,KZ,,3\n")
SCORES = ("juror,project,criterion,score\n"
          "J1,P1,a,8\nJ1,P1,b,4\nJ2,P1,a,6\nJ2,P1,b,3\n"
          "J1,P2,a,8\nJ1,P2,b,4\nJ2,P2,a,6\nJ2,P2,b,3\n"
          "J1,P3,a,5\nJ1,P3,b,5\nJ2,P3,a,7\nJ2,P3,b,1\n")


@pytest.fixture
def tie_db(tmp_path, capsys):
    folder = write_folder(tmp_path / "f", projects=PROJECTS, scores=SCORES)
    db = tmp_path / "c.jury"
    assert main(["import", str(db), str(folder)]) == 0
    capsys.readouterr()
    return db


def results(db, capsys):
    assert main(["results", str(db), "--json"]) == 0
    return {p["code"]: p for p in json.loads(capsys.readouterr().out)["projects"]}


def test_results_json_is_the_contract(tie_db, capsys):
    assert main(["results", str(tie_db), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["complete"] is True
    assert [p["code"] for p in out["projects"]] == ["P1", "P2", "P3"]
    assert out["projects"][0] == {"code": "P1", "score": 17.5, "rank": 1, "group": "RU",
                                  "group_rank": 1, "tie": True, "decision_needed": True,
                                  "winner": False, "complete": True}
    p3 = out["projects"][2]
    assert (p3["score"], p3["rank"], p3["group_rank"], p3["winner"]) == (15.0, 3, 1, True)


def test_results_table_for_people(tie_db, capsys):
    assert main(["results", str(tie_db)]) == 0
    out = capsys.readouterr().out
    assert "Test cup" in out
    assert "Place  Code  Title" in out and "Country" in out
    line = next(l for l in out.splitlines() if " P2 " in l)
    assert line.split()[:2] == ["1=", "P2"] and "17.50" in line
    assert "tie, decision needed" in line
    assert "winner" in next(l for l in out.splitlines() if " P3 " in l)
    assert "Decision needed: tie at the cut in RU for 1 place(s): P1, P2" in out
    assert "All marks are in." in out


def test_decide_records_a_decision(tie_db, capsys):
    assert main(["decide", str(tie_db), "P2", "--winner", "yes",
                 "--reason", "  голосование 2:0  "]) == 0
    out = capsys.readouterr().out
    assert "recorded: P2 is a winner (голосование 2:0)" in out
    assert "still to decide in this tie: P1" in out
    rows = results(tie_db, capsys)
    # the tie is decided whole: until P1 has its decision too, nobody in it wins
    assert not rows["P2"]["winner"] and rows["P2"]["decision_needed"]
    assert rows["P1"]["decision_needed"] and not rows["P1"]["winner"]
    assert main(["decide", str(tie_db), "P1", "--winner", "no", "--reason", "vote"]) == 0
    capsys.readouterr()
    rows = results(tie_db, capsys)
    assert not rows["P1"]["decision_needed"] and not rows["P1"]["winner"]
    assert rows["P2"]["winner"] and not rows["P2"]["decision_needed"]
    with Store.open(tie_db) as store:
        d = store.load().decisions["P2"]
    assert d.winner and d.reason == "голосование 2:0" and "tied P1,P2" in d.basis


def test_a_decision_goes_stale_when_a_mark_changes(tie_db, capsys):
    assert main(["decide", str(tie_db), "P1", "--winner", "yes", "--reason", "vote"]) == 0
    assert main(["decide", str(tie_db), "P2", "--winner", "no", "--reason", "vote"]) == 0
    capsys.readouterr()
    with Store.open(tie_db) as store:
        store.set_mark("J2", "P2", "b", 2)          # P2 now 17.0: the tie is gone
    rows = results(tie_db, capsys)
    assert rows["P1"]["winner"] and not rows["P1"]["tie"]
    assert main(["results", str(tie_db)]) == 0
    assert "stale decision" in capsys.readouterr().out
    with Store.open(tie_db) as store:
        store.set_mark("J2", "P1", "b", 2)          # tied again, at 17.0: a new tie
    rows = results(tie_db, capsys)
    assert rows["P1"]["decision_needed"] and rows["P2"]["decision_needed"]
    assert not rows["P1"]["winner"]


@pytest.mark.parametrize("code, message", [
    ("P3", "P3 is not in a tie at the winners' cut"),
    ("NOPE", "no project with code 'NOPE'"),
])
def test_decide_refuses_a_project_not_at_the_cut(tie_db, capsys, code, message):
    before = db_dump(tie_db)
    assert main(["decide", str(tie_db), code, "--winner", "yes", "--reason", "x"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and err.startswith("jury-room decide: ")
    assert db_dump(tie_db) == before


def test_decide_needs_a_reason(tie_db, capsys):
    """A blank reason is refused by the service's rule, the one the window's decision is
    held to: one line, exit 2, the file unchanged."""
    before = db_dump(tie_db)
    assert main(["decide", str(tie_db), "P1", "--winner", "yes", "--reason", "   "]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "a jury decision needs its reason" in err
    assert db_dump(tie_db) == before


@pytest.mark.parametrize("argv", [
    ["decide", "DB", "P1", "--winner", "maybe", "--reason", "x"],
    ["decide", "DB", "P1", "--winner", "yes"],
    ["results", "DB", "--json", "--bogus"],
])
def test_usage_errors_exit_2(tie_db, capsys, argv):
    argv = [str(tie_db) if a == "DB" else a for a in argv]
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_decide_on_a_finalized_competition_is_refused(tie_db, capsys):
    with Store.open(tie_db) as store:
        store.finalize(True)
    before = db_dump(tie_db)
    assert main(["decide", str(tie_db), "P1", "--winner", "yes", "--reason", "x"]) == 2
    assert "finalized" in capsys.readouterr().err
    assert db_dump(tie_db) == before


def test_results_of_a_missing_database_exits_2(tmp_path, capsys):
    assert main(["results", str(tmp_path / "none.jury"), "--json"]) == 2
    assert "no such database" in capsys.readouterr().err
    assert not (tmp_path / "none.jury").exists()


def test_results_compare(tmp_path, capsys):
    # criteria a (max 10, weight 2) and b (max 5, weight 1).
    # A: J1 2*10+5 = 25, J2 25, J3 0 -> mean 50/3 = 16.67, median 25.
    # B: 2*8+4 = 20 from each juror -> 20 both ways. One place: mean B, median A.
    folder = write_folder(
        tmp_path / "f",
        toml='title = "T"\nmethod = "mean"\n[winners]\ntotal = 1\n',
        projects="code,title,organization,group,category,order\nA,A,O,G,,1\nB,B,O,G,,2\n",
        jurors="code,name,position,role\nJ1,a,,chair\nJ2,b,,member\nJ3,c,,member\n",
        scores="juror,project,criterion,score\n"
               "J1,A,a,10\nJ1,A,b,5\nJ2,A,a,10\nJ2,A,b,5\nJ3,A,a,0\nJ3,A,b,0\n"
               "J1,B,a,8\nJ1,B,b,4\nJ2,B,a,8\nJ2,B,b,4\nJ3,B,a,8\nJ3,B,b,4\n")
    db = tmp_path / "c.jury"
    assert main(["import", str(db), str(folder)]) == 0
    capsys.readouterr()
    assert main(["results", str(db), "--compare"]) == 0
    out = capsys.readouterr().out
    assert "Winners: B" in out
    median_line = next(l for l in out.splitlines() if l.startswith("median ") and "none" in l)
    assert "DIFFERS: gains A; loses B" in median_line
    assert "Other ways would change the winners." in out


def test_results_on_the_demo(tmp_path, demo_folder, capsys):
    db = tmp_path / "d.jury"
    assert main(["import", str(db), str(demo_folder)]) == 0
    capsys.readouterr()
    assert main(["results", str(db), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["complete"] is False and len(out["projects"]) == 12
    ranks = [p["rank"] for p in out["projects"] if p["rank"] is not None]
    assert ranks == sorted(ranks) and ranks[0] == 1
