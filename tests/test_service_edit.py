"""The service methods the window writes through: each checks its input, refuses with a
reason naming the field, and changes nothing when it refuses."""

import pytest

from app.errors import InputError, InputProblems
from app.folder import import_folder
from app.model import Juror
from app.service import JuryService
from tests.helpers import db_dump, write_folder


@pytest.fixture
def svc(demo_store):
    return JuryService(demo_store)


def _refused(svc, call, field):
    before = db_dump(svc.store.path)
    with pytest.raises(InputError) as err:
        call()
    assert err.value.field == field, err.value
    assert db_dump(svc.store.path) == before
    return err.value


def test_settings_are_checked_like_the_toml_file(svc):
    """Empty title, unknown tie-break criterion, no winners rule, and a whole-point step
    that would make stored half-point marks invalid: each refused, with its field."""
    from dataclasses import replace

    s = svc.competition().settings
    _refused(svc, lambda: svc.save_settings(replace(s, title=" ")), "title")
    _refused(svc, lambda: svc.save_settings(replace(s, tie_break=("nope",))), "tie_break")
    _refused(svc, lambda: svc.save_settings(replace(s, winners_per_group=None)), "winners")
    _refused(svc, lambda: svc.save_settings(replace(s, dates=("5.10.2026",))), "dates")
    err = _refused(svc, lambda: svc.save_settings(replace(s, score_step=1.0)), "score_step")
    assert "would become invalid" in err.message
    svc.save_settings(replace(s, venue="Павлодар"))
    assert svc.competition().settings.venue == "Павлодар"


def test_codes_are_new_single_words(svc):
    """A new juror's code must be free and one word; the juror comes last."""
    _refused(svc, lambda: svc.add_juror("J1", "x"), "code")
    _refused(svc, lambda: svc.add_juror("J 7", "x"), "code")
    j = svc.add_juror("J7", "Әлия")
    assert svc.competition().jurors[-1] == j and j.order == 8


def test_a_juror_with_marks_cannot_become_the_secretary(svc):
    j = svc.competition().juror("J1")
    _refused(svc, lambda: svc.save_juror(Juror(j.code, j.name, j.position, "secretary")),
             "role")


def test_a_criterion_max_below_a_stored_mark_is_refused(svc):
    from dataclasses import replace

    c = svc.competition().criterion("relevance")
    _refused(svc, lambda: svc.save_criterion(replace(c, max=5)), "max")
    _refused(svc, lambda: svc.save_criterion(replace(c, weight=0)), "weight")
    _refused(svc, lambda: svc.delete_criterion("relevance"), "tie_break")


def test_deleting_a_project_keeps_the_running_order_whole(svc):
    """The project goes with its marks, and the others are renumbered 1..n."""
    svc.delete_project("RU-01")
    comp = svc.competition()
    assert [p.order for p in comp.running_order] == list(range(1, 12))
    assert not any(p == "RU-01" for (_j, p, _c) in comp.marks)


def test_moving_a_project_stops_at_the_ends(svc):
    svc.move_project("RU-01", -3)
    assert svc.competition().running_order[0].code == "RU-01"
    svc.move_project("RU-01", 100)
    assert svc.competition().running_order[-1].code == "RU-01"
    _refused(svc, lambda: svc.reorder_projects(["RU-01"]), "order")


def test_a_decision_needs_a_reason_and_a_tie_at_the_cut(svc):
    _refused(svc, lambda: svc.record_decision("RU-01", True, "  "), "reason")
    _refused(svc, lambda: svc.record_decision("KZ-02", True, "strong"), "CODE")


def test_finalize_and_reopen_are_logged_with_the_reason(svc):
    svc.finalize()
    _refused(svc, svc.finalize, None)
    with pytest.raises(InputError):
        svc.reopen(" ")
    svc.reopen("ошибка в листе")
    history = svc.finalize_history()
    assert [h["action"] for h in history][-2:] == ["finalize", "reopen"]
    assert history[-1]["reason"] == "ошибка в листе"


def test_a_preview_lists_every_problem_of_every_file(tmp_path, store):
    """Two bad files, three problems: all three come back, each naming file and line;
    the command line still reads it as one line starting with the first problem."""
    folder = write_folder(
        tmp_path / "bad",
        criteria="code,name,max,weight\na,A,ten,1\nb,B,5,-1\n",
        jurors="code,name,position,role\nJ1,Анна,,chair\nJ1,Әлия,,member\n")
    with pytest.raises(InputProblems) as err:
        JuryService(store).preview_import(folder)
    found = [(p.file, p.line, p.field) for p in err.value.problems]
    assert found == [("jurors.csv", 3, "code"), ("criteria.csv", 2, "max"),
                     ("criteria.csv", 3, "weight")]
    assert str(err.value).startswith("jurors.csv, line 3: field 'code'")
    assert str(err.value).endswith("(and 2 more problems)")
    assert store.is_empty()


def test_save_copy_refuses_the_open_file_itself(svc):
    _refused(svc, lambda: svc.save_copy(svc.store.path), "file")


def test_import_still_applies_a_good_folder(tmp_path, store):
    """The problem-collecting reader changes nothing for a valid folder."""
    import_folder(store, write_folder(tmp_path / "ok"))
    assert len(store.load().projects) == 2
