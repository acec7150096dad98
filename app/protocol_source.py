"""What a protocol is printed from, read whole before printing starts.

The window builds the PDF on a worker thread, and SQLite objects belong to the thread
that made them: so whatever crosses to that thread is plain, immutable data with every
mark already read (`Competition.materialized`) and the print date already taken from
the store. Nothing in it can reach back into the database.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.model import Competition


@dataclass(frozen=True)
class ProtocolSource:
    competition: Competition
    # the moment of the last recorded change (ISO 8601), printed as the protocol's date
    printed_at: str | None
    # the paper loop's second keying (app.paper.state.Verification), for the protocol
    verification: object = None

    def __post_init__(self) -> None:
        # one rule, kept where the type is made: a source never reads lazily
        object.__setattr__(self, "competition", self.competition.materialized())

    @property
    def draft(self) -> bool:
        """Before finalize the protocol is a draft, not the one to sign."""
        return not self.competition.finalized
