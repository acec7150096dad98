"""Importing and exporting a competition folder, as the contract describes it."""

import pytest

from app.errors import InputError
from app.folder import export_folder, import_folder, read_folder
from app.store import Store
from tests.helpers import db_dump, write_folder

SCORES = ("juror,project,criterion,score\n"
          "J1,P1,a,7\nJ1,P1,b,4\nJ2,P1,a,9\nJ2,P1,b,5\nJ1,P2,a,3\n")


def test_import_reads_every_file(store, tmp_path):
    folder = write_folder(tmp_path / "f", scores=SCORES)
    summary = import_folder(store, folder)
    comp = store.load()
    assert summary.marks == 5
    assert comp.settings.title == "Test cup"
    assert comp.settings.winners_per_group == 1
    assert [p.code for p in comp.running_order] == ["P1", "P2"]
    assert comp.project("P2").title == "Екінші"
    assert [j.role for j in comp.jurors] == ["chair", "member", "secretary"]
    assert comp.criterion("a").weight == 2.0 and comp.criterion("b").max == 5.0
    assert comp.marks[("J2", "P1", "a")] == 9.0


def test_import_export_import_gives_the_same_competition(demo_store, tmp_path):
    first = demo_store.load()
    export_folder(first, tmp_path / "out")
    with Store.open(tmp_path / "again.jury") as again:
        import_folder(again, tmp_path / "out")
        second = again.load()
    assert second == first
    # and the exported folder is stable: exporting again writes the same bytes
    export_folder(second, tmp_path / "out2")
    for f in (tmp_path / "out").iterdir():
        assert (tmp_path / "out2" / f.name).read_bytes() == f.read_bytes()


def test_export_keeps_withdrawn_absent_and_decisions(demo_store, tmp_path):
    from app.model import Decision

    demo_store.set_withdrawn("RU-06", True)
    demo_store.set_absent("J2", "KZ-06", True)
    demo_store.record_decision(Decision("RU-01", True, "Решение жюри: голосование 4:2"))
    export_folder(demo_store.load(), tmp_path / "out")
    with Store.open(tmp_path / "b.jury") as b:
        import_folder(b, tmp_path / "out")
        comp = b.load()
    assert comp.project("RU-06").withdrawn
    assert ("J2", "KZ-06") in comp.absences
    assert comp.decisions["RU-01"].reason == "Решение жюри: голосование 4:2"


def test_a_later_row_replaces_an_earlier_one(store, tmp_path):
    import_folder(store, write_folder(tmp_path / "f", scores=SCORES + "J1,P1,a,2\n"))
    assert store.load().marks[("J1", "P1", "a")] == 2.0


@pytest.mark.parametrize("letter", ["R", "r", "Р"])
def test_one_r_row_recuses_with_or_without_a_criterion(store, tmp_path, letter):
    scores = f"juror,project,criterion,score\nJ1,P1,,{letter}\nJ2,P2,b,{letter}\n"
    import_folder(store, write_folder(tmp_path / "f", scores=scores))
    assert store.load().recusals == {("J1", "P1"), ("J2", "P2")}


def test_half_points_decimal_comma_bom_and_semicolons(store, tmp_path):
    """What Excel in a Russian locale writes: BOM, semicolons, decimal commas."""
    folder = write_folder(tmp_path / "f", toml=(
        'title = "Cup"\nscore_step = 0.5\n[winners]\ntotal = 2\n'))
    (folder / "scores.csv").write_bytes(
        "\ufeffjuror;project;criterion;score\nJ1;P1;a;7,5\nJ2;P1;a;8.5\n".encode())
    import_folder(store, folder)
    assert store.load().marks[("J1", "P1", "a")] == 7.5
    assert store.load().settings.winners_total == 2


def test_projects_from_an_excel_workbook(store, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    folder = write_folder(tmp_path / "f")
    (folder / "projects.csv").unlink()
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Order", "Code", "Title", "Organization", "Group", "Category", "Site"])
    sheet.append([2, "KZ-1", "Ұлттық ойындар", "Дала мұрасы", "KZ", None, "x.kz"])
    sheet.append([1, "RU-1", "Театр", "Мост", "RU", "Культура", None])
    book.save(folder / "projects.xlsx")
    import_folder(store, folder)
    comp = store.load()
    assert [p.code for p in comp.running_order] == ["RU-1", "KZ-1"]
    assert comp.project("KZ-1").title == "Ұлттық ойындар"
    assert comp.project("KZ-1").notes == {"site": "x.kz"}


def test_update_by_code_keeps_what_the_folder_does_not_mention(store, tmp_path):
    import_folder(store, write_folder(tmp_path / "f", scores=SCORES))
    update = tmp_path / "u"
    update.mkdir()
    (update / "scores.csv").write_text("juror,project,criterion,score\nJ2,P2,a,6\n")
    import_folder(store, update)
    comp = store.load()
    assert comp.marks[("J2", "P2", "a")] == 6.0
    assert comp.marks[("J1", "P1", "a")] == 7.0
    assert len(comp.projects) == 2


def test_extra_columns_warn_and_are_kept_as_project_notes(store, tmp_path):
    folder = write_folder(tmp_path / "f", projects=(
        "code,title,organization,group,category,order,budget\nP1,A,O,RU,,1,100\n"),
        jurors="code,name,position,role,email\nJ1,A,,chair,a@b\n")
    summary = import_folder(store, folder)
    assert store.load().project("P1").notes == {"budget": "100"}
    assert any("email" in w for w in summary.warnings)


BAD = [
    # (file, content, words the message must contain)
    ("projects.csv", "code,title,organisation,group,category,order\nP1,A,O,G,,1\n",
     ["projects.csv", "line 1", "organization", "organisation"]),
    ("projects.csv", "code,title,organization,group,category,order\nP1,A,O,G,,1\nP1,B,O,G,,2\n",
     ["projects.csv", "line 3", "duplicate code 'P1'"]),
    ("projects.csv", "code,title,organization,group,category,order\nP1,A,O,G,,1\nP2,B,O,G,,1\n",
     ["projects.csv", "line 3", "order"]),
    ("projects.csv", "code,title,organization,group,category,order\nP1,A,O,G,,one\n",
     ["projects.csv", "line 2", "order"]),
    ("projects.csv", "code,title,organization,group,category,order\nP1,A,O,G,,1\nP2,B,O,G,,3\n",
     ["projects.csv", "1..2", "2 is missing"]),
    ("projects.csv", 'code,title,organization,group,category,order\nP1,"A,O,G,,1\n',
     ["projects.csv", "CSV"]),
    ("jurors.csv", "code,name,position,role\nJ1,A,,boss\n",
     ["jurors.csv", "line 2", "role", "boss"]),
    ("criteria.csv", "code,name,max,weight\na,A,0,1\n", ["criteria.csv", "line 2", "max"]),
    ("criteria.csv", "code,name,max,weight\na,A,10,-1\n", ["criteria.csv", "line 2", "weight"]),
    ("criteria.csv", "code,name,max,weight\na,A,ten,1\n", ["criteria.csv", "'ten'"]),
    ("scores.csv", "juror,project,criterion,score\nJ9,P1,a,5\n",
     ["scores.csv", "line 2", "juror", "J9"]),
    ("scores.csv", "juror,project,criterion,score\nJ1,P9,a,5\n", ["scores.csv", "P9"]),
    ("scores.csv", "juror,project,criterion,score\nJ1,P1,z,5\n", ["scores.csv", "'z'"]),
    ("scores.csv", "juror,project,criterion,score\nJ1,P1,a,5\nJ1,P1,b,6\n",
     ["scores.csv", "line 3", "out of range", "0 to 5"]),
    ("scores.csv", "juror,project,criterion,score\nJ1,P1,a,7.5\n",
     ["scores.csv", "line 2", "grid"]),
    ("scores.csv", "juror,project,criterion,score\nJ1,P1,a,-1\n", ["scores.csv", "range"]),
    ("scores.csv", "juror,project,criterion,score\nJ1,P1,a,nan\n", ["scores.csv", "number"]),
    ("scores.csv", "juror,project,criterion,score\nJ1,P1,a,7\nS,P1,a,7\n",
     ["scores.csv", "line 3", "secretary"]),
    ("competition.toml", 'title = "x"\nmethod = "average"\n', ["competition.toml", "line 2",
                                                               "average"]),
    ("competition.toml", 'title = "x"\nmethod = \n', ["competition.toml", "TOML"]),
    ("competition.toml", 'title = "x"\ntie_break = ["zzz"]\n', ["tie_break", "zzz"]),
    ("competition.toml", 'title = "x"\n[winners]\nper_group = 0\n', ["per_group"]),
    ("competition.toml", 'title = "x"\n[winners]\nper_group = 2\ntotal = 3\n', ["exactly one"]),
    ("competition.toml", 'title = "x"\nscore_step = -1\n', ["score_step"]),
    ("competition.toml", 'subtitle = "x"\n', ["title"]),
    # numbers as Python would read them but a spreadsheet never writes them
    ("scores.csv", "juror,project,criterion,score\nJ1,P1,a,1_0\n", ["line 2", "'1_0'"]),
    ("scores.csv", "juror,project,criterion,score\nJ1,P1,a,1e1\n", ["line 2", "number"]),
    ("scores.csv", "juror,project,criterion,score\nJ1,P1,a,\u0663\n", ["line 2", "number"]),
    ("scores.csv", "juror,project,criterion,score\nJ1,P1,a,inf\n", ["line 2", "number"]),
    ("scores.csv", "juror,project,criterion,score\nJ1,P1,a,7,5\n", ["line 2", "5 values"]),
    ("scores.csv", "juror;project;criterion;score\nJ1;P1;a;7,5\n", ["line 2", "off the grid", "whole points"]),
    ("scores.csv", "juror,project,criterion,score\nJ1,P1,,7\n", ["line 2", "criterion"]),
    ("scores.csv", "juror,project,criteria,score\nJ1,P1,a,7\n",
     ["line 1", "'criterion' is missing", "'criteria'"]),
    ("criteria.csv", "code,name,max,weight\na,A,1e3,1\n", ["line 2", "max", "'1e3'"]),
    ("criteria.csv", "code,name,max,weight\na,A,2000000,1\n", ["line 2", "at most"]),
    ("criteria.csv", "code,name,max,weight\na,A,10,inf\n", ["line 2", "weight"]),
    ("criteria.csv", "code,name,max,weight\na,A,10,1\na,B,5,1\n", ["line 3", "duplicate"]),
    ("criteria.csv", "code,name,max,weight\na,,10,1\n", ["line 2", "name"]),
    ("projects.csv", "code,title,organization,group,category,order\nP1,A,O,G,,"
     + "9" * 30 + "\n", ["line 2", "order"]),
    ("projects.csv", "code,title,organization,group,category,order\nP1,A,O,G,,\u0661\n",
     ["line 2", "order"]),
    ("jurors.csv", "code,name,position,rol\nJ1,A,,chair\n", ["'role' is missing", "'rol'"]),
    ("jurors.csv", "code,name,position,role\nJ1,A,,chair\nJ1,B,,member\n",
     ["line 3", "duplicate code 'J1'"]),
    # J1 has stored marks: making J1 the secretary would leave marks nobody counts
    ("jurors.csv", "code,name,position,role\nJ1,A,,secretary\nJ2,B,,chair\n",
     ["jurors.csv", "role", "stored marks"]),
    ("absences.csv", "juror,project\nJ1,P9\n", ["absences.csv", "line 2", "P9"]),
    ("decisions.csv", "project,winner,reason\nP1,maybe,x\n", ["line 2", "winner"]),
    ("decisions.csv", "project,winner,reason\nP9,yes,x\n", ["line 2", "P9"]),
    ("competition.toml", 'title = "x"\nscore_step = 0.001\n', ["line 2", "score_step"]),
    ("competition.toml", 'title = "x"\nscore_step = 1e-300\n', ["score_step"]),
    ("competition.toml", 'title = "x"\nnormalize = "rank"\n', ["line 2", "rank"]),
    ("competition.toml", 'title = "x"\ntrim = -1\n', ["line 2", "trim"]),
    ("competition.toml", 'title = 5\n', ["line 1", "title", "quotes"]),
    ("competition.toml", 'title = "x"\ndates = ["5 October"]\n', ["dates", "5 October"]),
    ("competition.toml", 'title = "x"\nx = ' + "[" * 2000 + "]" * 2000 + "\n",
     ["TOML", "nested"]),
    ("competition.toml", 'title = "x"\n[winners]\nbest = 3\n', ["winners.best"]),
]


@pytest.mark.parametrize("name, content, words", BAD, ids=[f"{b[0]}-{i}" for i, b in
                                                           enumerate(BAD)])
def test_a_bad_folder_is_refused_with_a_clear_message_and_changes_nothing(
        store, tmp_path, name, content, words):
    import_folder(store, write_folder(tmp_path / "base", scores=SCORES))
    folder = write_folder(tmp_path / "f")
    (folder / name).write_text(content, encoding="utf-8")
    before = db_dump(store.path)
    with pytest.raises(InputError) as err:
        import_folder(store, folder)
    message = str(err.value)
    for word in words:
        assert word in message, message
    assert "\n" not in message
    assert db_dump(store.path) == before


CP1251 = {
    "projects.csv": "code,title,organization,group,category,order\nP1,Проект,Орг,RU,,1\n",
    "jurors.csv": "code,name,position,role\nJ1,Анна,,chair\nJ2,Борис,,member\n",
    "criteria.csv": "code,name,max,weight\na,Актуальность,10,2\nb,Качество,5,1\n",
    "competition.toml": 'title = "Кубок"\n',
    "scores.csv": "juror,project,criterion,score\nJ1,P1,a,7\nJ2,P1,a,Р\n",
}


@pytest.mark.parametrize("name", CP1251)
def test_a_cp1251_file_is_named_with_its_line(store, tmp_path, name):
    """A Windows Cyrillic file, whichever it is, is refused naming the first bad line."""
    folder = write_folder(tmp_path / "f")
    text = CP1251[name]
    (folder / name).write_bytes(text.encode("cp1251"))
    line = next(i for i, row in enumerate(text.splitlines(), 1) if not row.isascii())
    with pytest.raises(InputError) as err:
        import_folder(store, folder)
    assert str(err.value).startswith(f"{name}, line {line}: the file is not UTF-8")
    assert "cp1251" in str(err.value)
    assert store.load().projects == ()


def test_a_folder_where_a_file_should_be_is_refused(store, tmp_path):
    folder = write_folder(tmp_path / "f")
    (folder / "scores.csv").mkdir()
    with pytest.raises(InputError, match="scores.csv: cannot read the file"):
        import_folder(store, folder)
    assert store.load().projects == ()


def test_a_new_competition_needs_the_four_files(store, tmp_path):
    folder = write_folder(tmp_path / "f")
    (folder / "jurors.csv").unlink()
    with pytest.raises(InputError, match="jurors.csv"):
        import_folder(store, folder)


def test_lowering_a_max_below_a_stored_mark_is_refused(store, tmp_path):
    import_folder(store, write_folder(tmp_path / "f", scores=SCORES))
    folder = write_folder(tmp_path / "g", criteria="code,name,max,weight\na,A,5,2\nb,B,5,1\n")
    with pytest.raises(InputError, match="would become invalid"):
        import_folder(store, folder)
    assert store.load().criterion("a").max == 10.0


def test_read_folder_alone_writes_nothing(tmp_path):
    folder = write_folder(tmp_path / "f", scores=SCORES)
    data = read_folder(folder)
    assert len(data.scores) == 5 and data.settings.title == "Test cup"
    assert sorted(p.name for p in folder.iterdir()) == [
        "competition.toml", "criteria.csv", "jurors.csv", "projects.csv", "scores.csv"]
