"""The refresh rule: for each kind of change, what in the window refreshes, and in which
order. Written once, here.

How a change gets here: the store tells its one subscriber, the service, of every commit;
the service takes the change in first (so nothing below reads a stale snapshot), then
passes it on (`JuryService.subscribe`); the session turns it into its `changed` signal,
and the window hands that to `pass_on` below, which is the only thing connected to it.

A change names the tables it wrote (`Change.tables`); None means another file was opened
and everything is new. Each row of `RULE` says who hears a change, and to which tables:
a part hears a change only if it wrote one of them (`ANY`: every change, since marks
feed every number it shows). They hear it in the order of the rows, top first.

A screen that hears a change refreshes at once if it is on view (or updates just the
cells the change touched, if it can), else notes that it is out of date and refreshes
when it is next shown (`Screen.on_change`); a screen not built yet hears nothing, since
it is filled when first shown.
"""

from __future__ import annotations

from ui.screens.base import NOTICES
from ui.shell.steps import (FINALIZE, ORDER, PRESENT, PROGRESS, PROTOCOL, RESULTS, SCORING,
                            SETUP)

ANY = None
RECORDS = frozenset({"settings", "jurors", "criteria", "projects"})

# (who, the tables whose change it hears), in the order they hear it
RULE = (
    # a message belongs to the action that made it: the last one is cleared first, so a
    # screen may say something new while it refreshes
    ("messages", ANY),
    # the projector's clock stays on a project that still exists, before the Presenting
    # screen shows where it is; marks never reach the projector
    ("projector", frozenset({"settings", "projects"})),
    ("window title", frozenset({"settings"})),      # the competition's title, finalized
    (SETUP, RECORDS),
    (ORDER, frozenset({"settings", "jurors", "projects", "recusals", "absences"})),
    (PRESENT, frozenset({"settings", "projects"})),
    (SCORING, ANY),
    (PROGRESS, ANY),
    (RESULTS, ANY),
    (PROTOCOL, ANY),
    (FINALIZE, ANY),
    # "marks still to key" is counted again once keying pauses
    ("marks count", ANY),
)

# what each part of the window does with a change it hears (the screens: `on_change`)
_WINDOW_PARTS = {
    "messages": lambda window, change: NOTICES.spoke.emit(None),
    "projector": lambda window, change: window.clock.follow_order(),
    "window title": lambda window, change: window.update_title(),
    "marks count": lambda window, change: window.status_line.count_soon(),
}


def hears(tables, change) -> bool:
    """Whether a part that shows `tables` (ANY: everything) hears `change`."""
    return tables is ANY or change is None or bool(change.tables & tables)


def pass_on(window, change) -> None:
    """Hand `change` (None: another file) to every part of `window` that shows what it
    wrote, in the order of RULE."""
    for who, tables in RULE:
        if not hears(tables, change):
            continue
        if who in _WINDOW_PARTS:
            _WINDOW_PARTS[who](window, change)
        elif window.screens.built[who] is not None:
            window.screens.built[who].on_change(change)
