"""The open competition as the widgets see it: the service plus one Qt signal.

`Store.subscribe` calls back after every commit; the session turns that into `changed`, so
every screen refreshes from the same place whatever wrote (a cell, undo, an import). When
another file is opened the session swaps the service and says `changed` too.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.service import JuryService


class Session(QObject):
    changed = Signal()          # the competition changed, or another file was opened
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
        return self.service.store.path

    def open(self, service: JuryService) -> None:
        """Show another competition; the previous store is closed."""
        self.close()
        self._service = service
        self._unsubscribe = service.store.subscribe(lambda change: self.changed.emit())
        self.changed.emit()
        self.opened.emit()

    def close(self) -> None:
        if self._service is not None:
            self._unsubscribe()
            self._service.store.close()
            self._service = None
