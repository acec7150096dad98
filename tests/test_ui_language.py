"""The interface in Russian and Kazakh: switching a live window, what every screen shows,
Alt keys in each language, the remembered choice, the first start, Qt's own buttons,
numbers with a decimal comma, and the protocol's language on the Protocol screen."""

import re

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialogButtonBox,
                               QGroupBox, QLabel, QLineEdit, QTabBar, QTableView, QWidget)

from app.protocol import Printed
from ui import i18n, protocol_adapter
from ui.ask import Ask
from ui.main_window import PROTOCOL, RESULTS, SCORING, MainWindow
from ui.prefs import Prefs
from tests.ui_helpers import show_window

NAV = {"ru": ["Подготовка", "Порядок выступлений", "Выступления", "Ввод оценок", "Ход оценки",
              "Результаты", "Протокол", "Утверждение"],
       "kk": ["Дайындық", "Таныстыру кезегі", "Таныстыру", "Бағаларды енгізу",
              "Бағалау барысы", "Нәтижелер", "Хаттама", "Бекіту"]}
MENUS = {"ru": ["&Файл", "&Правка", "П&ереход", "&Язык", "Справка"],
         "kk": ["&Файл", "&Түзету", "&Өту", "Т&іл", "Анықтама"],
         "en": ["&File", "&Edit", "&Go", "&Language", "Help"]}
# what may stay Latin in a Russian or Kazakh window: keys, formats, file names, the
# program's name, and the demo's codes and dates
ALLOWED = re.compile(r"Jury Room|English|Ctrl|Shift|Alt|PgDown|PgUp|Enter|Esc|Delete|F5|F11|PDF|CSV|XLSX|"
                     r"UTC|competition\.toml|projects|jurors|criteria|scores|relevance|"
                     r"quality|demo\.jury|[A-Z]{1,2}-?\d+|\b[A-Z]\b|\bN\b|z-")


def switch(window, lang: str) -> None:
    """Choose a language from the Language menu, as the secretary would, and let Qt
    deliver the LanguageChange events."""
    window.menus.language_actions[lang].trigger()
    QApplication.processEvents()


def visible_texts(window) -> list[str]:
    """What the window shows now: visible labels, buttons, fields, combo items, tabs,
    group titles, tooltips, table headers, menus and the status bar."""
    out = [window.windowTitle(), window.status_line.marks_label.text()]
    for menu in window.menuBar().actions():
        out.append(menu.text())
        out += [a.text() for a in menu.menu().actions() if a.text()]
    for w in window.findChildren(QWidget):
        if not w.isVisible():
            continue
        out.append(w.toolTip())
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append(re.sub(r"<[^>]+>|&nbsp;", " ", w.text()))
        if isinstance(w, QLineEdit):
            out += [w.text(), w.placeholderText()]
        if isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QTabBar):
            out += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QGroupBox):
            out.append(w.title())
        if isinstance(w, QTableView) and w.model() is not None:
            m = w.model()
            out += [str(m.headerData(c, Qt.Horizontal) or "") for c in range(m.columnCount())]
            out += [str(m.data(m.index(r, c)) or "") for r in range(min(m.rowCount(), 5))
                    for c in range(m.columnCount())]
    return [t for t in out if t]


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_switching_the_language_retranslates_the_live_window(window, lang):
    """From the Language menu: the step list, the menus, a screen heading, a table's
    headers and the scores (decimal comma) change at once, on the same file and screen;
    back to English restores them."""
    window.go(RESULTS)
    path = window.session.path
    switch(window, lang)
    assert [window.nav.item(i).text()[3:] for i in range(8)] == NAV[lang]
    assert [a.text() for a in window.menuBar().actions()] == MENUS[lang]
    assert NAV[lang][5] in window.results.heading_label.text()
    headers = [window.results.model.headerData(c, Qt.Horizontal) for c in range(9)]
    assert ("Балл" in headers) and ("Код" in headers)
    row = window.results.model.row_of("RU-05")
    assert window.results.model.data(window.results.model.index(row, 4)) == "45,13"
    assert window.session.path == path and window.current_screen() == RESULTS
    assert window.menus.language_actions[lang].isChecked()
    switch(window, "en")
    assert window.nav.item(5).text() == "6  Results"
    assert [a.text() for a in window.menuBar().actions()] == MENUS["en"]
    assert window.results.model.data(window.results.model.index(row, 4)) == "45.13"


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_no_english_is_left_on_any_screen(window, lang):
    """On every screen in Russian or Kazakh, no visible text has an English word: each
    one went through tr() and was translated (keys, formats and codes aside)."""
    switch(window, lang)
    leftovers = set()
    for n in range(8):
        window.go(n)
        QApplication.processEvents()
        for text in visible_texts(window):
            rest = ALLOWED.sub(" ", text)
            if re.search(r"[A-Za-z]{2,}", rest):
                leftovers.add((n, text))
    assert leftovers == set()


def test_the_check_for_english_can_fail(window):
    """The walk above does see English: in English it finds plenty."""
    window.go(SCORING)
    texts = [ALLOWED.sub(" ", t) for t in visible_texts(window)]
    assert sum(bool(re.search(r"[A-Za-z]{2,}", t)) for t in texts) > 10


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_alt_keys_are_unique_in_each_language(window, lang):
    """The Alt+letter of every visible button, labelled field and tab on each screen is
    different from the others and from the menus', in Russian and Kazakh too."""
    switch(window, lang)
    menus = {m.group(1).lower() for a in window.menuBar().actions()
             if (m := re.search(r"&(\w)", a.text()))}
    assert len(menus) == 4      # Help has none (F1 opens it)
    for n in range(8):
        window.go(n)
        screen = window.stack.currentWidget()
        letters = []
        for w in screen.findChildren(QAbstractButton) + screen.findChildren(QLabel):
            if w.isVisible() and (not isinstance(w, QLabel) or w.buddy() is not None):
                letters += re.findall(r"&(\w)", w.text())
        for bar in screen.findChildren(QTabBar):
            letters += [m for i in range(bar.count())
                        for m in re.findall(r"&(\w)", bar.tabText(i))]
        for box in screen.findChildren(QGroupBox):
            if box.isVisible():
                letters += re.findall(r"&(\w)", box.title())
        letters = [c.lower() for c in letters]
        assert len(letters) == len(set(letters)), (lang, n, letters)
        assert not set(letters) & menus, (lang, n, letters)


def test_the_choice_is_remembered_for_the_next_start(qtbot, demo_store, prefs):
    """The language chosen in the window is kept in the settings; a new window (as the
    next start would) comes up in it."""
    from app.service import JuryService

    w = show_window(qtbot, MainWindow(JuryService(demo_store), prefs))
    switch(w, "kk")
    assert prefs.language() == "kk"
    again = Prefs(QSettings(prefs.qs.fileName(), QSettings.IniFormat))
    assert again.language() == "kk"
    i18n.set_language("en")
    i18n.set_language(again.language() or i18n.system_language())
    w2 = show_window(qtbot, MainWindow(JuryService(demo_store), again))
    assert w2.nav.item(0).text() == "1  Дайындық"
    assert w2.menus.language_actions["kk"].isChecked()


def test_first_start_follows_the_system_locale(prefs):
    """No choice yet: Russian or Kazakh when the system speaks it, English otherwise."""
    assert prefs.language() is None
    assert i18n.system_language(QLocale("ru_RU")) == "ru"
    assert i18n.system_language(QLocale("kk_KZ")) == "kk"
    assert i18n.system_language(QLocale("ru_KZ")) == "ru"
    assert i18n.system_language(QLocale("de_DE")) == "en"
    assert i18n.system_language(QLocale("en_US")) == "en"


def test_qt_standard_buttons_speak_the_language(qtbot):
    """Qt's own translations (qtbase_ru / qtbase_kk from the PySide6 wheel) are loaded:
    the standard buttons of every dialog are translated too."""
    box = QDialogButtonBox(QDialogButtonBox.Cancel)
    qtbot.addWidget(box)
    cancel = box.button(QDialogButtonBox.Cancel)
    for lang, text in (("ru", "Отмена"), ("kk", "Бас тарту"), ("en", "Cancel")):
        i18n.set_language(lang)
        QApplication.processEvents()
        assert cancel.text() == text


def test_the_bundled_font_has_every_kazakh_letter(qapp):
    """The bundled DejaVu Sans is made available to Qt and draws ә ғ қ ң ө ұ ү һ і, so a
    machine whose own fonts lack them still shows Kazakh."""
    i18n.load_fonts()
    metrics = QFontMetrics(QFont("DejaVu Sans"))
    assert QFont("DejaVu Sans").exactMatch()
    for ch in "әғқңөұүһіӘҒҚҢӨҰҮҺІ":
        assert metrics.inFontUcs4(ord(ch)), ch


def test_the_protocol_language_follows_the_interface_until_chosen(window, qtbot, monkeypatch,
                                                                  tmp_path):
    """The Protocol screen offers each language and each pair by their own names; it
    starts on the interface's language, and a language picked there is kept when the
    interface changes and is the one the protocol is built in."""
    switch(window, "ru")
    window.go(PROTOCOL)
    combo = window.protocol.lang
    assert combo.currentData() == "ru"
    names = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert names["ru+kk"] == "Русский + Қазақша" and names["kk"] == "Қазақша"
    switch(window, "kk")
    assert combo.currentData() == "kk"
    combo.setCurrentIndex(combo.findData("kk+ru"))
    combo.activated.emit(combo.currentIndex())
    switch(window, "en")
    assert combo.currentData() == "kk+ru"

    seen = {}

    def builder(competition, path, *, lang, printed_at, progress, **_paper):
        seen["lang"] = lang
        path.write_bytes(b"%PDF-1.4 stand-in")
        return Printed(path, 1, "0" * 64, "0000-0000", ())

    monkeypatch.setattr(protocol_adapter, "build_protocol", builder)
    monkeypatch.setattr(Ask, "save_file", staticmethod(lambda *a, **k: str(tmp_path / "p.pdf")))
    monkeypatch.setattr(Ask, "open_path", staticmethod(lambda path: True))
    with qtbot.waitSignal(window.protocol.finished, timeout=10_000):
        window.protocol.print_protocol()
    assert seen["lang"] == "kk+ru"


@pytest.mark.parametrize("lang, words", [
    ("ru", ["Не сохранено", "вне диапазона", "от 0 до 10"]),
    ("kk", ["0 мен 10 аралығында"]),
])
def test_a_refused_mark_says_why_in_the_interface_language(window, qtbot, lang, words):
    """A mark above the maximum keyed in a Russian or Kazakh window: the reason under the
    sheet is in that language (app/ tags the refusal, the window words it), and nothing
    is saved."""
    from tests.tests_ui_common import open_sheet
    from tests.ui_helpers import marks

    switch(window, lang)
    view = open_sheet(window, "J1", "KZ-05")
    qtbot.keyClicks(view, "11")
    qtbot.keyClick(view, Qt.Key_Return)
    shown = window.scoring.message.text()
    for word in words:
        assert word in shown, shown
    assert "out of range" not in shown
    assert ("J1", "KZ-05", "relevance") not in marks(window.session.path)
    switch(window, "en")
