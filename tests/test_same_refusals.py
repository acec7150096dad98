"""One rule for every value a person types or a file brings (app.entry): the window, the
command line's import and the service refuse the same bad value with the same words,
and only the place they name differs (a field of the form; a file, line and key)."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from app.errors import InputError
from main import main
from tests.helpers import db_dump
from ui.main_window import SETUP

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
