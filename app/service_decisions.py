"""What the jury decides beyond the marks: a tie at the winners' cut, the regulation's
adjustments, the jurors' written comments. Mixed into `JuryService` (app.service).
"""

from __future__ import annotations

from typing import Sequence

from app import entry, meeting
from app.errors import InputError
from app.model import Adjustment, Decision


class Decisions:
    """The decisions, adjustments and comments methods of `JuryService`."""

    def record_decision(self, project: str, winner: bool, reason: str,
                        votes: tuple[int, int, int] | None = None,
                        casting: bool = False) -> None:
        """The jury's decision on one project in a tie at the winners' cut, with its
        reason (`jury-room decide`), and the vote when it was recorded: (for, against,
        abstaining), and whether the chair's casting vote settled a tied vote (see
        `meeting.check_votes`). The tie's outcome applies once every project in it
        has one; a winner beyond the places left is refused."""
        reason = self._reason(reason)
        from app.scoring import check_decision

        meeting.check_votes(self.competition(), votes, casting)
        basis = check_decision(self.competition(), project, bool(winner), self.results())
        self.store.record_decision(Decision(project, bool(winner), reason, basis=basis,
                                            votes=votes, casting=bool(casting)))

    def check_vote(self, votes: tuple[int, int, int] | None, casting: bool = False) -> None:
        """Whether this meeting could have cast `votes` (InputError saying why not), the
        check `record_decision` and `decide_tie` make, for a form to ask before it
        closes."""
        meeting.check_votes(self.competition(), votes, casting)

    def decide_tie(self, project: str, winners: Sequence[str], reason: str,
                   votes: tuple[int, int, int] | None = None, casting: bool = False):
        """The jury's decision on the whole tie at the cut that `project` is in: `winners`
        take the places left and every other project of the tie does not win, all with
        the one reason (and the one vote, when recorded), in one audited action. Refused
        unless `winners` are exactly as many as the places. Returns the tie as it was
        decided (`TieAtCut`)."""
        reason = self._reason(reason)
        from app.scoring import check_tie_choice, tie_for_decision

        meeting.check_votes(self.competition(), votes, casting)
        tie = tie_for_decision(self.competition(), project, self.results())
        check_tie_choice(tie, winners)
        with self.store.transaction("decision", reason):
            for code in tie.tied:
                self.store.record_decision(Decision(code, code in winners, reason,
                                                    basis=tie.basis, votes=votes,
                                                    casting=bool(casting)))
        return tie

    @staticmethod
    def _reason(reason: str) -> str:
        return entry.reason(reason, "decision")

    def clear_decision(self, project: str) -> None:
        """Withdraw the decision on `project`: on a tie at the cut, the whole tie's (it is
        decided whole), in one action."""
        comp = self.competition()
        if project not in comp.decisions:
            raise InputError(f"no decision is recorded for '{project}'", field="project")
        tie = self.results().tie_at_cut(project)
        codes = [c for c in (tie.tied if tie else (project,)) if c in comp.decisions]
        with self.store.transaction("decision"):
            for code in codes:
                self.store.clear_decision(code)

    # ----- the regulation's adjustments and comments ----------------------------------
    def save_adjustment(self, project: str, points: str, reason: str,
                        replaces: str | None = None) -> Adjustment:
        """Points added to (negative: taken from) a project's score after rounding, with
        the rule they apply; `replaces`: the reason of the adjustment being edited."""
        comp = self.competition()
        if comp.project(project) is None:
            raise InputError(f"no project with code '{project}'", field="project")
        value = entry.points(points)
        reason = entry.reason(reason, "adjustment")
        if replaces != reason and any(a.project == project and a.reason == reason
                                      for a in comp.adjustments):
            raise InputError("this project already has an adjustment with that reason",
                             field="reason")
        adjustment = Adjustment(project, float(value), reason)
        self.store.put_adjustment(adjustment, replaces=replaces)
        return adjustment

    def remove_adjustment(self, project: str, reason: str) -> None:
        if not any(a.project == project and a.reason == reason
                   for a in self.competition().adjustments):
            raise InputError(f"no such adjustment for '{project}'", field="project")
        self.store.delete_adjustment(project, reason)

    def save_comment(self, juror: str, project: str, text: str, criterion: str = "") -> None:
        """A juror's written comment on a project (or on one criterion); empty removes."""
        comp = self._structure()
        if comp.juror(juror) is None or not comp.juror(juror).scores:
            raise InputError(f"no scoring juror with code '{juror}'", field="juror")
        if comp.project(project) is None:
            raise InputError(f"no project with code '{project}'", field="project")
        if criterion and comp.criterion(criterion) is None:
            raise InputError(f"no criterion with code '{criterion}'", field="criterion")
        text = entry.text(text, "comment", kind="reason")
        if text == self.competition().comments.get((juror, project, criterion), ""):
            return
        self.store.set_comment(juror, project, criterion, text)
