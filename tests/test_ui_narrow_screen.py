"""A 1024x768 screen: the Presenting, Progress and Results screens fit beside the step
list in English, Russian and Kazakh. Their rows of buttons (the board's legend, the
adjustments panel's fields and title) on one line made the window wider than the screen (1232 pixels in Russian, 1360 in Kazakh; 1067 even
in English), so its right edge, the status bar and the last columns were off screen."""

import pytest
from PySide6.QtWidgets import QApplication

from ui.main_window import PRESENT, PROGRESS, RESULTS

SCREEN = 1024
FRAME = 40          # the window's margins and the space between the list and the screen


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_presenting_progress_and_results_fit_a_1024_pixel_screen(window, lang):
    """Each of the three screens, built and worded in `lang`, needs no more width than a
    1024-pixel screen leaves beside the step list."""
    window.set_language(lang)
    QApplication.processEvents()
    for index in (PRESENT, PROGRESS, RESULTS):
        window.go(index)
        QApplication.processEvents()
        screen = window.screens[index]
        need = screen.minimumSizeHint().width() + window.nav.minimumSizeHint().width()
        assert max(need, screen.minimumSizeHint().width() + window.nav.width()) + FRAME \
            <= SCREEN, (lang, type(screen).__name__, screen.minimumSizeHint().width(),
                        window.nav.width())


def test_the_whole_window_fits_a_1024_pixel_screen_in_english(window):
    """With every screen built, the English window's minimum width fits 1024 pixels."""
    for index in range(8):
        window.go(index)
        QApplication.processEvents()
    assert window.minimumSizeHint().width() <= SCREEN
