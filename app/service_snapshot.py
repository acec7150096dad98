"""The service's picture of the file: the competition and its results as they are now,
kept in step with every change the store announces. Mixed into `JuryService`
(app.service), which takes each change in here before passing it on.

A few keyed marks do not make it read the file again: they are applied to the live
marks (app.fast.keyed_marks) and scoring groups again only the projects they touched.
"""

from __future__ import annotations

from dataclasses import replace

from app.fast.keyed_marks import LiveMarks
from app.model import Competition, ReadOnlyMarks
from app.paper.records import PAPER_TABLES
from app.store import Change


class Snapshot:
    """The competition and its results as `JuryService` holds them."""

    # a change this small to marks alone is applied to the snapshot instead of reloading
    _INCREMENTAL = 2000

    def _start_snapshot(self) -> None:
        """Nothing read yet: the first question reads the file."""
        self._base: Competition | None = None       # as loaded; its marks may be stale
        self._marks: LiveMarks | None = None        # the live marks, once read
        # marks never read, changed since: the newest action they must be read as of
        self._pending: int | None = None
        self._snapshot: Competition | None = None
        self._prepared = None                       # scoring's grouping of the marks
        self._by_code: dict | None = None           # its projects by code
        self._results = None
        self._touched: set[str] | None = set()      # projects changed since _prepared
        self._paper = None                          # the paper loop's records, once read

    def _take_in(self, change: Change) -> None:
        """Drop or update what this service holds so that it matches the file again."""
        self._paper = None
        if change.tables <= PAPER_TABLES:  # the paper loop's own records: nothing else
            return
        self._snapshot = None
        self._results = None
        if self._base is not None and change.tables <= {"marks"} and \
                change.records <= self._INCREMENTAL:
            self._take_in_marks(change)
        elif self._base is not None and change.tables <= {"adjustments", "comments"}:
            # nothing a sheet holds: the snapshot takes the new ones, the marks stay
            adjustments, comments = self.store.regulation()
            self._base = replace(self._base, adjustments=adjustments, comments=comments)
        else:
            self._note_touched(change)
            self._base = self._marks = self._pending = None

    def _take_in_marks(self, change: Change) -> None:
        """A few marks keyed or cleared: applied to the live marks, if read, and their
        projects noted for scoring to group again."""
        unread = self._marks is None and (self._pending is not None or
                                          not self._base.marks.loaded)
        if unread:  # no mark read yet: the next snapshot reads them as after this
            self._pending = change.batch
        marks = None if unread else self._live_marks()
        for _table, key, _old, new in self._changes(change):
            if marks is not None and new is None:
                marks.clear(key)
            elif marks is not None:
                marks.set(key, new["score"])
            if self._touched is not None:
                self._touched.add(key[1])

    def _note_touched(self, change: Change) -> None:
        """The projects a change of sheets touched, so that scoring can refresh just
        them while the projects stay the same; anything else: scoring starts afresh."""
        sheets_only = change.tables <= {"marks", "recusals", "absences", "decisions"}
        if sheets_only and self._base is not None and self._touched is not None and \
                change.records <= self._INCREMENTAL:
            for table, key, _old, _new in self._changes(change):
                if table != "decisions":
                    self._touched.add(key[1])
        else:
            self._touched = None

    def _changes(self, change: Change):
        return change.changes if change.changes is not None else \
            self.store.batch_changes(change.batch)

    def _live_marks(self) -> LiveMarks:
        if self._marks is None:
            marks = self._base.marks
            self._marks = LiveMarks(marks.as_dict() if isinstance(
                marks, ReadOnlyMarks) else dict(marks))
        return self._marks

    def competition(self) -> Competition:
        """The competition as it is now (a snapshot: later changes do not alter it,
        except that marks not read yet are read from the file when first used)."""
        if self._snapshot is None:
            if self._base is None:
                self._base = self.store.load(marks="lazy")
                self._marks = self._pending = None
            if self._marks is None and self._pending is not None:
                self._base = self._base.with_marks(self.store.lazy_marks(self._pending))
                self._pending = None
            self._snapshot = self._base if self._marks is None else \
                self._base.with_marks(self._marks.snapshot())
        return self._snapshot

    def _structure(self) -> Competition:
        """Everything but the marks, which may lag behind: enough to check a typed cell
        without copying every mark."""
        if self._base is None:
            self.competition()
        return self._base

    def has_results(self) -> bool:
        """Whether the results were worked out since the file was opened (after that,
        `results()` refreshes them cheaply)."""
        return self._results is not None or self._prepared is not None

    def _prepare(self):
        """Scoring's grouping of the marks as they are now; after a few keyed marks only
        the projects they touched are grouped again."""
        from app import scoring  # not needed by commands that never rank

        comp = self.competition()
        if self._prepared is None or self._touched is None:
            self._prepared, self._by_code = scoring.prepare(comp), None
        elif self._touched or self._prepared.competition is not comp:
            self._prepared, self._by_code = scoring.refresh(self._prepared, comp,
                                                            self._touched), None
        self._touched = set()
        return self._prepared

    def results(self):
        """The results of the competition as it is now; after a few keyed marks only the
        projects they touched are worked out again."""
        if self._results is None:
            from app import scoring

            prepared = self._prepare()
            s = prepared.competition.settings
            self._results = scoring.evaluate(prepared, s.method, s.normalize)
        return self._results

    def juror_totals(self, project: str) -> dict[str, float]:
        """Each counted juror's total for `project`, as the results count them, without
        ranking the whole competition again (the scoring sheet shows them per mark)."""
        prepared = self._prepare()
        if self._by_code is None:
            self._by_code = {ps.project.code: ps for ps in prepared.projects}
        ps = self._by_code.get(project)
        return dict(ps.totals) if ps is not None else {}

    def comparison(self):
        """The winners under every method and normalisation (`app.scoring.compare`),
        from the same prepared marks as `results()`."""
        from app.scoring import compare

        self.results()
        return compare(self.competition(), prepared=self._prepared)
