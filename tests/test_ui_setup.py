"""Setting up: the settings form, the jurors/criteria/projects tables edited in place with
their refusals shown, and imports previewed (every problem listed) before any write."""

from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.paths import resource
from tests.helpers import db_dump, write_folder
from ui.ask import Ask
from ui.main_window import SETUP
from tests.ui_helpers import rows, type_text


def _edit_cell(panel, qtbot, row: int, column: int, text: str) -> None:
    """Open the cell's editor with F2, replace its text (Kazakh and Russian included) and
    press Enter, as the secretary would."""
    view = panel.view
    view.setFocus()
    view.setCurrentIndex(panel.model.index(row, column))
    qtbot.keyClick(view, Qt.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key_Return)
    # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)


def test_a_jurors_name_is_edited_in_place_in_kazakh(window, qtbot):
    """Typing a Kazakh name into the jurors table saves it to the file and shows it."""
    window.go(SETUP)
    setup = window.setup
    setup.tabs.setCurrentWidget(setup.jurors)
    row = setup.jurors.model.row_of("J2")
    _edit_cell(setup.jurors, qtbot, row, 1, "Ерлан Серікұлы Жақсыбеков-Әлиұлы")
    assert rows(window.session.path, "SELECT name FROM jurors WHERE code = 'J2'")[0][0] == \
        "Ерлан Серікұлы Жақсыбеков-Әлиұлы"
    assert setup.jurors.model.index(row, 1).data() == "Ерлан Серікұлы Жақсыбеков-Әлиұлы"
    assert not setup.jurors.message.is_error


def test_a_refused_edit_changes_nothing_and_says_why(window, qtbot):
    """Lowering a criterion's max below marks already given is refused: the file does not
    change, and the line under the table names the field and the reason."""
    window.go(SETUP)
    setup = window.setup
    setup.tabs.setCurrentWidget(setup.criteria)
    before = db_dump(window.session.path)
    _edit_cell(setup.criteria, qtbot, 0, 2, "5")
    assert db_dump(window.session.path) == before
    assert setup.criteria.message.is_error
    assert "Max" in setup.criteria.message.text()
    assert "would become invalid" in setup.criteria.message.text()
    assert setup.criteria.model.index(0, 2).data() == "10"


def test_the_settings_form_refuses_an_empty_title_and_saves_a_good_one(window, qtbot):
    """An empty title is refused with the field outlined and focused; a new title in
    Russian and Kazakh is saved and shown in the window title."""
    window.go(SETUP)
    form = window.setup.settings_form
    form.title.setText("  ")
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    assert form.message.is_error and "title" in form.message.text()
    assert "b00020" in form.title.styleSheet()
    form.title.clear()
    type_text(form.title, "Кубок — Кубогы 2026")
    form.winners_n.setValue(3)
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    settings = window.session.service.competition().settings
    assert settings.title == "Кубок — Кубогы 2026" and settings.winners_per_group == 3
    assert window.windowTitle().startswith("Кубок — Кубогы 2026")


def test_adding_a_project_puts_it_last_and_opens_its_title(window, qtbot, monkeypatch):
    """Add project asks for a code (suggesting the next free one), writes the project at
    the end of the running order and opens its title for typing."""
    suggested = []

    def ask(parent, title, label, default=""):
        suggested.append(default)
        return default

    monkeypatch.setattr(Ask, "text", staticmethod(ask))
    window.go(SETUP)
    setup = window.setup
    setup.tabs.setCurrentWidget(setup.projects)
    qtbot.mouseClick(setup.projects.add_button, Qt.LeftButton)
    assert suggested == ["KZ-07"]
    assert rows(window.session.path, "SELECT ord FROM projects WHERE code = 'KZ-07'") == [(13,)]
    assert setup.projects.view.state() == setup.projects.view.State.EditingState


def test_an_import_with_problems_lists_them_all_and_writes_nothing(window, tmp_path,
                                                                  monkeypatch):
    """A folder with three bad rows in two files: the preview lists each with its file,
    line and field, offers no Import, and the database file is unchanged."""
    folder = write_folder(
        tmp_path / "bad",
        jurors="code,name,position,role\nJ1,Анна,,chair\nJ2,Әлия,,boss\n",
        scores="juror,project,criterion,score\nJ1,P1,a,11\nJ1,P2,a,3\nJ9,P1,a,2\n")
    seen = {}

    def preview(parent, dialog):
        seen["rows"] = dialog.rows()
        seen["can_import"] = dialog.import_button.isEnabled()
        return True     # even "yes" must not import a folder with problems

    monkeypatch.setattr(Ask, "import_preview", staticmethod(preview))
    window.go(SETUP)
    before = db_dump(window.session.path)
    assert window.setup.import_from(folder) is False
    assert db_dump(window.session.path) == before
    assert seen["can_import"] is False
    assert ["jurors.csv", "3", "role"] == seen["rows"][0][:3]
    assert "boss" in seen["rows"][0][3]
    # the jurors file was bad, so the scores are not checked against half a competition
    assert len(seen["rows"]) == 1


def test_an_import_of_the_organisers_table_previews_then_writes(window, tmp_path,
                                                                monkeypatch):
    """An organisers' project list (a CSV with any name) is previewed with what it
    changes, and written only once the secretary presses Import."""
    # the organisers' full list, one project more than the demo has
    demo = (Path(str(resource("demo"))) / "projects.csv").read_text(encoding="utf-8")
    table = tmp_path / "список проектов.csv"
    table.write_text(demo + "KZ-07,Жаңа жоба,Қор,Казахстан,,13\n", encoding="utf-8")
    seen = {}

    def preview(parent, dialog):
        seen["rows"] = dialog.rows()
        return False

    monkeypatch.setattr(Ask, "import_preview", staticmethod(preview))
    window.go(SETUP)
    assert window.setup.import_from(table) is False
    assert ["Projects", "1 new, 0 changed"] in seen["rows"]
    assert rows(window.session.path, "SELECT COUNT(*) FROM projects WHERE code = 'KZ-07'") == [(0,)]

    monkeypatch.setattr(Ask, "import_preview", staticmethod(lambda parent, dialog: True))
    assert window.setup.import_from(table) is True
    assert rows(window.session.path, "SELECT title FROM projects WHERE code = 'KZ-07'") == \
        [("Жаңа жоба",)]
    assert "Imported" in window.setup.message.text()


def test_several_problems_in_one_file_are_all_listed(window, tmp_path, monkeypatch):
    """Three bad score rows: all three are in the preview, each with its line."""
    folder = write_folder(tmp_path / "bad", scores=(
        "juror,project,criterion,score\nJ1,P1,a,11\nJ1,P2,a,3\nJ9,P1,a,2\nJ1,P1,b,2.5\n"))
    seen = {}
    monkeypatch.setattr(Ask, "import_preview", staticmethod(
        lambda parent, dialog: seen.setdefault("rows", dialog.rows()) and False))
    # a fresh, empty competition so that the folder is complete on its own
    from app.service import JuryService
    from app.store import Store

    window.session.open(JuryService(Store.open(tmp_path / "new.jury")))
    window.setup.import_from(folder)
    lines = [(r[0], r[1], r[2]) for r in seen["rows"]]
    assert lines == [("scores.csv", "2", "score"), ("scores.csv", "4", "juror"),
                     ("scores.csv", "5", "score")]
    assert rows(tmp_path / "new.jury", "SELECT COUNT(*) FROM projects") == [(0,)]


def test_an_import_shows_a_progress_bar_that_goes_to_the_end(window, tmp_path, monkeypatch):
    """While a folder is read, checked and written, the bar under the buttons rises to
    100 %, the import buttons wait, and the bar goes away afterwards."""
    from tests.helpers import big_folder

    folder = big_folder(tmp_path / "big", 30, 4, 3)
    seen = []
    monkeypatch.setattr(Ask, "import_preview", staticmethod(lambda parent, dialog: True))
    from app.service import JuryService
    from app.store import Store

    window.session.open(JuryService(Store.open(tmp_path / "new.jury")))
    window.go(SETUP)
    bar = window.setup.import_progress
    bar.valueChanged.connect(lambda v: seen.append(
        (v, bar.isVisible(), window.setup.import_folder_button.isEnabled())))
    assert window.setup.import_from(folder) is True
    values = [v for v, _shown, _enabled in seen]
    assert values == sorted(values) and values[-1] == 100 and 50 in values
    assert all(shown and not enabled for v, shown, enabled in seen if v > 0)
    assert not bar.isVisible() and window.setup.import_folder_button.isEnabled()
    assert rows(tmp_path / "new.jury", "SELECT COUNT(*) FROM marks") == [(30 * 4 * 3,)]


@pytest.mark.parametrize("typed", ["1_0", "1e1"])
def test_a_criterions_max_typed_as_python_would_read_it_is_refused(window, qtbot, typed):
    """`1_0` and `1e1` in the criteria table's Max or Weight are refused, as the file import
    refuses them (the test below): nothing is written and the line under the table says
    the value is not valid."""
    window.go(SETUP)
    setup = window.setup
    setup.tabs.setCurrentWidget(setup.criteria)
    before = db_dump(window.session.path)
    for column in (2, 3):
        _edit_cell(setup.criteria, qtbot, 0, column, typed)
        assert db_dump(window.session.path) == before
        assert setup.criteria.message.is_error
        assert typed in setup.criteria.message.text()


@pytest.mark.parametrize("typed", ["1_0", "1e1"])
def test_a_criterions_max_in_a_file_written_as_python_would_read_it_is_refused(
        tmp_path, typed):
    """The same `1_0` and `1e1` as max or weight in criteria.csv: the import is refused,
    naming the file, line, field and value, and the database is not created."""
    from app.errors import InputError
    from app.folder import import_folder
    from app.store import Store

    for row in (f"a,A,{typed},1\n", f"a,A,10,{typed}\n"):
        folder = write_folder(tmp_path / typed / str(len(row)),
                              criteria="code,name,max,weight\n" + row)
        with Store.open(tmp_path / "c.jury") as store:
            before = store.load()
            with pytest.raises(InputError) as refused:
                import_folder(store, folder)
            assert store.load() == before
        message = str(refused.value)
        assert "criteria.csv" in message and "line 2" in message and f"'{typed}'" in message
