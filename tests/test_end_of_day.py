"""The end of the day (issue 11, item 6): before finalize the protocol is a draft that
cannot be taken for the one to sign; after finalize it is the protocol for signature,
and `verify` passes on it for as long as the competition stays final."""

import re

import pypdf
from PySide6.QtCore import Qt

from main import main
from tests.helpers import run_beside
from ui.ask import Ask
from ui.main_window import FINALIZE, PROTOCOL

DRAFT = "DRAFT — NOT FOR SIGNATURE"


def _text(pdf) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages))


def _signature_lines(pdf) -> int:
    """How many lines to sign on: the caption "signature" printed alone under each."""
    return sum(line.strip() == "signature" for page in pypdf.PdfReader(pdf).pages
               for line in page.extract_text().splitlines())


def _wait_printed(qtbot, window):
    screen = window.protocol
    qtbot.waitUntil(lambda: screen.job is None, timeout=60_000)
    assert not screen.message.is_error, screen.message.text()
    return screen


def test_the_window_prints_a_draft_then_finalizes_and_prints_the_one_to_sign(
        window, qtbot, monkeypatch, tmp_path, capsys):
    """Ctrl+P on the open demo writes a draft: "DRAFT — NOT FOR SIGNATURE" on every page,
    no signature lines, and the screen says so. On Finalize (Ctrl+8), Space on "Finalize
    and print the protocol for signature" locks the competition and writes the final
    protocol: signature lines for every juror and the secretary, no draft mark, and
    `jury-room verify` exits 0 on it. Reopened and a mark changed, verify exits 1."""
    db = str(window.session.path)
    targets = iter([tmp_path / "draft.pdf", tmp_path / "final.pdf"])
    monkeypatch.setattr(Ask, "save_file", staticmethod(lambda *a, **k: str(next(targets))))
    monkeypatch.setattr(Ask, "open_path", staticmethod(lambda path: True))
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda *a: True))

    qtbot.keyClick(window, Qt.Key_P, Qt.ControlModifier)
    screen = _wait_printed(qtbot, window)
    assert "DRAFT, not for signature" in screen.message.text()
    assert "draft" in screen.print_button.text().lower()
    pages = [p.extract_text() for p in pypdf.PdfReader(tmp_path / "draft.pdf").pages]
    assert all(DRAFT in re.sub(r"\s+", " ", p) for p in pages)
    draft = _text(tmp_path / "draft.pdf")
    assert _signature_lines(tmp_path / "draft.pdf") == 0 and "Signatures" not in draft
    assert "No signatures: this is a draft" in draft

    qtbot.keyClick(window, Qt.Key_8, Qt.ControlModifier)
    finalize = window.finalize
    assert "print the protocol for signature" in finalize.finalize_button.text()
    qtbot.keyClick(finalize.finalize_button, Qt.Key_Space)
    qtbot.waitUntil(lambda: window.current_screen() == PROTOCOL, timeout=5000)
    screen = _wait_printed(qtbot, window)
    assert window.session.service.competition().finalized
    assert "for signature" in screen.message.text()
    final = _text(tmp_path / "final.pdf")
    assert DRAFT not in final and "DRAFT" not in final
    jurors = window.session.service.competition().jurors
    assert _signature_lines(tmp_path / "final.pdf") == len(jurors)
    assert all(j.name in final[final.index("Signatures"):] for j in jurors)

    capsys.readouterr()
    assert run_beside(window, ["verify", str(tmp_path / "final.pdf"), db]) == 0
    # the draft is not it
    assert run_beside(window, ["verify", str(tmp_path / "draft.pdf"), db]) == 1

    svc = window.session.service
    svc.reopen("J1's sheet was mistyped")
    svc.enter_mark("J1", "KZ-05", next(c.code for c in svc.competition().criteria), "3")
    assert run_beside(window, ["verify", str(tmp_path / "final.pdf"), db]) == 1


def test_finalize_screen_offers_printing_again_once_final(window, qtbot, monkeypatch,
                                                          tmp_path):
    """Once final, the Finalize screen's button prints the protocol for signature (the
    finalize button is gone), and that protocol verifies."""
    monkeypatch.setattr(Ask, "save_file", staticmethod(lambda *a, **k: str(tmp_path / "f")))
    monkeypatch.setattr(Ask, "open_path", staticmethod(lambda path: True))
    window.session.service.finalize()
    window.go(FINALIZE)
    screen = window.finalize
    assert screen.print_button.isVisible() and not screen.finalize_button.isVisible()
    qtbot.keyClick(screen.print_button, Qt.Key_Space)
    _wait_printed(qtbot, window)
    assert run_beside(window, ["verify", str(tmp_path / "f.pdf"), str(window.session.path)]) == 0


def test_the_command_line_prints_a_draft_before_finalize_and_the_final_after(
        demo_store, tmp_path, capsys):
    """`jury-room protocol` on an open competition writes the draft and says so in one
    line on stderr; after `finalize` it writes the protocol for signature (no draft
    line), and `verify` exits 0 on it; after `reopen`, 1."""
    db = str(demo_store.path)
    demo_store.close()
    assert main(["protocol", db, "-o", str(tmp_path / "d.pdf")]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "DRAFT, not for signature" in err[0] and "finalize" in err[0]
    assert DRAFT in _text(tmp_path / "d.pdf")
    assert main(["finalize", db]) == 0
    assert "print the protocol for signature" in capsys.readouterr().out
    assert main(["protocol", db, "-o", str(tmp_path / "f.pdf")]) == 0
    assert "DRAFT" not in capsys.readouterr().err
    final = _text(tmp_path / "f.pdf")
    assert "DRAFT" not in final and _signature_lines(tmp_path / "f.pdf") > 0
    assert main(["verify", str(tmp_path / "f.pdf"), db]) == 0
    assert main(["reopen", db, "--reason", "a mark was mistyped"]) == 0
    assert main(["verify", str(tmp_path / "f.pdf"), db]) == 1
