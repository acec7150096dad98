"""What the secretary does, as plain methods: the window and the command line call these
and nothing lower.

Each method checks its input against the competition (InputError with the reason,
nothing saved) and then writes through the store, which audits it and tells the
subscribers. `JuryService` is a small front made of one part per kind of work:

- `Snapshot` (app.service_snapshot): the competition and its results as they are now,
  kept in step with each change;
- `Keying` (app.service_keying): marks, recusals, absences, withdrawal, undo;
- `Decisions` (app.service_decisions): a tie's decision, adjustments, comments;
- `Meeting` (app.service_meeting): attendance, opinions, finalize and reopen;
- `SetUpActions` (app.setup_actions): settings, projects, jurors, criteria;
- `Files` (app.service_files): import, export, reports and the protocol;
- `Safekeeping` (app.service_safekeeping): backups, history, the audit check.

The front itself holds what ties them together: it is the store's only subscriber, and
takes each change in (`Snapshot._take_in`) before any view hears of it.
"""

from __future__ import annotations

from typing import Callable

from app.service_decisions import Decisions
from app.service_files import Files
from app.service_keying import Keying, Undone
from app.service_meeting import Meeting
from app.service_safekeeping import Safekeeping
from app.service_snapshot import Snapshot
from app.setup_actions import SetUpActions
from app.store import Change, Store

__all__ = ["JuryService", "Undone"]


class JuryService(Snapshot, Keying, Decisions, Meeting, SetUpActions, Files, Safekeeping):
    """What the secretary does; see the module's docstring for its parts."""

    def __init__(self, store: Store):
        self.store = store
        self._start_snapshot()
        self._desk = None                           # the paper loop, once asked for
        # the store's only subscriber: the window hears a change from here, after this
        # service has taken it in, so whatever it asks for then is already new
        self._subscribers: list[Callable[[Change], None]] = []
        store.subscribe(self._on_change)

    def subscribe(self, callback: Callable[[Change], None]) -> Callable[[], None]:
        """Call `callback(change)` after every commit, once this service has taken the
        change in. Returns a function that unsubscribes."""
        self._subscribers.append(callback)
        return lambda: self._subscribers.remove(callback)

    def _on_change(self, change: Change) -> None:
        self._take_in(change)
        for callback in list(self._subscribers):
            callback(change)

    @property
    def paper(self):
        """The paper loop (app.paper.desk): sheets, check-in, second keying, copies."""
        if self._desk is None:
            from app.paper.desk import PaperDesk

            self._desk = PaperDesk(self)
        return self._desk
