"""The secretary's day, keyboard only, through the real main window: the script shared by
tests/test_the_whole_day.py (pytest-qt, offscreen) and tools/replay_day.py (a real X
window, a screenshot per step).

A fresh competition of two groups of three projects, four jurors and two criteria, one
winner per group, made so that two projects tie at the cut. Every step is driven by keys
sent to the widget that has the focus (never a method of a screen): a file dialog is the
only thing answered without keys (it returns the path the day uses), and Cyrillic or
Kazakh text is posted as key events, one per letter (QTest only types ASCII).

`keys` is pytest-qt's qtbot or anything with the same keyClick / wait / waitUntil;
`shot(name)` is called after each step (the replay saves a screenshot there).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ui.ask import Ask
from ui.keys import mnemonic

TOML = """title = "Кубок дня — Күн кубогы"
group_label = "Country"
method = "mean"
score_step = 0.5
tie_break = ["a"]
[winners]
per_group = 1
"""
PROJECTS = """code,title,organization,group,category,order
R1,Школа волонтёров,АНО «Открытое поколение»,RU,,1
R2,Цифровая грамотность,Фонд «Серебро»,RU,,2
R3,Городские сады,Клуб «Зелень»,RU,,3
K1,"Қазақстанның шалғай ауылдарындағы жастарға арналған цифрлық сауаттылық және кәсіпкерлік мектебі: әйелдер мен мүгедектігі бар жандарды қолдау бағдарламасы",«Болашақ» қоғамдық бірлестігі,KZ,,4
K2,Жасыл қала,«Жасыл әлем» қоры,KZ,,5
K3,Цифрлық сауат,«Ақпарат» орталығы,KZ,,6
"""
JURORS = """code,name,position,role
J1,Анна Петрова,Chair of the board,chair
J2,Әлия Сейітова,Agency,member
J3,Борис Иванов,University,member
J4,Дана Қасымова,Foundation,member
S,Секретарь,,secretary
"""
CRITERIA = """code,name,max,weight
a,Актуальность,10,2
b,Quality,10,1
"""
RUNNING_ORDER = ["R1", "R2", "R3", "K1", "K2", "K3"]
JURORS_IN_ORDER = ["J1", "J2", "J3", "J4"]
CRITERIA_IN_ORDER = ["a", "b"]
RECUSED = ("J3", "R3")      # keyed as R on J3's sheet
ABSENT = ("J4", "K3")       # ticked on the running order
# each juror's sheet as the paper says it: (a, b) per project; totals 2a + b.
# R1 and R2 both average 23 with the same mean of a (8): a tie at the cut of the RU group
SHEETS = {
    "J1": {"R1": (8, 7), "R2": (9, 5), "R3": (6, 6), "K1": (9, 9), "K2": (7, 7), "K3": (8, 6)},
    "J2": {"R1": (9, 6), "R2": (8, 8), "R3": (5, 7), "K1": (9, 8), "K2": (6, 8), "K3": (7, 7)},
    "J3": {"R1": (7, 8), "R2": (8, 6), "K1": (8.5, 9), "K2": (7, 6), "K3": (6, 8)},
    "J4": {"R1": (8, 7), "R2": (7, 9), "R3": (6, 5), "K1": (9, 9), "K2": (5, 5)},
}
REFUSED_FIRST = ("J1", "R1", "a", "11")     # typed first, over the maximum of 10: refused
UNDONE_FIRST = ("J2", "R2", "a", "3")       # keyed first, then Ctrl+Z and keyed again
TIE = ("R1", "R2")
WINNER_BY_DECISION = "R1"
REASONS = {"en": "Better defence of the project",
           "ru": "Лучшая защита проекта",
           "kk": "Жобаны жақсы қорғады"}
# the jury's vote on the tie, typed in the dialog: 2 for, 2 against, none abstaining,
# settled by the chair's casting vote (four jurors at the meeting)
VOTES = (2, 2, 0)
CASTING = True
# a juror who disagrees states a dissenting opinion, typed in its dialog (Ctrl+Shift+O)
DISSENTER = "J3"
OPINIONS = {"en": "I consider that R2 deserved the place",
            "ru": "Считаю, что R2 заслуживал места",
            "kk": "R2 жобасы орынға лайық деп санаймын"}


def intended_marks() -> dict[tuple[str, str, str], float]:
    """Every mark the database must hold at the end of the day."""
    return {(j, p, c): float(v) for j, sheet in SHEETS.items() for p, marks in sheet.items()
            for c, v in zip(CRITERIA_IN_ORDER, marks)}


def write_folder(folder: Path) -> Path:
    """The organisers' competition folder, as they send it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (("competition.toml", TOML), ("projects.csv", PROJECTS),
                       ("jurors.csv", JURORS), ("criteria.csv", CRITERIA)):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@dataclass
class Files:
    """What the file dialogs of the day answer, in the order they are asked (the new
    file, then each protocol printed), and what the window asked the viewer to open.
    `check`: the file the secretary checks against the data at the end of the day (the
    protocol to sign, as printed)."""

    folder: Path
    answers: list[Path]
    opened: list[str] = field(default_factory=list)
    check: Path | None = None

    def answer_dialogs(self, setattr_) -> None:
        """Replace the file dialogs (and the PDF viewer) with these answers; `setattr_` is
        monkeypatch.setattr in a test, plain setattr in the replay."""
        answers = list(self.answers)
        setattr_(Ask, "save_file", staticmethod(lambda *a, **k: str(answers.pop(0))))
        setattr_(Ask, "open_folder", staticmethod(lambda *a, **k: str(self.folder)))
        setattr_(Ask, "open_file", staticmethod(lambda *a, **k: str(self.check)))
        setattr_(Ask, "open_path", staticmethod(lambda path: self.opened.append(str(path))
                                                or True))


MAIN: list = [None]      # the main window of the day

# ----- keys -----------------------------------------------------------------------------
def focus() -> QWidget:
    return QApplication.focusWidget()


def press(keys, key, modifier=Qt.NoModifier, widget: QWidget | None = None) -> None:
    """One key, sent where the keyboard is (as a user's would go): after a dialog closes,
    once the window it returns to has the keyboard again."""
    if widget is None:
        if QApplication.activeWindow() is None and QApplication.activeModalWidget() is None:
            # a dialog just closed: a window manager hands the keyboard back to the main
            # window; Qt's offscreen platform leaves no window active, so do it for it
            MAIN[0].activateWindow()
        keys.waitUntil(lambda: QApplication.activeWindow() is not None, timeout=5000)
        # no widget with the focus: the window itself takes the key (its shortcuts work)
        widget = focus() or QApplication.activeWindow()
    keys.keyClick(widget, key, modifier)


def type_digits(keys, text: str) -> None:
    for ch in text:
        press(keys, {".": Qt.Key_Period, ",": Qt.Key_Comma}.get(ch) or getattr(Qt, f"Key_{ch}"))


def type_text(text: str) -> None:
    """Any text, Cyrillic and Kazakh included, one key event per letter to the focus."""
    for ch in text:
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(focus(), QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, ch))


def alt(keys, label: str, wait_ms: int = 150) -> None:
    """Alt + the underlined letter of `label` (whatever the language: Alt+О in Russian).
    A button pressed this way clicks after a short animation, hence the wait."""
    letter = mnemonic(label)
    assert letter, f"no Alt+letter in {label!r}"
    press(keys, Qt.Key(ord(letter.upper())), Qt.AltModifier)
    keys.wait(wait_ms)


def when_modal(keys, act, timeout_ms: int = 10_000) -> list:
    """Arm a watcher: once a modal dialog is up and has the keyboard (opened by the next
    key), call `act(dialog)`, which answers it with keys. Returns a list that receives
    the dialog. Should `act` fail, the dialog is closed (no test waits forever on it) and
    the failure is kept in FAILURES, which the day raises at its next step."""
    seen: list = []
    timer = QTimer()
    timer.setInterval(30)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible() or seen:
            return
        if not dialog.isActiveWindow():
            dialog.activateWindow()     # as a window manager gives a new dialog the keys
            return
        seen.append(dialog)
        timer.stop()
        try:
            act(dialog)
        except BaseException as exc:    # noqa: BLE001 - carried to the day's thread of steps
            FAILURES.append(exc)
            dialog.reject()
            return
        _later(timeout_ms, lambda: _still_open(dialog))

    timer.timeout.connect(poll)
    timer.start()
    _keep.append(timer)
    _later(timeout_ms, timer.stop)
    return seen


def _later(ms: int, fn) -> None:
    """`fn` in `ms`, unless the day is over first (its timers are all stopped then)."""
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(fn)
    timer.start(ms)
    _keep.append(timer)


FAILURES: list = []


def _still_open(dialog) -> None:
    """The keys meant to close a dialog did not: say so, and close it."""
    if shiboken6.isValid(dialog) and dialog.isVisible():
        FAILURES.append(AssertionError(f"{dialog.windowTitle()!r} stayed open after its "
                                       f"keys"))
        dialog.reject()
_keep: list = []       # the watchers' timers, alive until the day is over


def answer_yes(keys):
    """A question box answered Yes with its Alt+letter, or Enter on a focused Yes."""
    def act(box: QMessageBox) -> None:
        yes = box.button(QMessageBox.Yes)
        yes.setFocus() if mnemonic(yes.text()) is None else None
        if mnemonic(yes.text()):
            alt(keys, yes.text())
        else:
            press(keys, Qt.Key_Space, widget=yes)
    return act


# ----- the day ---------------------------------------------------------------------------
class Day:
    """The steps of the day, in order. Each ends with `shot(name)`."""

    def __init__(self, window, keys, files: Files, lang: str, shot=lambda name: None):
        self.w, self.keys, self.files, self.lang, self.shot = window, keys, files, lang, shot
        MAIN[0] = window
        self.dialogs_seen: dict[str, int] = {}

    def run(self) -> None:
        FAILURES.clear()
        try:
            for step in (self.new_file, self.import_folder, self.running_order,
                         self.presenting, self.key_sheets, self.progress, self.decide_tie,
                         self.dissenting_opinion, self.draft_protocol, self.finalize_and_print, self.ceremony,
                         self.organisers_files, self.check_the_protocol):
                step()
                if FAILURES:
                    raise FAILURES[0]
        finally:
            for timer in _keep:
                timer.stop()
            _keep.clear()

    # 1
    def new_file(self) -> None:
        """Ctrl+N: a new competition file (the file dialog answers its name)."""
        press(self.keys, Qt.Key_N, Qt.ControlModifier)
        self.keys.waitUntil(lambda: self.w.session.path == self.files.answers[0], timeout=5000)
        self.shot("01-new-file")

    # 2
    def import_folder(self) -> None:
        """Set up: Alt+letter of Import folder, the preview, Enter imports."""
        setup = self.w.setup
        assert self.w.current_screen() == 0
        seen = when_modal(self.keys, lambda d: self._import_preview(d))
        alt(self.keys, setup.import_folder_button.text(), wait_ms=0)
        self.keys.waitUntil(lambda: len(self.w.session.service.competition().projects) == 6,
                            timeout=10_000)
        assert seen, "no import preview was shown"
        self.shot("03-imported")

    def _import_preview(self, dialog) -> None:
        self.shot("02-import-preview")
        assert dialog.import_button.isEnabled(), dialog.rows()
        press(self.keys, Qt.Key_Return, widget=focus())

    # 3
    def running_order(self) -> None:
        """Ctrl+2, ↓ to K3, Tab to the absent list, ↓ to J4, Space ticks."""
        press(self.keys, Qt.Key_2, Qt.ControlModifier)
        screen = self.w.running_order
        assert focus() is screen.view
        for _ in range(RUNNING_ORDER.index(ABSENT[1])):
            press(self.keys, Qt.Key_Down)
        assert screen.current_code() == ABSENT[1]
        press(self.keys, Qt.Key_Tab)
        assert focus() is screen.attendance_view
        for _ in range(JURORS_IN_ORDER.index(ABSENT[0])):
            press(self.keys, Qt.Key_Down)
        press(self.keys, Qt.Key_Space)
        self.shot("04-running-order-absent")

    # 3b
    def presenting(self) -> None:
        """Ctrl+3, F5: the projector shows R1; Space starts its clock, Alt+Next puts the
        next project on stage, up to K1 (the long Kazakh title). The keyboard stays in the
        main window all along (the sheets are keyed next, with the projector still up)."""
        press(self.keys, Qt.Key_3, Qt.ControlModifier)
        screen = self.w.presenting
        press(self.keys, Qt.Key_F5)
        self.keys.waitUntil(lambda: screen.window is not None and screen.window.isVisible(),
                            timeout=5000)
        self.keys.wait(300)
        assert not screen.window.isActiveWindow()
        press(self.keys, Qt.Key_Space)
        assert screen.clock.running
        for _ in range(RUNNING_ORDER.index("K1")):
            before = screen.clock.index
            alt(self.keys, screen.next_button.text(), wait_ms=0)
            self.keys.waitUntil(lambda: screen.clock.index == before + 1, timeout=3000)
        assert screen.clock.current().code == "K1"
        self.shot("04b-projector-long-title")

    # 4
    def key_sheets(self) -> None:
        """Ctrl+4, then every juror's sheet in running order: a refused mark retyped, a
        mark undone with Ctrl+Z and keyed again, R for the recusal, the absent row
        skipped by the cursor; Ctrl+PgDown to the next juror's sheet."""
        press(self.keys, Qt.Key_4, Qt.ControlModifier)
        view = self.w.scoring.view
        assert focus() is view
        for n, juror in enumerate(JURORS_IN_ORDER):
            if n:
                press(self.keys, Qt.Key_PageDown, Qt.ControlModifier)
            for project in RUNNING_ORDER:
                if (juror, project) == ABSENT:
                    continue        # not a row the cursor stops on
                if (juror, project) == RECUSED:
                    press(self.keys, Qt.Key_R)
                    self.shot("06-recused")
                    continue
                for criterion, value in zip(CRITERIA_IN_ORDER, SHEETS[juror][project]):
                    self._key_mark(juror, project, criterion, value)
            if n == 0:
                self.shot("05-first-sheet-keyed")
        self.shot("07-all-sheets-keyed")

    def _key_mark(self, juror: str, project: str, criterion: str, value: float) -> None:
        row = self.w.scoring.model.rows[self.w.scoring.view.currentIndex().row()]
        col = self.w.scoring.view.currentIndex().column()
        assert (row.juror, row.project, CRITERIA_IN_ORDER[col]) == (juror, project, criterion), \
            ("the cursor is not where the paper sheet goes on", row, col)
        if (juror, project, criterion) == REFUSED_FIRST[:3]:
            type_digits(self.keys, REFUSED_FIRST[3])
            press(self.keys, Qt.Key_Return)
            assert self.w.scoring.message.is_error, "a mark over the maximum was saved"
            self.shot("05a-refused-mark")
        if (juror, project, criterion) == UNDONE_FIRST[:3]:
            type_digits(self.keys, UNDONE_FIRST[3])
            press(self.keys, Qt.Key_Return)
            press(self.keys, Qt.Key_Z, Qt.ControlModifier)
            self.shot("05b-undone")
            press(self.keys, Qt.Key_Left)
        text = f"{value:g}" if self.lang == "en" else f"{value:g}".replace(".", ",")
        type_digits(self.keys, text)
        press(self.keys, Qt.Key_Return)

    # 5
    def progress(self) -> None:
        """Ctrl+5: the board, every sheet in (a look, no keys)."""
        press(self.keys, Qt.Key_5, Qt.ControlModifier)
        self.shot("08-progress")

    # 6
    def decide_tie(self) -> None:
        """Ctrl+6, ↓ to R1 (in the tie at the cut), Ctrl+D: one dialog for the whole tie;
        R1 ticked (↓ and Space), Tab to the votes for, against and abstaining (digits),
        Tab to the chair's casting vote (Space), Tab to the reason, typed, Ctrl+Enter
        records it. No second decision is asked for R2."""
        press(self.keys, Qt.Key_6, Qt.ControlModifier)
        results = self.w.results
        assert focus() is results.view
        assert set(TIE) <= set(self.w.session.service.results().decision_needed)
        self.shot("09-results-tie")
        for _ in range(20):
            if results.current_code() == WINNER_BY_DECISION:
                break
            press(self.keys, Qt.Key_Down)
        assert results.current_code() == WINNER_BY_DECISION
        seen = when_modal(self.keys, self._decision)
        press(self.keys, Qt.Key_D, Qt.ControlModifier)
        self.keys.waitUntil(lambda: bool(seen) and not seen[0].isVisible(), timeout=20_000)
        self.dialogs_seen["decision"] = len(seen)
        self.shot("11-decided")

    def _decision(self, dialog) -> None:
        projects = dialog.projects
        assert focus() is projects
        assert [projects.item(i).data(Qt.UserRole) for i in range(projects.count())] == \
            list(TIE)
        press(self.keys, Qt.Key_Home)
        for _ in range(TIE.index(WINNER_BY_DECISION)):
            press(self.keys, Qt.Key_Down)
        press(self.keys, Qt.Key_Space)
        for field, votes in zip(dialog.vote_fields, VOTES):
            press(self.keys, Qt.Key_Tab)
            assert focus() is field
            type_digits(self.keys, str(votes))
        press(self.keys, Qt.Key_Tab)
        assert focus() is dialog.casting
        if CASTING:
            press(self.keys, Qt.Key_Space)
        press(self.keys, Qt.Key_Tab)
        assert focus() is dialog.reason
        type_text(REASONS[self.lang])
        self.shot("10-decision-dialog")
        press(self.keys, Qt.Key_Return, Qt.ControlModifier)

    # 6b
    def dissenting_opinion(self) -> None:
        """Ctrl+Shift+O: the dissenting opinions dialog; ↓ to J3, Tab to the opinion,
        typed, Ctrl+Enter saves it (the dialog stays for another juror), Esc closes."""
        seen = when_modal(self.keys, self._opinion)
        press(self.keys, Qt.Key_O, Qt.ControlModifier | Qt.ShiftModifier)
        self.keys.waitUntil(lambda: bool(seen) and not seen[0].isVisible(), timeout=20_000)
        assert self.w.session.service.competition().opinions[DISSENTER].text == \
            OPINIONS[self.lang]
        self.dialogs_seen["opinion"] = len(seen)

    def _opinion(self, dialog) -> None:
        assert focus() is dialog.juror
        for _ in range(JURORS_IN_ORDER.index(DISSENTER)):
            press(self.keys, Qt.Key_Down)
        assert dialog.current_juror() == DISSENTER
        press(self.keys, Qt.Key_Tab)
        assert focus() is dialog.text
        type_text(OPINIONS[self.lang])
        press(self.keys, Qt.Key_Return, Qt.ControlModifier)
        assert DISSENTER in dialog.recorded.text(), dialog.message.text()
        self.shot("11b-dissenting-opinion")
        press(self.keys, Qt.Key_Escape)

    # 7
    def draft_protocol(self) -> None:
        """Ctrl+P from Results: the protocol as it stands, before finalizing."""
        before = len(self.files.opened)
        press(self.keys, Qt.Key_P, Qt.ControlModifier)
        self.keys.waitUntil(lambda: len(self.files.opened) > before, timeout=60_000)
        self.shot("12-draft-printed")

    # 8
    def finalize_and_print(self) -> None:
        """Ctrl+8, Space on "Finalize and print the protocol for signature", Yes: the
        competition is locked and the protocol to sign is printed at once."""
        press(self.keys, Qt.Key_8, Qt.ControlModifier)
        screen = self.w.finalize
        assert focus() is screen.finalize_button
        self.shot("13-finalize")
        before = len(self.files.opened)
        when_modal(self.keys, answer_yes(self.keys))
        press(self.keys, Qt.Key_Space)
        self.keys.waitUntil(lambda: self.w.session.service.competition().finalized,
                            timeout=10_000)
        self.keys.waitUntil(lambda: len(self.files.opened) > before, timeout=60_000)
        self.shot("14-final-printed")

    # 9
    def ceremony(self) -> None:
        """Ctrl+3, Alt+<the ceremony button's letter>: the award ceremony starts with
        nothing on the projector; → reveals the first group's card, → its winner (the
        secretary's screen showing each next step first), Esc ends it."""
        press(self.keys, Qt.Key_3, Qt.ControlModifier)
        screen = self.w.presenting
        alt(self.keys, screen.ceremony_button.text())
        assert screen.ceremony.active, screen.ceremony_message.text()
        projector = screen.window
        assert projector.title.text() == ""
        group, first = screen.ceremony.steps[0].group, screen.ceremony.steps[1].awards[0]
        assert group in screen.coming_next.text()           # the secretary sees it coming
        press(self.keys, Qt.Key_Right)
        assert projector.countdown.text() == group
        assert first.title in screen.coming_next.text() and first.title not in \
            projector.title.text()
        press(self.keys, Qt.Key_Right)
        assert projector.title.text() == first.title
        self.shot("15-ceremony")
        press(self.keys, Qt.Key_Escape)
        assert not screen.ceremony.active

    # 10
    def organisers_files(self) -> None:
        """File menu by keys: the results workbook (Alt+F, its letter), then the diplomas
        with certificates of participation (Yes) into the organisers' folder."""
        before = len(self.files.opened)
        self._file_menu(self.w.verdict_actions.workbook_action.text())
        self.keys.waitUntil(lambda: len(self.files.opened) > before, timeout=30_000)
        when_modal(self.keys, answer_yes(self.keys))
        self._file_menu(self.w.verdict_actions.diplomas_action.text())
        self.keys.waitUntil(lambda: len(self.files.opened) > before + 1, timeout=60_000)
        self.shot("16-organisers-files")

    # 11
    def check_the_protocol(self) -> None:
        """File menu by keys: Check a printed protocol (its letter); the file dialog
        answers the protocol to sign as printed: it matches the data, every page
        checked. Esc closes the answer."""
        actions = self.w.verdict_actions
        actions.check_dialog = None
        self._file_menu(actions.check_action.text())
        self.keys.waitUntil(lambda: actions.check_dialog is not None, timeout=60_000)
        dialog = actions.check_dialog
        assert dialog.ok, dialog.texts()
        self.shot("17-protocol-checked")
        press(self.keys, Qt.Key_Escape, widget=dialog)
        self.keys.waitUntil(lambda: not dialog.isVisible(), timeout=5000)

    def _file_menu(self, entry: str) -> None:
        """Alt+<File's letter> opens the menu; the entry's underlined letter picks it. A
        menu matches the letter on the key's text, which QTest leaves empty for Cyrillic
        and Kazakh letters: the key event carries it here, as a keyboard's would."""
        alt(self.keys, self.w.menus.file_menu.title())
        self.keys.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=5000)
        menu = QApplication.activePopupWidget()
        letter = mnemonic(entry)
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(menu, QKeyEvent(kind, Qt.Key(ord(letter.upper())),
                                                   Qt.NoModifier, letter))
