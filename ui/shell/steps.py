"""The eight steps of the secretary's day: which screen each is, built when first shown.

The window appears without building eight screens over a competition of 200,000 marks:
a step's module is imported and its screen made the first time it is asked for, in the
place a blank widget held in the window's stack until then.
"""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QStackedWidget, QWidget

SETUP, ORDER, PRESENT, SCORING, PROGRESS, RESULTS, PROTOCOL, FINALIZE = range(8)

# step -> (module, screen class)
SCREENS = (("ui.screens.setup", "SetupScreen"),
           ("ui.screens.running_order", "RunningOrderScreen"),
           ("ui.screens.presenting", "PresentingScreen"),
           ("ui.screens.scoring", "ScoringScreen"),
           ("ui.screens.progress", "ProgressScreen"),
           ("ui.screens.results", "ResultsScreen"),
           ("ui.screens.protocol", "ProtocolScreen"),
           ("ui.screens.finalize", "FinalizeScreen"))


class Steps:
    """`window.screens[n]`: step n's screen, built on first use; `built` holds the ones
    made so far (None for the others), so that a rule may skip a screen nobody opened."""

    def __init__(self, window, stack: QStackedWidget):
        self._window = window
        self._stack = stack
        self.built: list = [None] * len(SCREENS)
        for _step in SCREENS:
            stack.addWidget(QWidget())      # holds the place of the screen until shown

    def __getitem__(self, index: int):
        screen = self.built[index]
        return screen if screen is not None else self._build(index)

    def __len__(self) -> int:
        return len(SCREENS)

    def __iter__(self):
        return (self[i] for i in range(len(SCREENS)))

    def _build(self, index: int):
        module, name = SCREENS[index]
        cls = getattr(importlib.import_module(module), name)
        window = self._window
        screen = cls(window.session, window.clock) if index == PRESENT else cls(window.session)
        _WIRING.get(index, lambda _w, _s: None)(window, screen)
        current = self._stack.currentIndex()
        placeholder = self._stack.widget(index)
        self._stack.insertWidget(index, screen)
        self._stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.built[index] = screen
        if current >= 0:
            self._stack.setCurrentIndex(current)
        return screen


def _wire_scoring(window, screen) -> None:
    # back to the sheet in progress when the file was left
    screen.return_to(window.prefs.scoring_place(window.session.path))


def _wire_progress(window, screen) -> None:
    screen.open_sheet.connect(window.show_sheet)
    screen.print_sheets.connect(window.paper_actions.print_sheets)


def _wire_finalize(window, screen) -> None:
    screen.print_requested.connect(window.print_protocol)


# what a screen asks of the window beyond the data, connected when it is built
_WIRING = {SCORING: _wire_scoring, PROGRESS: _wire_progress, FINALIZE: _wire_finalize}
