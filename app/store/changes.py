"""Change notices: after each commit, one `Change` to every subscriber.

The window learns this way that it has to refresh; a subscriber hears each commit once,
in the order it subscribed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class Change:
    """Sent to subscribers after a commit: what kind of action touched which tables."""

    action: str
    tables: frozenset[str]
    batch: int
    records: int = 0      # how many records changed (0: not counted, e.g. a restore)
    # what changed, as `Store.batch_changes(batch)` gives it, for a small action (None:
    # ask batch_changes), so that a subscriber need not read it back
    changes: tuple | None = None


class ChangeNotices:
    """The subscribers of a `Store` (mixed into it)."""

    _subscribers: list[Callable[[Change], None]]

    def subscribe(self, callback: Callable[[Change], None]) -> Callable[[], None]:
        """Call `callback(change)` after every commit. Returns a function that unsubscribes."""
        self._subscribers.append(callback)
        return lambda: self._subscribers.remove(callback)

    def _notify(self, change: Change) -> None:
        for callback in list(self._subscribers):
            callback(change)
