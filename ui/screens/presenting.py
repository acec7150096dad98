"""Step 3, presenting: the secretary's side of the projector window. It shows what the
audience sees, opens the projector window, and runs the clock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import InputError
from app.protocol.texts import LANGUAGES
from ui import fmt, i18n
from ui.ceremony import Ceremony
from ui.messages import explain
from ui.presenter import PresenterClock, PresenterWindow, clock_text
from ui.screens.base import MessageLine, Screen


class PresentingScreen(Screen):
    main_widget_name = "start_button"    # Space on it starts and pauses

    def __init__(self, session, clock: PresenterClock):
        super().__init__(session)
        self.clock = clock
        self.ceremony = Ceremony(session)
        self.window: PresenterWindow | None = None
        self._setup_ui()
        clock.changed.connect(self._show_clock)
        self.ceremony.changed.connect(self._show_ceremony)

    def _setup_ui(self) -> None:
        self.open_button = QPushButton()
        # F5 itself is the Go menu's (one owner, or Qt treats the key as ambiguous)
        self.open_button.clicked.connect(self.open_presenter)
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self.clock.start_pause)
        self.prev_button = prev_button = QPushButton()
        prev_button.clicked.connect(lambda: self.clock.step(-1))
        self.next_button = next_button = QPushButton()
        next_button.clicked.connect(lambda: self.clock.step(1))
        self.reset_button = reset_button = QPushButton()
        reset_button.clicked.connect(self.clock.reset)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 60)
        self.minutes.setValue(self.clock.minutes)
        self.minutes.valueChanged.connect(self.clock.set_minutes)
        self.minutes_label = minutes_label = QLabel()
        minutes_label.setBuddy(self.minutes)
        row = QHBoxLayout()
        for w in (self.open_button, self.start_button, prev_button, next_button, reset_button):
            row.addWidget(w)
        row.addStretch(1)
        # the time on a line of its own: beside the five buttons, in Russian or Kazakh,
        # the row made the window wider than a 1024-pixel screen
        minutes_row = QHBoxLayout()
        minutes_row.addWidget(minutes_label)
        minutes_row.addWidget(self.minutes)
        minutes_row.addStretch(1)

        self.now = QLabel()
        self.now.setWordWrap(True)
        self.now.setTextFormat(Qt.RichText)
        self.countdown = QLabel()
        self.countdown.setAlignment(Qt.AlignCenter)
        font = self.countdown.font()
        font.setPixelSize(72)
        font.setBold(True)
        self.countdown.setFont(font)
        self.countdown.setStyleSheet("background: #101820; padding: 8px;")
        self.stage = stage = QGroupBox()
        stage_layout = QVBoxLayout(stage)
        stage_layout.addWidget(self.now)
        stage_layout.addWidget(self.countdown)

        self.order = QListWidget()      # a pick list of the running order (plain lines)
        self.order.setSelectionMode(QAbstractItemView.SingleSelection)
        self.order.itemActivated.connect(lambda item: self.clock.go_to(item.data(Qt.UserRole)))
        self.order_box = order_box = QGroupBox()
        QVBoxLayout(order_box).addWidget(self.order)
        self.hint = hint = QLabel()
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.make_heading())
        layout.addLayout(row)
        layout.addLayout(minutes_row)
        layout.addWidget(stage)
        layout.addWidget(order_box, 1)
        layout.addWidget(self._setup_ceremony())
        layout.addWidget(hint)
        self.retranslate()

    def _setup_ceremony(self) -> QGroupBox:
        """The award ceremony's controls: start (finalized only), the projector's
        language, what is shown now and what comes next (never on the projector)."""
        self.ceremony_button = QPushButton()
        self.ceremony_button.clicked.connect(self.toggle_ceremony)
        self.ceremony_lang = QComboBox()
        for code in LANGUAGES:      # "Русский + Қазақша": each language by its own name
            self.ceremony_lang.addItem(" + ".join(i18n.NATIVE_NAMES[c] for c in code.split("+")),
                                       code)
        # the interface's language unless the secretary picks another (or two)
        self._lang_picked = False
        self.ceremony_lang.activated.connect(lambda _i: setattr(self, "_lang_picked", True))
        self._follow_interface_language()
        self.ceremony_lang_label = QLabel()
        self.ceremony_lang_label.setBuddy(self.ceremony_lang)
        self.reveal_button = QPushButton()
        self.reveal_button.clicked.connect(lambda: self.ceremony.step(1))
        self.back_button = QPushButton()
        self.back_button.clicked.connect(lambda: self.ceremony.step(-1))
        # two rows (start and language; back and reveal): on one line, in Russian or
        # Kazakh, they made the window wider than a 1024-pixel screen
        controls = QVBoxLayout()
        first, second = QHBoxLayout(), QHBoxLayout()
        for w in (self.ceremony_button, self.ceremony_lang_label, self.ceremony_lang):
            first.addWidget(w)
        for w in (self.back_button, self.reveal_button):
            second.addWidget(w)
        for line in (first, second):
            line.addStretch(1)
            controls.addLayout(line)
        self.shown_now = QLabel()
        self.shown_now.setWordWrap(True)
        self.coming_next = QLabel()
        self.coming_next.setWordWrap(True)
        self.coming_next.setStyleSheet("color: #6d4c41;")
        self.ceremony_message = MessageLine()
        # while the ceremony runs, → / ← / Esc drive it wherever the focus is on this
        # screen (a focused button would otherwise keep the arrow keys to itself); actions,
        # so that Help > Keyboard shortcuts lists them with their text
        self.reveal_action = self._ceremony_key((Qt.Key_Right, Qt.Key_PageDown),
                                                lambda: self.ceremony.step(1))
        self.back_action = self._ceremony_key((Qt.Key_Left, Qt.Key_PageUp),
                                              lambda: self.ceremony.step(-1))
        self.end_action = self._ceremony_key((Qt.Key_Escape,), self.toggle_ceremony)
        self.ceremony_box = box = QGroupBox()
        inner = QVBoxLayout(box)
        inner.addLayout(controls)
        inner.addWidget(self.shown_now)
        inner.addWidget(self.coming_next)
        inner.addWidget(self.ceremony_message)
        return box

    def retranslate(self) -> None:
        self.set_heading(self.tr("Presenting"), self.tr(
            "What the audience sees on the projector: the project on stage, its countdown and"
            " who is next."))
        self.open_button.setText(self.tr("&Open the projector window  (F5)"))
        self.prev_button.setText(self.tr("◀ &Previous"))
        self.next_button.setText(self.tr("&Next ▶"))
        self.reset_button.setText(self.tr("&Reset clock"))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes_label.setText(self.tr("&Time per project:"))
        self.stage.setTitle(self.tr("On the projector"))
        self.order_box.setTitle(self.tr("Running order (Enter: put this project on stage)"))
        self.ceremony_box.setTitle(self.tr("Award ceremony (after finalize)"))
        self._follow_interface_language()
        self.ceremony_lang_label.setText(self.tr("Language on the pro&jector:"))
        self.back_button.setText(self.tr("◀ Step &back"))
        self.reveal_button.setText(self.tr("Re&veal next  (→)"))
        self.reveal_action.setText(self.tr("Ceremony: reveal the next step"))
        self.back_action.setText(self.tr("Ceremony: step back"))
        self.end_action.setText(self.tr("Ceremony: end it, the projector shows the clock"))
        self.hint.setText(self.tr(
            "The keyboard stays in this window while the projector shows: Space starts or "
            "pauses the clock, the Previous and Next buttons move on, Enter on a project in "
            "the list puts it on stage. The projector never shows marks, scores or ranks; only "
            "the award ceremony, after finalize, reveals the winners and their places."))
        self._show_clock()
        self._show_ceremony()

    def refresh(self) -> None:
        current = self.order.currentItem().data(Qt.UserRole) if self.order.currentItem() else None
        self.order.clear()
        for p in self.clock.projects():
            item = QListWidgetItem(fmt.project_label(p))
            item.setData(Qt.UserRole, p.code)
            self.order.addItem(item)
            if p.code == current:
                self.order.setCurrentItem(item)
        self._show_clock()

    def open_presenter(self) -> PresenterWindow:
        if self.window is None:
            self.window = PresenterWindow(self.clock, self.ceremony)
        # QWidget.window: this screen's own `window` attribute is the projector's
        self.window.show_on_projector(keyboard_owner=QWidget.window(self))
        return self.window

    def _ceremony_key(self, keys, slot) -> QAction:
        action = QAction(self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        action.setEnabled(False)
        self.addAction(action)
        return action

    def _follow_interface_language(self) -> None:
        """The projector's language is the interface's until the secretary picks one."""
        if not self._lang_picked:
            self.ceremony_lang.setCurrentIndex(
                max(self.ceremony_lang.findData(i18n.current()), 0))

    def toggle_ceremony(self) -> None:
        """Start the ceremony (the projector window opens, nothing revealed yet), or end
        it and give the projector back to the clock."""
        if self.ceremony.active:
            self.ceremony.stop()
            self.ceremony_message.clear_message()
            return
        try:
            self.ceremony.start(self.ceremony_lang.currentData())
        except InputError as exc:
            self.ceremony_message.error(explain(exc))
            return
        self.ceremony_message.info(self.tr(
            "Keys: → (or Space) reveals the next step, ← steps back, Esc ends the ceremony."))
        self.open_presenter()
        self.reveal_button.setFocus()

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if self.ceremony.active and key == Qt.Key_Space:
            self.ceremony.step(1)
        elif key == Qt.Key_Space and not self.order.hasFocus():
            self.clock.start_pause()
        else:
            super().keyPressEvent(event)

    def _show_ceremony(self) -> None:
        on = self.ceremony.active
        self.ceremony_button.setText(self.tr("End the &ceremony  (Esc)") if on
                                     else self.tr("Start the award &ceremony"))
        self.ceremony_lang.setEnabled(not on)
        # the clock and the running order are off the projector while the ceremony runs
        self.stage.setVisible(not on)
        self.order_box.setEnabled(not on)
        for action in (self.reveal_action, self.back_action, self.end_action):
            action.setEnabled(on)
        self.reveal_button.setEnabled(on)
        self.back_button.setEnabled(on)
        now, nxt = self.ceremony.current(), self.ceremony.upcoming()
        done, total = self.ceremony.position()
        self.shown_now.setText(self.tr("On the projector ({done} of {total} steps): {what}")
                               .format(done=done, total=total, what=self._describe(now))
                               if on else "")
        self.coming_next.setText(self.tr("Next (not shown yet): {what}").format(
            what=self._describe(nxt)) if on and nxt is not None else "")

    def _describe(self, card) -> str:
        if card is None or not (card.title or card.big):
            return self.tr("nothing yet")
        parts = [card.big, card.title.replace("\n", "; "), card.organization.replace("\n", "; ")]
        return " — ".join(p for p in parts if p)

    def _show_clock(self) -> None:
        p, nxt = self.clock.current(), self.clock.next_up()
        if p is None:
            self.now.setText(self.tr("No project in the running order."))
        else:
            self.now.setText(self.tr("<b style='font-size:16pt'>{title}</b><br>{org}<br>"
                                     "{label}: {group}<br><i>Next up: {next}</i>").format(
                title=p.title, org=p.organization, group=p.group,
                label=fmt.group_label(self.session.service.competition()),
                next=nxt.title if nxt else self.tr("— (last)")))
        left = self.clock.remaining_ms()
        self.countdown.setText(clock_text(left) if left > 0 else self.tr("Time is up"))
        self.countdown.setStyleSheet(
            f"background: #101820; color: {self.clock.colour()}; padding: 8px;")
        self.start_button.setText(self.tr("Pau&se  (Space)") if self.clock.running
                                  else self.tr("&Start  (Space)"))
