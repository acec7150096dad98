"""Printing the protocol from the window: the button builds the PDF off the GUI thread
with a progress bar, then opens it in the system's viewer."""

import pypdf
from PySide6.QtCore import Qt

from app.store.fast.lazy_marks import LazyMarks
from app.protocol import Printed
from ui import protocol_adapter
from ui.ask import Ask
from ui.main_window import PROTOCOL


def _print(window, qtbot, monkeypatch, target):
    opened = []
    monkeypatch.setattr(Ask, "save_file", staticmethod(lambda *a, **k: str(target)))
    monkeypatch.setattr(Ask, "open_path", staticmethod(lambda path: opened.append(str(path))))
    window.go(PROTOCOL)
    screen = window.protocol
    with qtbot.waitSignal(screen.finished, timeout=60_000):
        qtbot.mouseClick(screen.print_button, Qt.LeftButton)
        assert screen.progress.isVisible() and not screen.print_button.isEnabled()
    return screen, opened


def test_the_print_button_writes_the_real_protocol_and_opens_it(window, qtbot, monkeypatch,
                                                                tmp_path):
    """The button asks where to save (the .pdf is added), shows progress while
    app.protocol builds the PDF on a worker thread, opens the written file, and says
    which protocol it was. The PDF names the demo's leader and is marked provisional
    (sheets are missing in the demo)."""
    fractions = []
    real = protocol_adapter.build_protocol

    def spy(competition, path, **kw):
        outer = kw["progress"]
        kw["progress"] = lambda f: (fractions.append(f), outer(f))
        return real(competition, path, **kw)

    monkeypatch.setattr(protocol_adapter, "build_protocol", spy)
    screen, opened = _print(window, qtbot, monkeypatch, tmp_path / "протокол")
    pdf = tmp_path / "протокол.pdf"
    assert opened == [str(pdf)]
    text = "".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    leader = window.session.service.results().projects[0]
    assert leader.code in text
    assert fractions and fractions[-1] == 1.0
    assert not screen.progress.isVisible() and screen.print_button.isEnabled()
    assert "протокол.pdf" in screen.message.text() and "DRAFT, not for signature" in screen.message.text()


def test_the_builder_gets_a_snapshot_and_the_stores_date(window, qtbot, monkeypatch,
                                                        tmp_path):
    """The worker is handed the competition snapshot and the date of the last change,
    read on the GUI thread (it never touches the store itself)."""
    seen = {}

    def builder(competition, path, *, lang, printed_at, progress, **_paper):
        seen.update(competition=competition, printed_at=printed_at, lang=lang)
        path.write_bytes(b"%PDF-1.4 stand-in")
        progress(1.0)
        return Printed(path, 1, "0" * 64, "0000-0000", ())

    monkeypatch.setattr(protocol_adapter, "build_protocol", builder)
    _print(window, qtbot, monkeypatch, tmp_path / "p.pdf")
    assert seen["competition"] == window.session.service.competition()
    assert not isinstance(seen["competition"].marks, LazyMarks)
    assert seen["printed_at"] == window.session.service.store.last_changed_at()
    assert seen["lang"] == "en"


def test_a_failing_builder_is_reported_and_nothing_is_opened(window, qtbot, monkeypatch,
                                                             tmp_path):
    """An error in the builder shows its reason; no viewer is opened."""
    def builder(competition, path, **kw):
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


def test_no_pdf_viewer_is_a_warning_not_a_success(window, qtbot, monkeypatch, tmp_path):
    """Issue 17: when no viewer could be started, the line says so in the amber of a
    warning (the file is written, the secretary opens it); with a viewer it is the
    green of a success."""
    monkeypatch.setattr(Ask, "save_file", staticmethod(lambda *a, **k: str(tmp_path / "p")))
    window.go(PROTOCOL)
    screen = window.protocol
    for opens, colour in ((False, "#8a4b00"), (True, "#1b5e20")):
        monkeypatch.setattr(Ask, "open_path", staticmethod(lambda path, ok=opens: ok))
        with qtbot.waitSignal(screen.finished, timeout=60_000):
            qtbot.mouseClick(screen.print_button, Qt.LeftButton)
        said = screen.message.text()
        assert ("No PDF viewer could be started" in said) is not opens and "p.pdf" in said
        assert colour in screen.message.styleSheet() and not screen.message.is_error
