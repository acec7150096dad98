"""Printing after a jury decision (issue 11, item 1): whatever crosses to the printing
thread is read whole on the window's thread, so the worker never touches SQLite."""

import gc
import sqlite3

import pypdf
from PySide6.QtCore import Qt

from app.store.fast.lazy_marks import LazyMarks
from app.protocol_source import ProtocolSource
from app.store import Store
from tests.tests_ui_common import decide_tie_with_keys
from ui.ask import Ask


def _decide_with_keys(window, qtbot, code: str, reason: str) -> None:
    decide_tie_with_keys(window, qtbot, code, [code], reason)


def _print_with_keys(window, qtbot, monkeypatch, target, key_widget=None):
    opened = []
    monkeypatch.setattr(Ask, "save_file", staticmethod(lambda *a, **k: str(target)))
    monkeypatch.setattr(Ask, "open_path", staticmethod(lambda path: opened.append(str(path))))
    qtbot.keyClick(key_widget or window, Qt.Key_P, Qt.ControlModifier)
    screen = window.protocol
    assert screen.job is not None or screen.message.text(), "Ctrl+P started no printing"
    qtbot.waitUntil(lambda: screen.job is None, timeout=60_000)   # written, or failed
    return screen


def test_a_protocol_prints_after_a_jury_decision(window, qtbot, monkeypatch, tmp_path):
    """The demo's RU-02/RU-03 tie decided on Results with the keyboard, then Ctrl+P on
    Protocol: a PDF is written (no "SQLite objects created in a thread" error) and it
    prints the decision's reason."""
    _decide_with_keys(window, qtbot, "RU-02", "vote 4:2")
    assert window.session.service.competition().decisions["RU-02"].reason == "vote 4:2"
    qtbot.keyClick(window, Qt.Key_7, Qt.ControlModifier)
    screen = _print_with_keys(window, qtbot, monkeypatch, tmp_path / "p.pdf")
    assert not screen.message.is_error, screen.message.text()
    assert screen.last_pdf == tmp_path / "p.pdf"
    text = "".join(page.extract_text() for page in pypdf.PdfReader(tmp_path / "p.pdf").pages)
    assert "vote 4:2" in text


def _referents(root, depth=6):
    """Every object reachable from `root` (its attributes, containers, closures)."""
    seen, todo, out = set(), [(root, 0)], []
    while todo:
        obj, d = todo.pop()
        if id(obj) in seen or d > depth or isinstance(obj, type):
            continue
        seen.add(id(obj))
        out.append(obj)
        todo.extend((o, d + 1) for o in gc.get_referents(obj))
    return out


def test_the_print_thread_gets_no_connection_and_nothing_lazy(window, qtbot, monkeypatch,
                                                             tmp_path):
    """A guard on the type handed to the worker: after a change that makes the service's
    snapshot read its marks lazily, the job's source is a ProtocolSource whose object
    graph holds no sqlite3 connection or cursor, no Store and no LazyMarks."""
    svc = window.session.service
    svc.record_decision("RU-02", True, "vote")          # marks are lazy again after this
    assert isinstance(svc.competition().marks, LazyMarks)
    jobs = []
    from ui.screens import protocol as protocol_screen

    real = protocol_screen.ProtocolJob

    class Spy(real):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            jobs.append(self)

    monkeypatch.setattr(protocol_screen, "ProtocolJob", Spy)
    qtbot.keyClick(window, Qt.Key_7, Qt.ControlModifier)
    _print_with_keys(window, qtbot, monkeypatch, tmp_path / "p.pdf")
    source = jobs[0].source
    assert isinstance(source, ProtocolSource)
    bad = [o for o in _referents(source)
           if isinstance(o, (sqlite3.Connection, sqlite3.Cursor, Store, LazyMarks))]
    assert bad == []
    assert len(source.competition.marks) == len(svc.store.load().marks)


def test_ctrl_p_prints_from_any_screen(window, qtbot, monkeypatch, tmp_path):
    """Ctrl+P is the window's: pressed on the Scoring screen with the cursor in a sheet,
    it shows the Protocol screen and writes the PDF (issue 11, item 14)."""
    from ui.main_window import PROTOCOL, SCORING

    qtbot.keyClick(window, Qt.Key_4, Qt.ControlModifier)
    assert window.current_screen() == SCORING
    view = window.scoring.view
    view.setFocus()
    screen = _print_with_keys(window, qtbot, monkeypatch, tmp_path / "any.pdf", view)
    assert window.current_screen() == PROTOCOL
    assert not screen.message.is_error and (tmp_path / "any.pdf").stat().st_size > 1000
