"""The regulation's keys and files through import and export: competition.toml's
aggregate, comments, [rounding] and min_score; adjustments.csv; comments.csv."""

from fractions import Fraction

import pytest

from app.errors import InputError
from app.folder import export_folder, import_folder
from app.scoring import compute, results_json
from app.store import Store
from tests.helpers import TOML as PLAIN_TOML
from tests.helpers import db_dump, write_folder

TOML = """title = "Grant competition"
group_label = "Country"
method = "mean"
score_step = 0.5
aggregate = "criterion"
comments = "required"

[rounding]
criterion = 1
weighted = 2
score = 2
mode = "half_even"

[winners]
per_group = 1
min_score = 10
"""
SCORES = ("juror,project,criterion,score\n"
          "J1,P1,a,7\nJ1,P1,b,4\nJ2,P1,a,8\nJ2,P1,b,3.5\n"
          "J1,P2,a,2\nJ1,P2,b,1\nJ2,P2,a,3\nJ2,P2,b,1\n")
ADJUSTMENTS = ("project,points,reason\n"
               "P1,\"1,5\",Registered provider (rule 4.2)\nP2,-0.25,Late report (rule 7.1)\n")
COMMENTS = ("juror,project,criterion,comment\n"
            "J1,P1,,Сильная команда\nJ2,P1,a,\"Актуально, но дорого\"\nJ1,P2,,Weak plan\n")


def _folder(tmp_path, toml=TOML, **files):
    folder = write_folder(tmp_path / "f", toml=toml, scores=SCORES)
    for name, text in files.items():
        (folder / f"{name}.csv").write_text(text, encoding="utf-8")
    return folder


def test_the_regulations_keys_and_files_are_imported(tmp_path):
    """Every key lands in the settings, every adjustment and comment in the store, and
    the score is made per criterion, rounded, then adjusted: P1's a: (7 + 8) / 2 = 7.5,
    × 2 = 15.00; b: (4 + 3.5) / 2 = 3.75 -> 3.8 (half even, one decimal), × 1 = 3.80;
    18.80, + 1.5 = 20.30. P2's a 2.5 × 2 = 5, b 1 -> 6.00 - 0.25 = 5.75: under 10."""
    folder = _folder(tmp_path, adjustments=ADJUSTMENTS, comments=COMMENTS)
    with Store.open(tmp_path / "c.jury") as store:
        import_folder(store, folder)
        comp = store.load()
    s = comp.settings
    assert (s.aggregate, s.comments, s.rounding_criterion, s.rounding_weighted,
            s.rounding_score, s.rounding_mode, s.min_score) == \
        ("criterion", "required", 1, 2, 2, "half_even", 10.0)
    assert [(a.project, a.points, a.reason) for a in comp.adjustments] == [
        ("P1", 1.5, "Registered provider (rule 4.2)"), ("P2", -0.25, "Late report (rule 7.1)")]
    assert comp.comments[("J2", "P1", "a")] == "Актуально, но дорого"
    r = compute(comp)
    assert r.project("P1").exact_score == Fraction(2030, 100)
    assert r.project("P2").exact_score == Fraction(575, 100) and r.project("P2").below_min
    rows = {row["code"]: row for row in results_json(r)["projects"]}
    assert rows["P1"]["adjustment"] == 1.5 and rows["P2"]["below_min"] is True
    # comments are required: J2 wrote one on P1 (on a criterion), nobody but J1 on P2
    assert r.project("P1").complete and not r.project("P2").complete
    assert r.project("P2").uncommented == ("J2",) and not r.complete


def test_export_then_import_then_export_gives_the_same_bytes(tmp_path):
    """The folder written out, read into a new file and written out again: every file
    (competition.toml, adjustments.csv, comments.csv included) is byte-identical."""
    folder = _folder(tmp_path, adjustments=ADJUSTMENTS, comments=COMMENTS)
    with Store.open(tmp_path / "a.jury") as store:
        import_folder(store, folder)
        export_folder(store.load(), tmp_path / "out1")
    with Store.open(tmp_path / "b.jury") as store:
        import_folder(store, tmp_path / "out1")
        export_folder(store.load(), tmp_path / "out2")
    names = sorted(p.name for p in (tmp_path / "out1").iterdir())
    assert {"adjustments.csv", "comments.csv", "competition.toml"} <= set(names)
    assert names == sorted(p.name for p in (tmp_path / "out2").iterdir())
    for name in names:
        assert (tmp_path / "out1" / name).read_bytes() == (tmp_path / "out2" / name).read_bytes()
    toml = (tmp_path / "out1" / "competition.toml").read_text()
    assert 'aggregate = "criterion"' in toml and "min_score = 10" in toml
    assert "[rounding]\ncriterion = 1\nweighted = 2\nscore = 2\nmode = \"half_even\"" in toml


def test_defaults_are_not_written(tmp_path):
    """A competition that uses none of the new keys exports as before."""
    folder = write_folder(tmp_path / "f")
    with Store.open(tmp_path / "a.jury") as store:
        import_folder(store, folder)
        export_folder(store.load(), tmp_path / "out")
    toml = (tmp_path / "out" / "competition.toml").read_text()
    assert "aggregate" not in toml and "rounding" not in toml and "min_score" not in toml
    assert not (tmp_path / "out" / "adjustments.csv").exists()


@pytest.mark.parametrize("toml, files, message", [
    (TOML.replace('method = "mean"', 'method = "mean"\nnormalize = "zscore"'), {},
     "competition.toml, line 6: field 'aggregate': normalize = \"zscore\" needs "
     'aggregate = "juror"'),
    (TOML.replace("criterion = 1", "criterion = 9"), {}, "line 9: field 'rounding.criterion': the decimals to round to must be"),
    (TOML.replace('mode = "half_even"', 'mode = "bankers"'), {}, "unknown rounding mode"),
    (TOML.replace("min_score = 10", "min_score = -1"), {}, "winners.min_score"),
    (TOML.replace('aggregate = "criterion"', 'aggregate = "panel"'), {}, "unknown aggregate"),
    (TOML, {"adjustments": "project,points,reason\nP9,1,x\n"},
     "adjustments.csv, line 2: field 'project': unknown project 'P9'"),
    (TOML, {"adjustments": "project,points,reason\nP1,1,\n"}, "an adjustment needs the rule it applies"),
    (TOML, {"adjustments": "project,points,reason\nP1,one,x\n"}, "field 'points': 'one' is not a number"),
    (TOML, {"comments": "juror,project,criterion,comment\nJ1,P1,zz,x\n"},
     "comments.csv, line 2: field 'criterion': unknown criterion 'zz'"),
])
def test_bad_regulation_input_is_refused_with_one_line_and_changes_nothing(
        tmp_path, toml, files, message):
    """Each problem names the file, line and field; the database is unchanged."""
    path = tmp_path / "c.jury"
    with Store.open(path) as store:
        import_folder(store, write_folder(tmp_path / "base", scores=SCORES, toml=PLAIN_TOML.replace(
            "score_step = 1", "score_step = 0.5")))
    before = db_dump(path)
    with Store.open(path) as store:
        with pytest.raises(InputError) as err:
            import_folder(store, _folder(tmp_path, toml=toml, **files))
    assert message in str(err.value)
    assert db_dump(path) == before
