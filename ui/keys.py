"""Keys by where they sit on the keyboard, whatever layout is active.

A secretary in Almaty or Moscow types with a Russian or Kazakh layout on: the key marked R
then types «к», and the key marked F types «а». Qt names a key by the text it types, so a
key meant by its place (R recuses on the scoring sheet; Alt and the underlined letter of
a label) is found here from the key's native code, which names the physical key whatever
the layout, with the typed text as the fallback where the platform gives no such code.

The native codes: on Linux (X11 and Wayland) `nativeScanCode()` is the evdev key code + 8;
on Windows it is the PC scan code (set 1), which for these keys equals the evdev code; on
macOS Qt gives Apple's virtual key code (`nativeVirtualKey()`, kVK_ANSI_* in Events.h).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (QAbstractButton, QApplication, QGroupBox, QLabel, QMenuBar,
                               QWidget)

from app.entry import RECUSAL_LETTERS

# every letter key: its evdev code, the letter the US, Russian and Kazakh layouts give it
# (the Kazakh layout has the Russian letters, and its own on the digit row), and its
# macOS virtual key code
_KEYS = (
    # evdev, US, ru, kk, mac
    (2, "1", "1", "\"", 0x12), (3, "2", "2", "ә", 0x13), (4, "3", "3", "і", 0x14),
    (5, "4", "4", "ң", 0x15), (6, "5", "5", "ғ", 0x17), (7, "6", "6", ",", 0x16),
    (8, "7", "7", ".", 0x1A), (9, "8", "8", "ү", 0x1C), (10, "9", "9", "ұ", 0x19),
    (11, "0", "0", "қ", 0x1D), (12, "-", "-", "ө", 0x1B), (13, "=", "=", "һ", 0x18),
    (16, "q", "й", "й", 0x0C), (17, "w", "ц", "ц", 0x0D), (18, "e", "у", "у", 0x0E),
    (19, "r", "к", "к", 0x0F), (20, "t", "е", "е", 0x11), (21, "y", "н", "н", 0x10),
    (22, "u", "г", "г", 0x20), (23, "i", "ш", "ш", 0x22), (24, "o", "щ", "щ", 0x1F),
    (25, "p", "з", "з", 0x23), (26, "[", "х", "х", 0x21), (27, "]", "ъ", "ъ", 0x1E),
    (30, "a", "ф", "ф", 0x00), (31, "s", "ы", "ы", 0x01), (32, "d", "в", "в", 0x02),
    (33, "f", "а", "а", 0x03), (34, "g", "п", "п", 0x05), (35, "h", "р", "р", 0x04),
    (36, "j", "о", "о", 0x26), (37, "k", "л", "л", 0x28), (38, "l", "д", "д", 0x25),
    (39, ";", "ж", "ж", 0x29), (40, "'", "э", "э", 0x27), (41, "`", "ё", "(", 0x32),
    (44, "z", "я", "я", 0x06), (45, "x", "ч", "ч", 0x07), (46, "c", "с", "с", 0x08),
    (47, "v", "м", "м", 0x09), (48, "b", "и", "и", 0x0B), (49, "n", "т", "т", 0x2D),
    (50, "m", "ь", "ь", 0x2E), (51, ",", "б", "б", 0x2B), (52, ".", "ю", "ю", 0x2F),
)
_EVDEV_R = 19
_RECUSAL_TEXT = frozenset(RECUSAL_LETTERS)    # R, and the Cyrillic Р that looks the same

if sys.platform == "darwin":
    def _native(event) -> int:
        return event.nativeVirtualKey()
    _BY_NATIVE = {mac: (us, ru, kk) for _e, us, ru, kk, mac in _KEYS}
    _R = 0x0F
else:
    _OFFSET = 8 if sys.platform.startswith("linux") else 0    # X11/Wayland: evdev + 8

    def _native(event) -> int:
        return event.nativeScanCode()
    _BY_NATIVE = {e + _OFFSET: (us, ru, kk) for e, us, ru, kk, _mac in _KEYS}
    _R = _EVDEV_R + _OFFSET


def is_recusal_key(event) -> bool:
    """The key marked R (whatever it types in the active layout), or a typed R or Р."""
    if event.modifiers() & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier):
        return False
    return _native(event) == _R or event.text() in _RECUSAL_TEXT


def letters_of_key(event) -> set[str]:
    """The lower-case letters the physical key of `event` gives in the US, Russian and
    Kazakh layouts, plus what it typed; only what it typed when the platform gives no
    native code (a synthetic event)."""
    out = {event.text().lower()} if event.text() else set()
    out.update(c for c in _BY_NATIVE.get(_native(event), ()) if c)
    if not out and Qt.Key_A <= event.key() <= Qt.Key_Z:
        out.add(chr(event.key()).lower())
    return out


def mnemonic(text: str) -> str | None:
    """The underlined letter of a label ("&File" -> "f"), lower case; None if none."""
    i = 0
    while True:
        i = text.find("&", i)
        if i < 0 or i + 1 >= len(text):
            return None
        if text[i + 1] != "&":
            return text[i + 1].lower()
        i += 2      # "&&" is a plain ampersand


_KEY_PRESS = QEvent.KeyPress
_ALT = (Qt.AltModifier, Qt.AltModifier | Qt.ShiftModifier)


class MnemonicsByPlace(QObject):
    """Alt + the underlined letter, found by the key's place when the layout types
    another letter: a Russian interface (Alt+Ф for «&Файл») used with the English layout
    on, or an English one (Alt+F) with the Russian or Kazakh layout on.

    It watches the widget with the keyboard, whichever it is, and the window itself (a
    focused widget may take Alt+letter as typing, so a filter on the window alone would
    not see it): a key press goes to that widget first. A filter on the application
    would see it too, but also every other event of the program, each handed to Python,
    which slowed the window's opening. Qt matches mnemonics on the typed text first; a
    key press reaches a widget, and this filter, only when Qt found none for it. Then
    the visible mnemonics of the widget's window are looked up by every letter the
    pressed key gives in the US, Russian and Kazakh layouts, and the one found is
    activated as Qt would: a menu opens, a button is pressed, a label's buddy or a group
    box takes the focus."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._watched = None
        window.installEventFilter(self)     # a key pressed when no widget has the keyboard
        QApplication.instance().focusChanged.connect(self._follow_focus)
        self._follow_focus(None, QApplication.focusWidget())

    def _follow_focus(self, _old, new) -> None:
        """Watch the widget that now has the keyboard (key presses go to it), not the
        one before."""
        try:
            if self._watched is not None and self._watched is not self.parent():
                self._watched.removeEventFilter(self)
        except RuntimeError:    # the widget is gone, and its filters with it
            pass
        self._watched = new
        if new is not None:
            new.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() != _KEY_PRESS:  # first and cheap: every event of what is watched
            return False
        if isinstance(obj, QWidget) and event.modifiers() in _ALT:
            root = QWidget.window(obj)    # a screen may have an attribute "window"
            target = self.find(root, letters_of_key(event))
            if target is not None:
                self._activate(root, target)
                return True
        return False

    @staticmethod
    def find(root: QWidget, letters: set[str]):
        """The visible menu (QAction of the menu bar) or widget of `root` whose mnemonic
        is one of `letters`; None if there is none."""
        if not letters:
            return None
        menu = _menu_with(root, letters)
        return menu if menu is not None else _widget_with(root, letters)

    @staticmethod
    def _activate(root: QWidget, target) -> None:
        if isinstance(target, QLabel):
            target.buddy().setFocus(Qt.ShortcutFocusReason)
        elif isinstance(target, QGroupBox):
            target.setFocus(Qt.ShortcutFocusReason)
            target.focusNextChild()
        elif isinstance(target, QAbstractButton):
            if target.focusPolicy() != Qt.NoFocus:
                target.setFocus(Qt.ShortcutFocusReason)
            target.animateClick()
        else:   # a menu of the menu bar: open it, as Alt and its letter do
            root.findChild(QMenuBar).setActiveAction(target)


def _menu_with(root: QWidget, letters: set[str]):
    """The menu of the menu bar whose mnemonic is one of `letters`, unless a menu is
    open already."""
    bar = root.findChild(QMenuBar)
    if bar is None or not bar.isVisible() or bar.activeAction():
        return None
    return next((action for action in bar.actions() if action.isVisible()
                 and action.isEnabled() and mnemonic(action.text()) in letters), None)


def _widget_with(root: QWidget, letters: set[str]):
    """The first button, label (for its buddy) or group box of `root` whose mnemonic is
    one of `letters`, other than the one with the keyboard."""
    focus = QApplication.focusWidget()
    for kind in (QAbstractButton, QLabel, QGroupBox):
        for widget in root.findChildren(kind):
            if widget is not focus and _answers(widget, kind, letters):
                return widget
    return None


def _answers(widget: QWidget, kind, letters: set[str]) -> bool:
    """Whether `widget` takes Alt + one of `letters`: on screen, enabled, its mnemonic
    among them, and for a label, a buddy on screen to give the keyboard to."""
    text = widget.title() if kind is QGroupBox else widget.text()
    if mnemonic(text) not in letters or not widget.isVisible() or not widget.isEnabled():
        return False
    return kind is not QLabel or (widget.buddy() is not None and widget.buddy().isVisible())

