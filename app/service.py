"""What the secretary does, as plain methods: the GUI calls these and nothing lower.

Each method checks its input against the competition (InputError with the reason,
nothing saved) and then writes through the store, which audits it and tells the
subscribers. The service keeps a snapshot of the competition that is refreshed on change.
"""

from __future__ import annotations

from pathlib import Path

from app.errors import InputError
from app.folder import ImportSummary, check_score, export_folder, plan_import, read_folder
from app.folder.merge import apply_plan
from app.folder.read import RECUSAL_LETTERS
from app.model import Competition
from app.store import Change, Store


class JuryService:
    def __init__(self, store: Store):
        self.store = store
        self._snapshot: Competition | None = None
        store.subscribe(self._on_change)

    def _on_change(self, change: Change) -> None:
        self._snapshot = None

    def competition(self) -> Competition:
        if self._snapshot is None:
            self._snapshot = self.store.load()
        return self._snapshot

    # ----- marks -----------------------------------------------------------------------
    def enter_mark(self, juror: str, project: str, criterion: str, text: str) -> float | None:
        """A cell as typed on the scoring sheet: a number, R (recuse) or empty (clear).

        Returns the stored score (None when cleared or recused)."""
        comp = self.competition()
        self._check_pair(comp, juror, project)
        c = comp.criterion(criterion)
        if c is None:
            raise InputError(f"unknown criterion '{criterion}'", field="criterion")
        text = text.strip()
        if text in RECUSAL_LETTERS:
            self.store.set_recused(juror, project, True)
            return None
        if (juror, project) in comp.recusals:
            raise InputError(f"{juror} is recused from {project}: lift the recusal first",
                             field="score")
        if not text:
            self.store.set_mark(juror, project, criterion, None)
            return None
        score = check_score(text, c.max, comp.settings.score_step, field_name=c.code)
        self.store.set_mark(juror, project, criterion, score)
        return score

    def set_recused(self, juror: str, project: str, on: bool) -> None:
        self._check_pair(self.competition(), juror, project)
        self.store.set_recused(juror, project, on)

    def set_absent(self, juror: str, project: str, on: bool) -> None:
        self._check_pair(self.competition(), juror, project)
        self.store.set_absent(juror, project, on)

    def set_withdrawn(self, project: str, on: bool) -> None:
        if self.competition().project(project) is None:
            raise InputError(f"unknown project '{project}'", field="project")
        self.store.set_withdrawn(project, on)

    def undo(self) -> bool:
        """Take back the last mark, recusal, absence or withdrawal. False if none is left."""
        return self.store.undo() is not None

    @staticmethod
    def _check_pair(comp: Competition, juror: str, project: str) -> None:
        j = comp.juror(juror)
        if j is None:
            raise InputError(f"unknown juror '{juror}'", field="juror")
        if not j.scores:
            raise InputError(f"{j.name} is the secretary, who does not score", field="juror")
        if comp.project(project) is None:
            raise InputError(f"unknown project '{project}'", field="project")

    # ----- files -----------------------------------------------------------------------
    def preview_import(self, folder: str | Path):
        """Read and check a folder without writing: the plan, or InputError."""
        return plan_import(read_folder(folder), self.competition())

    def import_folder(self, folder: str | Path) -> ImportSummary:
        return apply_plan(self.store, self.preview_import(folder))

    def export_folder(self, folder: str | Path) -> list[Path]:
        return export_folder(self.competition(), folder)
