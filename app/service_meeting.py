"""The jury's meeting: who took part, dissenting opinions, finalizing for the protocol
and reopening. The rules of the meeting (quorum, votes, times) are app.meeting's; this is
the part of `JuryService` (app.service) that checks them and writes.
"""

from __future__ import annotations

from app import entry, meeting
from app.errors import InputError
from app.model import ATTENDANCE, Opinion


class Meeting:
    """The meeting's methods of `JuryService`."""

    def finalize(self) -> None:
        """Lock marks, recusals, absences and decisions for the protocol; refused
        without the meeting's quorum (app.meeting)."""
        comp = self.competition()
        if comp.finalized:
            raise InputError("the competition is already finalized")
        problems = self.paper.verification().problems()
        if problems:  # the paper loop is not closed: the protocol could not be final
            raise InputError("cannot finalize: " + "; ".join(problems), code="unverified",
                             params={"reason": "; ".join(problems)})
        problem = meeting.quorum_problem(comp)
        if problem:
            q = meeting.quorum(comp)
            raise InputError(problem, field="attendance", code="no_quorum",
                             params={"taking": q.taking_part, "scoring": q.scoring,
                                     "share": q.share_text(), "needed": q.needed})
        self.store.finalize(True)

    def set_attendance(self, juror: str, attendance: str) -> None:
        """How a juror took part in the jury's meeting: present, remote or absent."""
        entry.choice(attendance, ATTENDANCE, "attendance")
        entry.existing(self.competition().juror(juror), "juror", juror)
        self.store.set_attendance(juror, attendance)

    def set_opinion(self, juror: str, text: str) -> None:
        """A juror's dissenting opinion, printed in its own section of the protocol;
        empty text withdraws it (`meeting.check_opinion` holds the rule)."""
        text = meeting.check_opinion(self.competition(), juror, text)
        if not text:
            if juror not in self.competition().opinions:
                raise InputError(f"juror '{juror}' has no dissenting opinion to withdraw",
                                 field="text")
            self.store.set_opinion(None, juror)
            return
        self.store.set_opinion(Opinion(juror, text), juror)

    def reopen(self, reason: str, *, field: str = "reason") -> None:
        """Unlock a finalized competition; the reason is kept in the audit log
        (`Store.finalize` refuses it without a reason or when not finalized)."""
        self.store.finalize(False, entry.text(reason, field))

    def finalize_history(self) -> list[dict]:
        """Every finalize and reopen, oldest first: when, which, and the reason."""
        return [{"at": h["at"], "action": h["action"], "reason": h["note"]}
                for h in self.store.history("settings", ("finalized",))]
