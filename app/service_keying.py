"""Keying the scoring sheet: marks, recusals, absences, a withdrawn project, and undo.
Mixed into `JuryService` (app.service), which the window and the command line call.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import InputError
from app.entry import RECUSAL_LETTERS, check_score
from app.model import Competition


@dataclass(frozen=True)
class Undone:
    """What one undo took back, so that the window can say it: for each record, (table,
    key, the record as the undone action had left it, the record as it is again now),
    None where there is no record."""

    changes: tuple[tuple[str, tuple, dict | None, dict | None], ...]



class Keying:
    """The scoring sheet's methods of `JuryService`."""

    def _keying(self, action: str):
        """A keyed cell's action, named in the history with who keyed it when known."""
        from contextlib import nullcontext

        return self.paper.keying(action) if self._desk is not None else nullcontext()

    def enter_mark(self, juror: str, project: str, criterion: str, text: str) -> float | None:
        """A cell as typed on the scoring sheet: a number, R (recuse) or empty (clear).

        Returns the stored score (None when cleared or recused)."""
        comp = self._structure()
        self._check_pair(comp, juror, project)
        c = comp.criterion(criterion)
        if c is None:
            raise InputError(f"unknown criterion '{criterion}'", field="criterion")
        text = text.strip()
        if text in RECUSAL_LETTERS:
            with self._keying("recusal"):
                self.store.set_recused(juror, project, True)
            return None
        if (juror, project) in comp.recusals:
            raise InputError(f"{juror} is recused from {project}: lift the recusal first",
                             code="recused", params={"juror": juror, "project": project},
                             field="score")
        if not text:
            with self._keying("mark"):
                self.store.set_mark(juror, project, criterion, None)
            return None
        score = check_score(text, c.max, comp.settings.score_step, field_name=c.code)
        with self._keying("mark"):
            self.store.set_mark(juror, project, criterion, score)
        return score

    def set_recused(self, juror: str, project: str, on: bool) -> None:
        self._check_pair(self._structure(), juror, project)
        self.store.set_recused(juror, project, on)

    def set_absent(self, juror: str, project: str, on: bool) -> None:
        self._check_pair(self._structure(), juror, project)
        self.store.set_absent(juror, project, on)

    def set_withdrawn(self, project: str, on: bool) -> None:
        if self._structure().project(project) is None:
            raise InputError(f"unknown project '{project}'", field="project")
        self.store.set_withdrawn(project, on)

    def undo(self) -> "Undone | None":
        """Take back the last mark, recusal, absence or withdrawal: what was taken back,
        or None if nothing is left to undo."""
        change = self.store.undo()
        return None if change is None else Undone(tuple(self._changes(change)))

    @staticmethod
    def _check_pair(comp: Competition, juror: str, project: str) -> None:
        j = comp.juror(juror)
        if j is None:
            raise InputError(f"unknown juror '{juror}'", field="juror")
        if not j.scores:
            raise InputError(f"{j.name} is the secretary, who does not score", field="juror",
                             code="secretary", params={"name": j.name})
        if comp.project(project) is None:
            raise InputError(f"unknown project '{project}'", field="project")
