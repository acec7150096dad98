"""The store's user actions: one method per thing the secretary changes, each one
transaction (validation is the caller's, see app.service).
"""

from __future__ import annotations

from typing import Sequence

from app.errors import InputError
from app.model import Adjustment, Criterion, Decision, Juror, Opinion, Project, Settings
from app.store import codec


class Writes:
    """A `Store`'s user actions (mixed into it)."""

    def set_mark(self, juror: str, project: str, criterion: str, score: float | None) -> None:
        """Store one mark (None clears it). Validation is the caller's (see app.service)."""
        with self.transaction("mark") as tx:
            if score is None:
                tx.delete("marks", (juror, project, criterion))
            else:
                tx.put("marks", {"juror": juror, "project": project, "criterion": criterion,
                                 "score": float(score)})

    def set_recused(self, juror: str, project: str, on: bool) -> None:
        self._set_pair("recusals", "recusal", juror, project, on)

    def set_absent(self, juror: str, project: str, on: bool) -> None:
        self._set_pair("absences", "absence", juror, project, on)

    def _set_pair(self, table: str, action: str, juror: str, project: str, on: bool) -> None:
        with self.transaction(action) as tx:
            if on:
                tx.put(table, {"juror": juror, "project": project})
            else:
                tx.delete(table, (juror, project))

    def set_withdrawn(self, project: str, on: bool) -> None:
        with self.transaction("withdraw") as tx:
            tx.put("projects", {"code": project, "withdrawn": int(on)})

    def record_decision(self, decision: Decision) -> None:
        with self.transaction("decision", decision.reason) as tx:
            tx.put("decisions", codec.decision_row(decision, tx.at))

    def put_adjustment(self, adjustment: Adjustment, replaces: str | None = None) -> None:
        """Add an adjustment, or change one (`replaces`: the reason it had, when the
        reason itself was edited)."""
        with self.transaction("adjustment", adjustment.reason) as tx:
            if replaces is not None and replaces != adjustment.reason:
                tx.delete("adjustments", (adjustment.project, replaces))
            tx.put("adjustments", codec.adjustment_row(adjustment))

    def delete_adjustment(self, project: str, reason: str) -> None:
        with self.transaction("adjustment") as tx:
            tx.delete("adjustments", (project, reason))

    def set_comment(self, juror: str, project: str, criterion: str, text: str) -> None:
        """A juror's comment on a project ('' criterion) or on one criterion; empty
        text removes it."""
        with self.transaction("comment") as tx:
            if text.strip():
                tx.put("comments", {"juror": juror, "project": project,
                                    "criterion": criterion, "comment": text.strip()})
            else:
                tx.delete("comments", (juror, project, criterion))
    def set_opinion(self, opinion: Opinion | None, juror: str) -> None:
        """Record a juror's dissenting opinion (None withdraws it)."""
        with self.transaction("opinion") as tx:
            if opinion is None:
                tx.delete("opinions", (juror,))
            else:
                tx.put("opinions", codec.opinion_row(opinion, tx.at))

    def set_attendance(self, juror: str, attendance: str) -> None:
        with self.transaction("attendance") as tx:
            tx.put("jurors", {"code": juror, "attendance": attendance})

    def clear_decision(self, project: str) -> None:
        with self.transaction("decision") as tx:
            tx.delete("decisions", (project,))

    def save_settings(self, settings: Settings) -> None:
        with self.transaction("settings") as tx:
            for key, value in codec.settings_items(settings):
                tx.set_setting(key, value)

    def put_project(self, project: Project) -> None:
        with self.transaction("project") as tx:
            tx.put("projects", codec.project_row(project))

    def put_juror(self, juror: Juror) -> None:
        with self.transaction("juror") as tx:
            tx.put("jurors", codec.juror_row(juror))

    def put_criterion(self, criterion: Criterion) -> None:
        with self.transaction("criterion") as tx:
            tx.put("criteria", codec.criterion_row(criterion))

    def reorder_projects(self, codes: Sequence[str]) -> None:
        """Set the running order to `codes` (every project, first to last)."""
        with self.transaction("reorder") as tx:
            tx.put_many("projects", [{"code": c, "ord": i + 1} for i, c in enumerate(codes)])

    def delete_project(self, code: str) -> None:
        with self.transaction("delete") as tx:
            for table in ("marks", "recusals", "absences", "adjustments", "comments"):
                tx.delete_where(table, "project", code)
            tx.delete("decisions", (code,))
            tx.delete("projects", (code,))

    def delete_juror(self, code: str) -> None:
        with self.transaction("delete") as tx:
            for table in ("marks", "recusals", "absences", "comments"):
                tx.delete_where(table, "juror", code)
            tx.delete("opinions", (code,))
            tx.delete("jurors", (code,))

    def delete_criterion(self, code: str) -> None:
        with self.transaction("delete") as tx:
            tx.delete_where("marks", "criterion", code)
            tx.delete_where("comments", "criterion", code)
            tx.delete("criteria", (code,))

    def finalize(self, on: bool, reason: str = "") -> None:
        """Lock everything (on) or, with a reason, unlock it again (reopen). A backup of
        the data as it stood is made first; StoreError if it cannot be."""
        if not on and not reason.strip():
            raise InputError("reopening a finalized competition needs a reason")
        if self._is_finalized() == bool(on):
            raise InputError("the competition is already finalized" if on else
                             "the competition is not finalized, so there is nothing to reopen")
        self.backup("finalize" if on else "reopen", force=False)
        with self.transaction("finalize" if on else "reopen", reason.strip()) as tx:
            tx.set_setting("finalized", bool(on))

