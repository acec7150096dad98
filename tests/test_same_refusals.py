"""One rule for every value a person types or a file brings (app.entry): the window, the
command line (its own commands and its import) and the service refuse the same bad value
with the same words, and only the place they name differs (a field of the form; a file,
line and key; an argument)."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from app.errors import InputError
from main import main
from tests.helpers import db_dump
from tests.ui_helpers import type_text
from ui.main_window import RESULTS, SETUP

# (what is wrong, the line of competition.toml that says it, the form's field and what
# is typed into it, the settings the service is handed)
CASES = [
    ("a date not in the form YYYY-MM-DD", r"dates = .*", 'dates = ["5.10.2026"]',
     "dates", "5.10.2026", {"dates": ("5.10.2026",)}),
    ("a tie-break naming no criterion", r"tie_break = .*", 'tie_break = ["nope"]',
     "tie_break", "nope", {"tie_break": ("nope",)}),
    ("a tie-break naming a criterion twice", r"tie_break = .*",
     'tie_break = ["relevance", "relevance"]', "tie_break", "relevance, relevance",
     {"tie_break": ("relevance", "relevance")}),
    ("no title", r"title = .*", 'title = ""', "title", "", {"title": " "}),
    ("a title too long", r"title = .*", f'title = "{"x" * 501}"', "title", "x" * 501,
     {"title": "x" * 501}),
    ("a minimum score below 0", r"per_group = 4", "per_group = 4\nmin_score = -1",
     "min_score", "-1", {"min_score": -1.0}),
]


def _import_refusal(tmp_path, demo_folder, capsys, pattern, line) -> str:
    """What `jury-room import` says of the demo folder with `line` in competition.toml;
    it exits 2 and the file is as it was."""
    db = tmp_path / "cli.jury"
    assert main(["import", str(db), str(demo_folder)]) == 0
    before = db_dump(db)
    toml = demo_folder / "competition.toml"
    toml.write_text(re.sub(rf"(?m)^{pattern}$", lambda _m: line,
                           toml.read_text(encoding="utf-8"), count=1), encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(db), str(demo_folder)]) == 2
    assert db_dump(db) == before
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "competition.toml" in err
    return err


@pytest.mark.parametrize("what, pattern, line, field, typed, given", CASES,
                         ids=[c[0] for c in CASES])
def test_the_window_the_import_and_the_service_refuse_a_setting_in_the_same_words(
        window, qtbot, tmp_path, demo_folder, capsys, what, pattern, line, field, typed,
        given):
    """The bad value typed into the settings form, written into competition.toml for
    `jury-room import`, and handed to `JuryService.save_settings`: all three refused,
    nothing saved, and the words the window shows are the words the command line ends
    its line with."""
    service = window.session.service
    settings = service.competition().settings
    with pytest.raises(InputError) as refused:
        service.save_settings(replace(settings, **given))
    words = refused.value.message

    window.go(SETUP)
    form = window.setup.settings_form
    box = getattr(form, field)
    box.setFocus()
    box.selectAll()
    qtbot.keyClick(box, Qt.Key_Delete)
    qtbot.keyClicks(box, typed)
    assert not form.save()
    assert form.message.text() == words
    assert service.competition().settings == settings

    assert _import_refusal(tmp_path, demo_folder, capsys, pattern, line).endswith(words)


def _import_with(tmp_path, demo_folder, capsys, name, text) -> str:
    """What `jury-room import` says of the demo folder with `name` written as `text`; it
    exits 2 and the file is as it was."""
    db = tmp_path / "cli.jury"
    assert main(["import", str(db), str(demo_folder)]) == 0
    before = db_dump(db)
    (demo_folder / name).write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(db), str(demo_folder)]) == 2
    assert db_dump(db) == before
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and name in err
    return err


@pytest.mark.parametrize("points, reason", [("0", "п. 4.2"), ("2000000", "п. 4.2"),
                                            ("1", "  ")])
def test_the_window_the_import_and_the_service_refuse_an_adjustment_in_the_same_words(
        window, qtbot, tmp_path, demo_folder, capsys, points, reason):
    """Points of 0 or beyond a million, or no rule: the adjustments panel, an
    adjustments.csv brought by `jury-room import` and `JuryService.save_adjustment` all
    refuse it, with the same words, and nothing is saved."""
    service = window.session.service
    with pytest.raises(InputError) as refused:
        service.save_adjustment("RU-05", points, reason)
    words = refused.value.message

    window.go(RESULTS)
    panel = window.results.adjustments
    panel.project.setEditText("RU-05")
    qtbot.keyClicks(panel.points, points)
    qtbot.keyClick(panel.points, Qt.Key_Tab)
    type_text(panel.reason, reason)  # Cyrillic: keyed as key events (tests.ui_helpers)
    qtbot.keyClick(panel.reason, Qt.Key_Return)
    assert panel.message.text() == words
    assert service.competition().adjustments == ()

    err = _import_with(tmp_path, demo_folder, capsys, "adjustments.csv",
                       f"project,points,reason\nRU-05,{points},{reason}\n")
    assert err.endswith(words)


def test_the_command_line_the_import_and_the_service_refuse_a_decision_without_reason(
        demo_store, tmp_path, demo_folder, capsys):
    """A jury decision with a blank reason: `jury-room decide`, a decisions.csv brought by
    `jury-room import` and `JuryService.record_decision` refuse it in the same words."""
    from app.service import JuryService

    with pytest.raises(InputError) as refused:
        JuryService(demo_store).record_decision("RU-05", True, "   ")
    words = refused.value.message

    err = _import_with(tmp_path, demo_folder, capsys, "decisions.csv",
                       "project,winner,reason\nRU-05,yes,\n")
    assert err.endswith(words)
    assert _decide(tmp_path, capsys, "--reason", " ").endswith(words)


@pytest.mark.parametrize("votes", ["5-1-1", "5:1", "a:b:c"])
def test_the_command_line_and_the_import_refuse_a_vote_in_the_same_words(
        tmp_path, demo_folder, capsys, votes):
    """Votes not written FOR:AGAINST:ABSTAIN: `jury-room decide --votes` and the votes
    column of decisions.csv refuse them in the same words (app.meeting.parse_votes)."""
    err = _import_with(tmp_path, demo_folder, capsys, "decisions.csv",
                       f"project,winner,reason,votes\nRU-05,yes,vote,{votes}\n")
    words = err.split("field 'votes': ")[-1]
    assert words.startswith(f"votes '{votes}'")
    cli = _decide(tmp_path, capsys, "--reason", "vote", "--votes", votes)
    assert cli.endswith(words)


def _decide(tmp_path, capsys, *argv) -> str:
    """What `jury-room decide` says on RU-05 with `argv`; it exits 2, nothing changed."""
    db = tmp_path / "cli.jury"
    before = db_dump(db)
    assert main(["decide", str(db), "RU-05", "--winner", "yes", *argv]) == 2
    assert db_dump(db) == before
    return capsys.readouterr().err.strip()


def test_the_command_line_the_import_and_the_service_refuse_an_attendance_alike(
        demo_store, tmp_path, demo_folder, capsys):
    """An attendance that is none of present, remote or absent: `jury-room attendance`,
    a jurors.csv brought by `jury-room import` and `JuryService.set_attendance` refuse it
    in the same words (the window offers only the three)."""
    from app.service import JuryService

    with pytest.raises(InputError) as refused:
        JuryService(demo_store).set_attendance("J1", "maybe")
    words = refused.value.message

    jurors = (demo_folder / "jurors.csv").read_text(encoding="utf-8").splitlines()
    header = jurors[0] + ("" if "attendance" in jurors[0] else ",attendance")
    rows = [header] + [r + ("" if "attendance" in jurors[0] else ",present")
                       for r in jurors[1:]]
    cells = rows[1].split(",")
    rows[1] = ",".join(cells[:-1] + ["maybe"])
    err = _import_with(tmp_path, demo_folder, capsys, "jurors.csv", "\n".join(rows) + "\n")
    assert err.endswith(words)

    db = tmp_path / "cli.jury"
    before = db_dump(db)
    assert main(["attendance", str(db), "J1", "maybe"]) == 2
    assert capsys.readouterr().err.strip().endswith(words)
    assert db_dump(db) == before


@pytest.mark.parametrize("what, file, header, row", [
    ("project", "projects.csv", "code,title,organization,group,category,order",
     "{code},Новый,,Россия,,99"),
    ("juror", "jurors.csv", "code,name,position,role,attendance",
     "{code},Новый член,,member,present"),
    ("criterion", "criteria.csv", "code,name,max,weight", "{code},Новый,10,1"),
])
def test_the_set_up_and_the_import_refuse_a_code_in_the_same_words(
        demo_store, tmp_path, demo_folder, capsys, what, file, header, row):
    """A code with a space in it: the set-up's add (as the window calls it) and the same
    code in the folder's table brought by `jury-room import` are refused in the same
    words, quoting the code."""
    from app.service import JuryService

    add = getattr(JuryService(demo_store), f"add_{what}")
    with pytest.raises(InputError) as refused:
        add("RU 99", "x")
    words = refused.value.message
    assert "'RU 99'" in words

    lines = (demo_folder / file).read_text(encoding="utf-8").splitlines()
    assert lines[0] == header
    text = "\n".join(lines + [row.format(code="RU 99")]) + "\n"
    assert _import_with(tmp_path, demo_folder, capsys, file, text).endswith(words)
