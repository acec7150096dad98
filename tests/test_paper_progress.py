"""`jury-room progress`: every sheet's state, from the one rule in app.paper.state."""

import json

import pytest

from app.errors import InputError
from app.paper import codes
from app.service import JuryService
from app.store import Store
from main import main
from tests.helpers import db_dump, write_folder

# four projects, two jurors, criteria a (max 10, weight 2) and b (max 5)
PROJECTS = ("code,title,organization,group,category,order\n"
            "P1,One,Org,RU,,1\nP2,Two,Org,RU,,2\nP3,Three,Org,KZ,,3\nP4,Four,Org,KZ,,4\n")
SCORES = ("juror,project,criterion,score\n"
          "J1,P1,a,8\nJ1,P1,b,4\n"          # keyed, then verified
          "J1,P2,a,6\nJ1,P2,b,3\n"          # keyed, then a conflict
          "J1,P3,a,5\n"                     # partial
          "J2,P1,a,7\nJ2,P1,b,2\n"          # keyed
          "J2,P2,,R\n")                     # recused; J1 P4 missing; J2 P3 absent


@pytest.fixture
def db(tmp_path, capsys):
    folder = write_folder(tmp_path / "f", projects=PROJECTS, scores=SCORES)
    path = tmp_path / "c.jury"
    assert main(["import", str(path), str(folder)]) == 0
    with Store.open(path) as store:
        svc = JuryService(store)
        svc.set_absent("J2", "P3", True)
        desk = svc.paper
        desk.keyed_by = "Second"
        for crit, text in (("a", "8"), ("b", "4")):
            assert desk.second_mark("J1", "P1", crit, text).equal
        assert desk.second_mark("J1", "P2", "a", "6").equal
        assert not desk.second_mark("J1", "P2", "b", "2").equal
    capsys.readouterr()
    return path


def _states(db, capsys) -> dict:
    assert main(["progress", str(db), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert list(out) == ["sheets"]
    assert all(list(s) == ["juror", "project", "state"] for s in out["sheets"])
    return {(s["juror"], s["project"]): s["state"] for s in out["sheets"]}


def test_every_state_of_the_contract_appears_in_progress_json(db, capsys):
    """Each of the seven states is printed for the sheet built to be in it, every sheet
    of every scoring juror listed once, jurors in order and projects in running order."""
    states = _states(db, capsys)
    assert states == {
        ("J1", "P1"): "verified", ("J1", "P2"): "conflict", ("J1", "P3"): "partial",
        ("J1", "P4"): "missing", ("J2", "P1"): "keyed", ("J2", "P2"): "recused",
        ("J2", "P3"): "absent", ("J2", "P4"): "missing"}
    assert list(states)[:4] == [("J1", "P1"), ("J1", "P2"), ("J1", "P3"), ("J1", "P4")]


def test_the_text_form_shows_symbols_counts_and_each_difference(db, capsys):
    """Without --json: a symbol per sheet, the count of each state, and the one
    conflict named with both values and who keyed the second."""
    assert main(["progress", str(db)]) == 0
    out = capsys.readouterr().out
    assert "✔ verified 1" in out and "≠ conflict 1" in out and "○ missing 2" in out
    assert "conflict: J1 P2 b: first 3, second 2 (keyed by Second)" in out


def test_a_mark_changed_after_verification_is_a_conflict_again(db, capsys):
    """The second keying is compared with the marks as they are now: editing a verified
    mark makes its sheet a conflict until settled; settling sets both keyings."""
    with Store.open(db) as store:
        svc = JuryService(store)
        svc.enter_mark("J1", "P1", "a", "9")
        assert svc.paper.state_of("J1", "P1") == "conflict"
        svc.paper.keyed_by = "Lead"
        svc.paper.settle("J1", "P1", "a", "8")
        assert svc.paper.state_of("J1", "P1") == "verified"
        assert svc.competition().marks[("J1", "P1", "a")] == 8
        note = svc.mark_history("J1", "P1", "a")[-1]["note"]
        assert note == "settled by Lead: first 9, second 8 (keyed by Second) -> 8"
    assert _states(db, capsys)[("J1", "P1")] == "verified"


def test_progress_is_read_only_and_refuses_a_missing_file(db, tmp_path, capsys):
    """progress changes nothing; a mistyped file name is one line and exit 2."""
    before = db_dump(db)
    _states(db, capsys)
    assert db_dump(db) == before
    assert main(["progress", str(tmp_path / "nope.jury")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such database" in err


def test_a_recusal_keyed_only_the_second_time_is_a_conflict(db, capsys):
    """The second reading says R where the first has marks: the sheet is in conflict
    on what it is; settling it as marks leaves the marks and the sheet verified once
    every mark is keyed twice."""
    with Store.open(db) as store:
        desk = JuryService(store).paper
        cmp = desk.second_mark("J2", "P1", "a", "R")
        assert not cmp.equal and cmp.second == "recused"
        assert desk.state_of("J2", "P1") == "conflict"
        assert [d.criterion for d in desk.differences("J2", "P1")] == [""]
        desk.settle("J2", "P1", "", "")
        desk.second_mark("J2", "P1", "a", "7")
        desk.second_mark("J2", "P1", "b", "2")
        assert desk.state_of("J2", "P1") == "verified"


def test_sheet_codes_tell_another_competition_and_an_older_running_order(db):
    """A sheet code names the juror; the code of a reordered competition, of another
    competition, of another juror or of a voided issue is refused with the reason."""
    with Store.open(db) as store:
        svc = JuryService(store)
        desk = svc.paper
        code = desk.sheet_code("J1")
        assert desk.check_code(code) == "J1"
        assert desk.check_code(code.lower(), "J1") == "J1"
        with pytest.raises(InputError, match="not J2's"):
            desk.check_code(code, "J2")
        other = code.split("-")
        with pytest.raises(InputError, match="another competition"):
            desk.check_code(f"J1-{'0000' if other[1] != '0000' else '1111'}-{other[2]}")
        svc.move_project("P1", 1)
        with pytest.raises(InputError, match="older set-up or running order"):
            desk.check_code(code)
        new = desk.sheet_code("J1")
        desk.void("J1", "coffee spilt")
        with pytest.raises(InputError, match="voided"):
            desk.check_code(new)
        assert desk.reissue("J1") == 2
        with pytest.raises(InputError, match="issue 2 is the one in use"):
            desk.check_code(new)
        assert desk.check_code(desk.sheet_code("J1")) == "J1"
        assert desk.sheet_code("J1").endswith("-2")
        assert codes.qr_payload(svc.competition(), "J1", 2).startswith(codes.QR_PREFIX)


def test_without_a_second_keying_the_counts_are_the_states_counted_sheet_by_sheet(tmp_path):
    """`verification` skips looking at each sheet's marks when nothing was keyed a second
    time: its counts are then exactly those of every sheet's state (a recused, an absent,
    a partial, a missing sheet and a withdrawn project included)."""
    from app.paper import state
    from app.paper.records import Paper

    folder = write_folder(tmp_path / "f", projects=PROJECTS, scores=SCORES)
    path = tmp_path / "c.jury"
    assert main(["import", str(path), str(folder)]) == 0
    with Store.open(path) as store:
        svc = JuryService(store)
        svc.set_absent("J2", "P3", True)
        comp = svc.competition().materialized()
    from dataclasses import replace
    projects = tuple(replace(p, withdrawn=p.code == "P4") for p in comp.projects)
    for c in (comp, replace(comp, projects=projects)):
        counted = state.counts(state.sheet_states(c, Paper()))
        expected = (counted[state.VERIFIED],
                    sum(counted[s] for s in (state.MISSING, state.PARTIAL, state.KEYED,
                                             state.VERIFIED, state.CONFLICT)),
                    counted[state.CONFLICT])
        v = state.verification(c, Paper())
        assert (v.verified, v.to_verify, v.conflicts) == expected
        assert v.to_verify == (6 if c is comp else 4)   # 8 sheets, 1 recused, 1 absent
