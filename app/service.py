"""What the secretary does, as plain methods: the GUI calls these and nothing lower.

Each method checks its input against the competition (InputError with the reason,
nothing saved) and then writes through the store, which audits it and tells the
subscribers. The service keeps a snapshot of the competition that is refreshed on change.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from app.errors import InputError
from app.folder import ImportSummary, check_score, export_folder, plan_import, read_folder
from app.folder.merge import apply_plan
from app.folder.read import RECUSAL_LETTERS
from app.model import Competition
from app.store import BackupInfo, Change, ChainReport, Store


class JuryService:
    # a change this small to marks alone is applied to the snapshot instead of reloading
    _INCREMENTAL = 2000

    def __init__(self, store: Store):
        self.store = store
        self._base: Competition | None = None       # as loaded; its marks may be stale
        self._marks: dict | None = None             # the live marks, kept up to date
        self._snapshot: Competition | None = None
        self._prepared = None                       # scoring's grouping of the marks
        self._results = None
        self._touched: set[str] | None = set()      # projects changed since _prepared
        store.subscribe(self._on_change)

    def _on_change(self, change: Change) -> None:
        self._snapshot = None
        self._results = None
        if self._base is not None and change.tables <= {"marks"}:
            rows = self.store.batch_changes(change.batch)
            if len(rows) <= self._INCREMENTAL:
                for _table, key, _old, new in rows:
                    if new is None:
                        self._marks.pop(key, None)
                    else:
                        self._marks[key] = new["score"]
                    if self._touched is not None:
                        self._touched.add(key[1])
                return
        if change.tables <= {"marks", "recusals", "absences", "decisions"} and \
                self._base is not None and self._touched is not None:
            # the projects stay the same: scoring can still refresh just the touched ones
            for _table, key, _old, _new in self.store.batch_changes(change.batch):
                if _table != "decisions":
                    self._touched.add(key[1])
        else:
            self._touched = None
        self._base = self._marks = None

    def competition(self) -> Competition:
        """The competition as it is now (a snapshot: later changes do not alter it)."""
        if self._snapshot is None:
            if self._base is None:
                self._base = self.store.load()
                self._marks = dict(self._base.marks)
            self._snapshot = replace(self._base, marks=self._marks)
        return self._snapshot

    def _structure(self) -> Competition:
        """Everything but the marks, which may lag behind: enough to check a typed cell
        without copying every mark."""
        if self._base is None:
            self.competition()
        return self._base

    def results(self):
        """The results of the competition as it is now; after a few keyed marks only the
        projects they touched are worked out again."""
        if self._results is None:
            from app import scoring  # not needed by commands that never rank

            comp = self.competition()
            if self._prepared is not None and self._touched is not None:
                self._prepared = scoring.refresh(self._prepared, comp, self._touched)
            else:
                self._prepared = scoring.prepare(comp)
            self._touched = set()
            s = comp.settings
            self._results = scoring.evaluate(self._prepared, s.method, s.normalize)
        return self._results

    # ----- marks -----------------------------------------------------------------------
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
        self._check_pair(self._structure(), juror, project)
        self.store.set_recused(juror, project, on)

    def set_absent(self, juror: str, project: str, on: bool) -> None:
        self._check_pair(self._structure(), juror, project)
        self.store.set_absent(juror, project, on)

    def set_withdrawn(self, project: str, on: bool) -> None:
        if self._structure().project(project) is None:
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

    # ----- the protocol ----------------------------------------------------------------
    def print_protocol(self, path: str | Path, *, lang: str = "en", progress=None):
        """Write the protocol PDF; `progress(fraction)` reports 0..1 as it goes.

        Returns `app.protocol.Printed` (pages, fingerprint, number, why provisional)."""
        from app.protocol import write_protocol  # reportlab only when printing

        return write_protocol(self.competition(), path, lang=lang, progress=progress,
                              printed_at=self.store.last_changed_at())

    # ----- keeping the data safe ---------------------------------------------------------
    def backups(self) -> list[BackupInfo]:
        """The database's backups, newest first, for a "Restore a backup" dialog."""
        return self.store.backups()

    def backup_now(self) -> BackupInfo | None:
        return self.store.backup("manual")

    def maybe_backup(self) -> BackupInfo | None:
        """For a timer: backs up if due and changed. `store.backup_error` says why not."""
        return self.store.maybe_backup()

    def restore_backup(self, path: str | Path) -> BackupInfo:
        """Restore `path`; returns the backup kept of what it replaced."""
        return self.store.restore(path)

    def finalize(self) -> None:
        self.store.finalize(True)

    def reopen(self, reason: str) -> None:
        self.store.finalize(False, reason)

    def check_audit(self) -> ChainReport:
        return self.store.verify_audit()
