"""Printing the protocol from the window: the button builds the PDF off the GUI thread
with a busy bar, then opens it in the system's viewer."""

import pytest
from PySide6.QtCore import Qt

from ui import protocol_adapter
from ui.ask import Ask
from ui.main_window import PROTOCOL


def _print(window, qtbot, monkeypatch, target):
    opened = []
    monkeypatch.setattr(Ask, "save_file", staticmethod(lambda *a, **k: str(target)))
    monkeypatch.setattr(Ask, "open_path", staticmethod(lambda path: opened.append(str(path))))
    window.go(PROTOCOL)
    screen = window.protocol
    with qtbot.waitSignal(screen.finished, timeout=30_000):
        qtbot.mouseClick(screen.print_button, Qt.LeftButton)
        assert screen.progress.isVisible() and not screen.print_button.isEnabled()
    return screen, opened


def test_the_print_button_builds_the_pdf_in_the_background_and_opens_it(
        window, qtbot, monkeypatch, tmp_path):
    """With a stand-in builder (the real one lives on another branch), the button asks
    where to save, shows the busy bar while the builder runs, hands it the competition
    snapshot, and opens the written file; the bar is gone afterwards."""
    seen = []

    def builder(competition, path):
        seen.append(competition)
        path.write_bytes(b"%PDF-1.4 stand-in")
        return path

    monkeypatch.setattr(protocol_adapter, "build_protocol", builder)
    target = tmp_path / "протокол"
    screen, opened = _print(window, qtbot, monkeypatch, target)
    pdf = tmp_path / "протокол.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert opened == [str(pdf)]
    assert seen[0] is window.session.service.competition()
    assert not screen.progress.isVisible() and screen.print_button.isEnabled()
    assert "протокол.pdf" in screen.message.text()


def test_a_failing_builder_is_reported_and_nothing_is_opened(window, qtbot, monkeypatch,
                                                             tmp_path):
    """An error in the builder shows its reason; no viewer is opened."""
    def builder(competition, path):
        raise OSError("disk full")

    monkeypatch.setattr(protocol_adapter, "build_protocol", builder)
    opened = []
    monkeypatch.setattr(Ask, "save_file", staticmethod(lambda *a, **k: str(tmp_path / "p.pdf")))
    monkeypatch.setattr(Ask, "open_path", staticmethod(lambda path: opened.append(path)))
    window.go(PROTOCOL)
    screen = window.protocol
    qtbot.mouseClick(screen.print_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: screen.job is None, timeout=10_000)
    assert screen.message.is_error and "disk full" in screen.message.text()
    assert opened == []


@pytest.mark.skipif(not protocol_adapter.protocol_available(),
                    reason="the protocol builder (app.protocol) is not merged yet")
def test_the_real_protocol_is_a_pdf_naming_the_winners(window, qtbot, monkeypatch, tmp_path):
    """With app.protocol merged: the button writes a real PDF naming a winner."""
    pypdf = pytest.importorskip("pypdf")
    _print(window, qtbot, monkeypatch, tmp_path / "protocol.pdf")
    text = "".join(page.extract_text() for page in pypdf.PdfReader(tmp_path / "protocol.pdf").pages)
    winner = window.session.service.results().projects[0]
    assert winner.code in text or winner.title[:20] in text
