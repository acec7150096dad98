"""`protocol --public` and the protocol's line on whether one juror changes the winners,
read back from the PDF."""

from pypdf import PdfReader

from app.cli import run
from tests.helpers import write_folder
from tests.test_after_the_verdict import CRITERIA, JURORS, PROJECTS, SCORES, TOML


def _final_db(tmp_path, scores=SCORES):
    folder = write_folder(tmp_path / "f", toml=TOML, projects=PROJECTS, jurors=JURORS,
                          criteria=CRITERIA, scores=scores)
    db = tmp_path / "c.jury"
    assert run(["import", str(db), str(folder)]) == 0
    assert run(["finalize", str(db)]) == 0
    return db


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_public_copy_shows_jurors_as_j1_to_jn_and_no_signatures(tmp_path):
    """Names and positions are gone, the jurors read J1…J3 in the order they are listed,
    no signature lines; a closing note names the signed protocol by the same number,
    which `verify` still ties to the data."""
    db = _final_db(tmp_path)
    public, signed = tmp_path / "public.pdf", tmp_path / "signed.pdf"
    assert run(["protocol", str(db), "-o", str(signed), "--lang", "ru"]) == 0
    assert run(["protocol", str(db), "-o", str(public), "--lang", "ru", "--public"]) == 0
    text, original = _text(public), _text(signed)
    for name in ("Ғалымжан Қайратұлы Ізбасаров", "Ирина Соколова", "Мария Ким", "Министр"):
        assert name in original
        assert name not in text
    assert "J1" in text and "J3" in text
    assert "Это публичная копия протокола" in text
    assert "подпись" in original.lower() and "Подписи" not in text
    number = PdfReader(signed).metadata["/Subject"].split(";")[0]
    assert number == PdfReader(public).metadata["/Subject"].split(";")[0]
    assert run(["verify", str(public), str(db)]) == 0


def test_the_protocol_says_no_single_juror_changes_clear_winners(tmp_path):
    """Clear winners (9 and 7 against 5 in Россия; 8 against 6 in Казахстан, from two
    jurors who agree): the line says no single juror changes them."""
    db = _final_db(tmp_path)
    out = tmp_path / "p.pdf"
    assert run(["protocol", str(db), "-o", str(out), "--lang", "en"]) == 0
    assert "No single juror's marks change the winners." in _text(out)


def test_the_protocol_names_the_juror_whose_marks_decide(tmp_path):
    """R2 wins the second Россия place on the mean of J1's 10 and J2's 4 (7) against R3's
    6 and 6 (6); without J1, R2 has 4 < 6: "Without the marks of J1: R3 would win instead
    of R2." (without J2, R2 has 10 > 6: no change). The draft leaves the line out."""
    scores = SCORES.replace("J1,R2,a,7", "J1,R2,a,10").replace("J2,R2,a,7", "J2,R2,a,4") \
        .replace("J1,R3,a,5", "J1,R3,a,6").replace("J2,R3,a,5", "J2,R3,a,6")
    db = _final_db(tmp_path, scores)
    out = tmp_path / "p.pdf"
    assert run(["protocol", str(db), "-o", str(out), "--lang", "en"]) == 0
    assert "Without the marks of J1: R3 would win instead of R2." in _text(out)
    assert run(["reopen", str(db), "--reason", "check"]) == 0
    draft = tmp_path / "d.pdf"
    assert run(["protocol", str(db), "-o", str(draft), "--lang", "en"]) == 0
    assert "Would one juror change the winners?" not in _text(draft)


def test_the_public_copy_from_the_protocol_screen(window, qtbot, tmp_path, monkeypatch):
    """Ctrl+7, Alt+B ticks "Public copy", Ctrl+P: the PDF (a draft: the demo is not
    finalized) names no juror of the demo, only J1…Jn."""
    from PySide6.QtCore import Qt

    from tests.tests_ui_common import wait_printed
    from ui.ask import Ask

    out = tmp_path / "public.pdf"
    monkeypatch.setattr(Ask, "save_file", staticmethod(lambda *a, **k: str(out)))
    monkeypatch.setattr(Ask, "open_path", staticmethod(lambda path: True))
    qtbot.keyClick(window, Qt.Key_7, Qt.ControlModifier)
    from PySide6.QtWidgets import QApplication

    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key_B, Qt.AltModifier)
    qtbot.waitUntil(window.protocol.public.isChecked, timeout=2000)
    qtbot.keyClick(window, Qt.Key_P, Qt.ControlModifier)
    wait_printed(qtbot, window)
    text = _text(out)
    assert "J1" in text and "DRAFT" in text
    for juror in window.session.service.competition().jurors:
        assert juror.name not in text
