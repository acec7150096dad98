"""File menu, after the verdict: the results workbook, the diplomas with the award
script, the feedback pages; the dialogs are answered by the test."""

import openpyxl

from tests.test_ui_ceremony import _finalize
from ui.ask import Ask


def _answer(monkeypatch, **answers):
    for name, value in answers.items():
        monkeypatch.setattr(Ask, name, staticmethod(lambda *a, _v=value, **k: _v))
    opened = []
    monkeypatch.setattr(Ask, "open_path", staticmethod(lambda path: opened.append(path)))
    errors = []
    monkeypatch.setattr(Ask, "error", staticmethod(lambda parent, text: errors.append(text)))
    return opened, errors


def test_the_workbook_is_written_from_the_file_menu(window, tmp_path, monkeypatch):
    """File > Export the results workbook writes an .xlsx (the suffix added when the
    name lacks it) that openpyxl reads, with the three sheets, and opens it."""
    opened, errors = _answer(monkeypatch, save_file=str(tmp_path / "results"))
    window.verdict_actions.workbook_action.trigger()
    assert errors == []
    wb = openpyxl.load_workbook(tmp_path / "results.xlsx")
    assert wb.sheetnames == ["Ranking", "Statement", "Decisions"]
    assert opened == [tmp_path / "results.xlsx"]


def test_diplomas_are_refused_before_finalize(window, tmp_path, monkeypatch):
    """Before finalize: one message saying why, nothing written in the chosen folder."""
    out = tmp_path / "out"
    out.mkdir()
    _opened, errors = _answer(monkeypatch, open_folder=str(out), confirm=False)
    window.verdict_actions.diplomas_action.trigger()
    assert len(errors) == 1 and "not finalized" in errors[0]
    assert list(out.iterdir()) == []


def test_diplomas_and_feedback_once_finalized(window, tmp_path, monkeypatch):
    """Finalized: a diploma per winner, certificates when asked, the award script; the
    organisers' diploma.toml in the chosen folder is used; a feedback page per project."""
    _finalize(window)
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "diploma.toml").write_text(
        'languages = "en"\n[en]\nheading = "OUR HONOURS"\nparticipation_heading = "THANKS"\n'
        'winner = "{title}"\nparticipant = "{title}"\n', encoding="utf-8")
    _opened, errors = _answer(monkeypatch, open_folder=str(tmp_path / "d"), confirm=True)
    window.verdict_actions.diplomas_action.trigger()
    assert errors == []
    results = window.session.service.results()
    names = {p.name for p in (tmp_path / "d").iterdir()}
    assert {f"diploma-{c}.pdf" for c in results.winners} <= names
    assert "award-script.pdf" in names and any(n.startswith("certificate-") for n in names)
    from pypdf import PdfReader
    text = PdfReader(tmp_path / "d" / f"diploma-{results.winners[0]}.pdf").pages[0].extract_text()
    assert "OUR HONOURS" in text

    _answer(monkeypatch, open_folder=str(tmp_path / "f"))
    window.verdict_actions.feedback_action.trigger()
    pages = list((tmp_path / "f").iterdir())
    assert len(pages) == sum(1 for p in window.session.service.competition().projects
                             if not p.withdrawn)


def test_the_after_verdict_dialogs_start_beside_the_competition_file(window, monkeypatch):
    """The workbook's save dialog suggests results.xlsx in the competition file's folder,
    and the diplomas' and feedback's folder dialogs start there, as the protocol's does;
    they used to start in whatever folder the program was started from."""
    asked = []
    monkeypatch.setattr(Ask, "save_file", staticmethod(
        lambda parent, title, filters, suggested="": asked.append(suggested) or ""))
    monkeypatch.setattr(Ask, "open_folder", staticmethod(
        lambda parent, title, folder="": asked.append(folder) or ""))
    here = window.session.path.parent
    window.verdict_actions.workbook_action.trigger()
    window.verdict_actions.diplomas_action.trigger()
    window.verdict_actions.feedback_action.trigger()
    assert asked == [str(here / "results.xlsx"), str(here), str(here)]
