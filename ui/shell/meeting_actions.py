"""The jury meeting's window action: Edit > Dissenting opinions… (Ctrl+Shift+O), the
dialog in which the secretary enters, reads, changes or withdraws a juror's opinion
(ui/dialogs/opinions_dialog.py).

`MeetingActions(window, menus)` adds its entry to the window's Edit menu
(ui/shell/menus.py) and words it again when the language changes. The Protocol screen
opens the same dialog from its own button.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence

from ui.dialogs.opinions_dialog import open_opinions


class MeetingActions(QObject):
    def __init__(self, window, menus):
        super().__init__(window)
        self.opinions_action = menus.add(
            menus.edit_menu, lambda _=False: open_opinions(window.session, window),
            QKeySequence(Qt.CTRL | Qt.SHIFT | Qt.Key_O))

    def retranslate(self) -> None:
        self.opinions_action.setText(self.tr("Dissenting &opinions…"))
