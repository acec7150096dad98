"""Steps several window tests share."""

from ui.main_window import SCORING


def open_sheet(window, juror: str, project: str):
    """Go to the scoring screen at that juror's sheet for that project; the sheet view."""
    window.go(SCORING)
    window.scoring.show_sheet(juror, project)
    return window.scoring.view
