"""A second laptop: `jury-room handover` writes a keying copy, `jury-room merge` brings
its marks back: lacking marks added, equal ones verify, different ones listed and not
applied; both ways; a copy of another competition or set-up refused."""

import pytest

from app.service import JuryService
from app.store import Store
from main import main
from tests.helpers import db_dump, write_folder


@pytest.fixture
def pair(tmp_path, demo_folder, capsys):
    """The demo (A) and a keying copy of it (B), handed over by the command."""
    a, b = tmp_path / "a.jury", tmp_path / "b.jury"
    assert main(["import", str(a), str(demo_folder)]) == 0
    assert main(["handover", str(a), str(b)]) == 0
    assert "keying copy" in capsys.readouterr().out
    return a, b


def _key(path, who, cells):
    """Key (juror, project, criterion, text) cells in the window's way, as `who`."""
    with Store.open(path) as store:
        svc = JuryService(store)
        svc.paper.keyed_by = who
        for j, p, c, text in cells:
            svc.enter_mark(j, p, c, text)


def _marks(path):
    with Store.open(path, read_only=True) as store:
        return dict(store.load().marks)


CRITERIA = ("relevance", "quality", "impact", "sustainability")


def test_the_copy_holds_the_setup_and_no_marks(pair, capsys):
    """B has A's projects, jurors and criteria, no mark, recusal or decision, and says
    in its history and paper records what it is a copy of; A's history records the
    handover."""
    a, b = pair
    with Store.open(b, read_only=True) as store:
        comp = store.load()
        from app.paper import records
        meta = records.load(store.conn).copy_of
    with Store.open(a, read_only=True) as store:
        orig = store.load()
        from app.paper import codes
        assert meta["setup"] == codes.setup_fingerprint(orig)
        assert any(r["action"] == "handover" for r in store.audit_rows())
    assert comp.projects == orig.projects and comp.jurors == orig.jurors
    assert comp.criteria == orig.criteria and comp.settings == orig.settings
    assert not comp.marks and not comp.recusals and not comp.decisions
    assert main(["handover", str(a), str(b)]) == 2  # never over an existing file
    assert "already exists" in capsys.readouterr().err


def test_parallel_keying_adds_the_missing_sheets_with_who_keyed_them(pair, capsys):
    """Boris keys J5's RU-05 sheet (missing in A) and J6's recusal from RU-06 into the
    copy; merging adds the four marks and the recusal to A, whose history says they
    came from the copy keyed by Boris."""
    a, b = pair
    _key(b, "Boris", [("J5", "RU-05", c, m) for c, m in zip(CRITERIA, "7685")] +
         [("J6", "RU-06", "relevance", "R")])
    assert main(["merge", str(a), str(b)]) == 0
    out = capsys.readouterr().out
    assert "5 mark(s), recusal(s) or absence(s) added, 0 sheet(s) verified, " \
           "0 difference(s)" in out
    with Store.open(a, read_only=True) as store:
        assert ("J6", "RU-06") in store.load().recusals
    marks = _marks(a)
    assert [marks[("J5", "RU-05", c)] for c in CRITERIA] == [7, 6, 8, 5]
    with Store.open(a, read_only=True) as store:
        note = JuryService(store).mark_history("J5", "RU-05", "impact")[-1]["note"]
    assert note.startswith("merged from keying copy b.jury") and "keyed by Boris" in note
    with Store.open(b, read_only=True) as store:
        assert JuryService(store).mark_history("J5", "RU-05", "impact")[-1]["note"] == \
            "keyed by Boris"


def test_blind_keying_in_the_copy_verifies_and_lists_one_difference(pair, capsys):
    """Boris keys J1's RU-01 and KZ-01 sheets again blind, one mark different: merging
    verifies RU-01, lists the one difference on its own line, leaves A's mark as it
    was, and the board shows KZ-01 in conflict until it is settled."""
    a, b = pair
    before = _marks(a)
    cells = [("J1", p, c, f"{before[('J1', p, c)]:g}") for p in ("RU-01", "KZ-01")
             for c in CRITERIA]
    wrong = before[("J1", "KZ-01", "impact")] - 1
    cells[6] = ("J1", "KZ-01", "impact", f"{wrong:g}")
    _key(b, "Boris", cells)
    assert main(["merge", str(a), str(b)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (f"conflict: J1 KZ-01 impact: {before[('J1', 'KZ-01', 'impact')]:g} "
                        f"here, {wrong:g} in the copy (keyed by Boris)")
    assert "0 mark(s), recusal(s) or absence(s) added, 1 sheet(s) verified, " \
           "1 difference(s) to settle" in lines[-1]
    assert _marks(a) == before  # nothing applied
    with Store.open(a) as store:
        desk = JuryService(store).paper
        assert desk.state_of("J1", "RU-01") == "verified"
        assert desk.state_of("J1", "KZ-01") == "conflict"
        desk.keyed_by = "Anna"
        desk.settle("J1", "KZ-01", "impact", f"{wrong:g}")
        assert desk.state_of("J1", "KZ-01") == "verified"
    assert _marks(a)[("J1", "KZ-01", "impact")] == wrong
    # merging the same copy again adds and verifies nothing more
    assert main(["merge", str(a), str(b)]) == 0
    assert "0 sheet(s) verified, 0 difference(s) to settle, 2 sheet(s) already merged" in \
        capsys.readouterr().out


def test_both_ways_each_laptop_ends_with_every_mark_and_no_double_count(pair, capsys):
    """B keys J6's missing KZ-05 and J1's RU-01 again with one difference; A keys J6's
    KZ-06. B takes in A's marks (A's J1 RU-01 against B's: one difference), A takes in
    B's: each has both new sheets, and what B took from A does not come back to A as a
    second keying."""
    a, b = pair
    a_marks = _marks(a)
    _key(b, "Boris", [("J6", "KZ-05", c, "5") for c in CRITERIA] +
         [("J1", "RU-01", c, f"{a_marks[('J1', 'RU-01', c)] + (c == 'quality'):g}")
          for c in CRITERIA])
    _key(a, "Anna", [("J6", "KZ-06", c, "6") for c in CRITERIA])
    assert main(["merge", str(b), str(a)]) == 0
    out_b = capsys.readouterr().out
    assert out_b.count("conflict:") == 1 and "J1 RU-01 quality" in out_b
    assert main(["merge", str(a), str(b)]) == 0
    out_a = capsys.readouterr().out
    assert out_a.count("conflict:") == 1 and "J1 RU-01 quality" in out_a
    assert "0 sheet(s) verified" in out_a   # B's copies of A's sheets are not a keying
    ma, mb = _marks(a), _marks(b)
    assert ma[("J6", "KZ-05", "impact")] == 5 and mb[("J6", "KZ-06", "impact")] == 6
    with Store.open(a, read_only=True) as store:
        assert JuryService(store).paper.state_of("J1", "RU-02") == "keyed"


def test_a_copy_of_another_competition_or_setup_is_refused(pair, tmp_path, capsys):
    """Another competition's copy, and A's own copy after A's running order changed,
    are refused in one line with exit 2, and A is unchanged."""
    a, b = pair
    other = tmp_path / "other.jury"
    assert main(["import", str(other), str(write_folder(tmp_path / "o"))]) == 0
    c = tmp_path / "c.jury"
    assert main(["handover", str(other), str(c)]) == 0
    capsys.readouterr()
    before = db_dump(a)
    assert main(["merge", str(a), str(c)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "another competition" in err
    assert db_dump(a) == before
    with Store.open(a) as store:
        JuryService(store).move_project("RU-01", 1)
    before = db_dump(a)
    assert main(["merge", str(a), str(b)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "another set-up" in err
    assert db_dump(a) == before
