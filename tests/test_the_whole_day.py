"""The proof of issue 11: the secretary's whole day on a fresh competition, through the
real main window, keyboard only, in English, Russian and Kazakh (tests/the_day.py holds
the day; tools/replay_day.py replays it in a real X window)."""

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt
from pypdf import PdfReader

from app.protocol.texts import CATALOGUE
from app.reports.texts import ReportTexts
from app.service import JuryService
from ui.ask import Ask
from app.store import Store
from main import main
from tests import the_day
from tests.ui_helpers import marks, rows, show_window
from ui import i18n
from ui.main_window import MainWindow
from ui.prefs import Prefs


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_whole_day_keyboard_only(qtbot, tmp_path, monkeypatch, capsys, lang):
    """New file (Ctrl+N), import of the organisers' folder through its preview, J4 ticked
    absent for K3 on the running order, the projector opened with F5 (its clock started
    and K1's long Kazakh title put on stage, the keyboard staying in the main window),
    every sheet keyed from scratch (a mark over the
    maximum refused and retyped, one undone with Ctrl+Z and keyed again, J3's recusal
    from R3 keyed as R, K3's absent row skipped by the cursor), the tie at the RU cut
    decided in one dialog with its reason and the jury's vote (2 for, 2 against, the
    chair's casting vote), J3's dissenting opinion typed in its dialog (Ctrl+Shift+O),
    a draft protocol printed (Ctrl+P), then
    "Finalize and print the protocol for signature" (Yes to the question) prints the
    protocol to sign: `jury-room verify` passes on it, and fails on the draft; the award
    ceremony revealed on the projector by keys; the results workbook and the diplomas
    written from the File menu by keys; File > Check a printed protocol, by keys, says
    the protocol to sign matches the data, every page checked.
    Then the database holds exactly the intended marks, one recusal and one absence, and
    the decision with its reason and vote, and the opinion, both printed in the protocol
    to sign; the winners are R1 (by the jury's decision) and K1."""
    prefs = Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.IniFormat))
    prefs.set_language(lang)
    i18n.set_language(lang)
    db = tmp_path / "day.jury"
    draft, final = tmp_path / "draft.pdf", tmp_path / "final.pdf"
    workbook = tmp_path / "results.xlsx"
    files = the_day.Files(folder=the_day.write_folder(tmp_path / "from the organisers"),
                          answers=[db, draft, final, workbook], check=final)
    files.answer_dialogs(monkeypatch.setattr)
    start = Store.open(tmp_path / "start.jury", create=True)
    window = show_window(qtbot, MainWindow(JuryService(start), prefs))
    day = the_day.Day(window, qtbot, files, lang)

    day.run()

    # the printed protocols: a draft, then the final one, and verify agrees with the file;
    # then the organisers' workbook and the folder of diplomas
    assert files.opened == [str(draft), str(final), str(workbook), str(files.folder)]
    book = openpyxl.load_workbook(workbook)
    ranking = list(book.worksheets[0].iter_rows(min_row=2, values_only=True))
    yes = ReportTexts({"en": "en", "ru": "ru+kk", "kk": "kk+ru"}[lang])("wb.yes")
    assert {row[3] for row in ranking if row[7] == yes} == {the_day.WINNER_BY_DECISION, "K1"}
    assert (files.folder / f"diploma-{the_day.WINNER_BY_DECISION}.pdf").exists()
    assert (files.folder / "award-script.pdf").exists()
    assert len(list(files.folder.glob("certificate-*.pdf"))) == 4   # the other projects
    # the draft cannot pass for the protocol to sign; the final one has no such mark
    words = CATALOGUE[lang]
    assert words["draft.heading"] in _text(draft) and words["draft.sign_heading"] in _text(draft)
    for key in ("draft.mark", "draft.heading", "provisional.mark"):
        assert words[key] not in _text(final), key
    # the end of the day: the secretary opens another file (Ctrl+O), which lets go of
    # this one; then the command line checks the paper against it
    monkeypatch.setattr(Ask, "open_file", staticmethod(lambda *a, **k: str(start.path)))
    the_day.press(qtbot, Qt.Key_O, Qt.ControlModifier)
    qtbot.waitUntil(lambda: window.session.path.name == start.path.name, timeout=5000)
    capsys.readouterr()
    assert main(["verify", str(final), str(db)]) == 0, capsys.readouterr().err
    assert main(["verify", str(draft), str(db)]) == 1    # the draft is not the final file

    # every mark in the file is the one on the paper sheet, and nothing else
    assert marks(db) == the_day.intended_marks()
    assert rows(db, "SELECT juror, project FROM recusals") == [the_day.RECUSED]
    assert rows(db, "SELECT juror, project FROM absences") == [the_day.ABSENT]
    # the tie decided in one dialog, recorded for both projects of it with one reason
    assert day.dialogs_seen["decision"] == 1
    assert sorted(rows(db, "SELECT project, winner, reason FROM decisions")) == [
        ("R1", 1, the_day.REASONS[lang]), ("R2", 0, the_day.REASONS[lang])]
    assert CATALOGUE[lang]["provisional.undecided"] not in _text(final)
    # the vote typed in the decision's dialog and the opinion typed in its own, both in
    # the database and read back from the protocol to sign
    with Store.open(db, read_only=True) as store:
        comp = store.load()
    assert {(d.votes, d.casting) for d in comp.decisions.values()} == {
        (the_day.VOTES, the_day.CASTING)}
    assert day.dialogs_seen["opinion"] == 1
    assert {j: o.text for j, o in comp.opinions.items()} == {
        the_day.DISSENTER: the_day.OPINIONS[lang]}
    printed = " ".join(_text(final).split())
    yes, no, abstain = the_day.VOTES
    assert words["decisions.votes"].format(yes=yes, no=no, abstain=abstain) in printed
    assert words["decisions.casting"] in printed
    opinions = printed[printed.index(words["opinions.heading"]):]
    assert the_day.OPINIONS[lang] in opinions and the_day.DISSENTER in opinions
    with Store.open(db, read_only=True) as store:
        results = JuryService(store).results()
        assert store.load().finalized
    assert results.complete and not results.decision_needed
    winners = {p.code for p in results.projects if p.winner}
    assert winners == {the_day.WINNER_BY_DECISION, "K1"}


def _text(pdf) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
