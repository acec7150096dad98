"""The open competition as the widgets see it: the service plus one Qt signal.

The service hears every commit from the store (its only subscriber) and passes it on once it
has taken it in (`JuryService.subscribe`); the session turns that into `changed`, so
every screen refreshes from the same place whatever wrote (a cell, undo, an import). The
signal carries the store's Change (which tables were written); the window's refresh rule
(ui/shell/refresh_rule.py) hands it only to the parts that show those tables. When another file is opened the session swaps the service and says
`changed` with None: everything is new.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.service import JuryService


class Session(QObject):
    changed = Signal(object)    # app.store.Change, or None when another file was opened
    opened = Signal()           # another file was opened (after `changed`)

    def __init__(self, service: JuryService | None = None):
        super().__init__()
        self._service: JuryService | None = None
        self._unsubscribe = None
        if service is not None:
            self.open(service)

    @property
    def service(self) -> JuryService:
        assert self._service is not None, "no competition is open"
        return self._service

    @property
    def path(self):
        return self.service.path

    def open(self, service: JuryService) -> None:
        """Show another competition; the previous store is closed."""
        self.close()
        self._service = service
        self._unsubscribe = service.subscribe(self.changed.emit)
        self.changed.emit(None)
        self.opened.emit()

    def close(self) -> None:
        if self._service is not None:
            self._unsubscribe()
            self._service.close()
            self._service = None
