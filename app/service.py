"""What the secretary does, as plain methods: the GUI calls these and nothing lower.

Each method checks its input against the competition (InputError with the reason,
nothing saved) and then writes through the store, which audits it and tells the
subscribers. The service keeps a snapshot of the competition (and its results) that is
refreshed on change. The set-up's methods (settings, projects, jurors, criteria) are in
app.setup_actions.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Sequence

from app.errors import InputError
from app.folder import ImportSummary, check_score, export_folder, plan_import, read_folder
from app.folder.merge import ImportPlan, apply_plan
from app import entry
from app.folder.read import RECUSAL_LETTERS, read_one_table
from app import meeting
from app.fast.keyed_marks import LiveMarks
from app.model import ATTENDANCE, Adjustment, Competition, Decision, Opinion, ReadOnlyMarks
from app.paper.records import PAPER_TABLES
from app.setup_actions import SetUpActions
from app.store import BackupInfo, Change, ChainReport, Store


@dataclass(frozen=True)
class Undone:
    """What one undo took back, so that the window can say it: for each record, (table,
    key, the record as the undone action had left it, the record as it is again now),
    None where there is no record."""

    changes: tuple[tuple[str, tuple, dict | None, dict | None], ...]


class JuryService(SetUpActions):
    # a change this small to marks alone is applied to the snapshot instead of reloading
    _INCREMENTAL = 2000

    def __init__(self, store: Store):
        self.store = store
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
        self._desk = None
        # the store's only subscriber: the window hears a change from here, after this
        # service has taken it in, so whatever it asks for then is already new
        self._subscribers: list[Callable[[Change], None]] = []
        store.subscribe(self._on_change)

    def subscribe(self, callback: Callable[[Change], None]) -> Callable[[], None]:
        """Call `callback(change)` after every commit, once this service has taken the
        change in. Returns a function that unsubscribes."""
        self._subscribers.append(callback)
        return lambda: self._subscribers.remove(callback)

    def _on_change(self, change: Change) -> None:
        self._take_in(change)
        for callback in list(self._subscribers):
            callback(change)

    def _take_in(self, change: Change) -> None:
        """Drop or update what this service holds so that it matches the file again."""
        if change.tables <= PAPER_TABLES:  # the paper loop's own records: nothing here
            self._paper = None
            return
        self._paper = None
        self._snapshot = None
        self._results = None
        if self._base is not None and change.tables <= {"marks"} and \
                change.records <= self._INCREMENTAL:
            unread = self._marks is None and (self._pending is not None or
                                              not self._base.marks.loaded)
            if unread:  # no mark read yet: the next snapshot reads them as after this
                self._pending = change.batch
            marks = None if unread else self._live_marks()
            for _table, key, _old, new in self._changes(change):
                if marks is None:
                    pass
                elif new is None:
                    marks.clear(key)
                else:
                    marks.set(key, new["score"])
                if self._touched is not None:
                    self._touched.add(key[1])
            return
        if change.tables <= {"adjustments", "comments"} and self._base is not None:
            # nothing a sheet holds: the snapshot takes the new ones, the marks stay
            adjustments, comments = self.store.regulation()
            self._base = replace(self._base, adjustments=adjustments, comments=comments)
            return
        if change.tables <= {"marks", "recusals", "absences", "decisions"} and \
                self._base is not None and self._touched is not None and \
                change.records <= self._INCREMENTAL:
            # the projects stay the same: scoring can still refresh just the touched ones
            for _table, key, _old, _new in self._changes(change):
                if _table != "decisions":
                    self._touched.add(key[1])
        else:
            self._touched = None
        self._base = self._marks = self._pending = None

    @property
    def paper(self):
        """The paper loop (app.paper.desk): sheets, check-in, second keying, copies."""
        if self._desk is None:
            from app.paper.desk import PaperDesk

            self._desk = PaperDesk(self)
        return self._desk

    def _keying(self, action: str):
        """A keyed cell's action, named in the history with who keyed it when known."""
        from contextlib import nullcontext

        return self.paper.keying(action) if self._desk is not None else nullcontext()

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

    # ----- decisions and finalizing ------------------------------------------------------
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
        reason = entry.text(reason, "reason")
        if not reason:
            raise InputError("a jury decision needs its reason", field="reason")
        return reason

    # ----- the regulation's adjustments and comments ----------------------------------
    def save_adjustment(self, project: str, points: str, reason: str,
                        replaces: str | None = None) -> Adjustment:
        """Points added to (negative: taken from) a project's score after rounding, with
        the rule they apply; `replaces`: the reason of the adjustment being edited."""
        comp = self.competition()
        if comp.project(project) is None:
            raise InputError(f"no project with code '{project}'", field="project")
        value = entry.number(points, field="points")
        if value == 0 or abs(value) > entry.LARGEST:
            raise InputError("points must be a number other than 0, at most 1000000 "
                             "either way", field="points")
        reason = entry.text(reason, "reason")
        if not reason:
            raise InputError("an adjustment needs the rule it applies", field="reason")
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
        if attendance not in ATTENDANCE:
            raise InputError(f"unknown attendance '{attendance}': use present, remote or "
                             "absent", field="attendance")
        self._existing(self.competition().juror(juror), "juror", juror)
        self.store.set_attendance(juror, attendance)

    def set_opinion(self, juror: str, text: str) -> None:
        """A juror's dissenting opinion, printed in its own section of the protocol;
        empty text withdraws it."""
        j = self._existing(self.competition().juror(juror), "juror", juror)
        if not j.scores:
            raise InputError(f"'{juror}' is the secretary, who does not vote: only a juror "
                             "can dissent", field="juror")
        text = entry.text(text, "opinion").strip()
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

    # ----- files -----------------------------------------------------------------------
    def preview_import(self, source: str | Path, progress=None) -> ImportPlan:
        """Read and check a competition folder, or one table file (such as the organisers'
        project list in CSV or XLSX), without writing: the plan, or InputError
        (InputProblems listing every problem found). `progress(fraction)` hears it go
        up to 0.5, the first half of an import."""
        source = Path(source)
        data = read_one_table(source) if source.is_file() else read_folder(source, progress)
        return plan_import(data, self.competition(), progress)

    def apply_import(self, plan: ImportPlan, progress=None) -> ImportSummary:
        """Write a plan from `preview_import`, all of it or nothing; `progress(fraction)`
        hears it go from 0.55 to 1.0."""
        return apply_plan(self.store, plan, progress)

    def import_folder(self, folder: str | Path) -> ImportSummary:
        return apply_plan(self.store, self.preview_import(folder))

    def export_folder(self, folder: str | Path) -> list[Path]:
        return export_folder(self.competition(), folder)

    def save_copy(self, target: str | Path) -> Path:
        return self.store.save_copy(target)

    # ----- after the verdict ------------------------------------------------------------
    def agreement(self):
        """How far the jury agreed (`app.scoring.agreement`) and the one line saying
        whether leaving out any single juror would change the winners."""
        from app.scoring.agreement import agreement
        from app.scoring.influence import influence_line, without_each

        comp, results = self.competition(), self.results()
        return agreement(comp, results), influence_line(without_each(comp, results))

    def export_workbook(self, path: str | Path, lang: str = "en") -> Path:
        from app.files import write_atomic
        from app.reports.workbook import workbook_bytes

        return write_atomic(path, workbook_bytes(self.competition(), lang))

    def write_diplomas(self, folder: str | Path, *, participants: bool = False,
                       template: str | Path | None = None, lang: str = "ru+kk") -> list[Path]:
        """Every winner's diploma (and certificates, if asked) and the award script."""
        from app.reports.diplomas import load_template, write_diplomas

        return write_diplomas(self.competition(), folder, template=load_template(template),
                              participants=participants, results=self.results(),
                              script_lang=lang)

    def write_feedback(self, folder: str | Path, *, lang: str = "auto",
                       numbers: bool = True) -> list[Path]:
        from app.reports.feedback import write_feedback

        return write_feedback(self.competition(), folder, lang=lang, numbers=numbers)

    def ceremony(self):
        """The reveal's steps (`app.reports.ceremony.steps`); InputError before finalize."""
        from app.reports.ceremony import steps

        return steps(self.competition(), self.results())

    # ----- the protocol ----------------------------------------------------------------
    def protocol_source(self):
        """What the protocol is printed from: the competition with every mark read and
        the date of the last change, to be handed to another thread (`ProtocolSource`)."""
        from app.protocol_source import ProtocolSource

        return ProtocolSource(self.competition().materialized(), self.store.last_changed_at(),
                              self.paper.verification())

    def print_protocol(self, path: str | Path, *, lang: str = "en", progress=None,
                       public: bool = False):
        """Write the protocol PDF; `progress(fraction)` reports 0..1 as it goes;
        `public`: the copy with jurors as J1…Jn and no signatures.

        Returns `app.protocol.Printed` (pages, fingerprint, number, why provisional)."""
        from app.protocol import write_protocol  # reportlab only when printing

        source = self.protocol_source()
        return write_protocol(source.competition, path, lang=lang, progress=progress,
                              printed_at=source.printed_at,
                              verification=source.verification, public=public)

    # ----- keeping the data safe -------------------------------------------------------
    def backups(self) -> list[BackupInfo]:
        """The database's backups, newest first, for a "Restore a backup" dialog."""
        return self.store.backups()

    def backup_now(self) -> BackupInfo | None:
        return self.store.backup("manual")

    def maybe_backup(self) -> BackupInfo | None:
        """For a timer: backs up if due and changed. `backup_error` says why not."""
        return self.store.maybe_backup()

    @property
    def backup_error(self) -> str | None:
        """Why the last automatic backup failed (None: it did not)."""
        return self.store.backup_error

    def finish_open_backup(self) -> None:
        """Finish the backup begun on opening (a window does it as soon as it is shown)."""
        self.store.finish_open_backup()

    def close(self) -> None:
        """Close the file (its writer lock is let go)."""
        self.store.close()

    @property
    def path(self) -> Path | None:
        """The open competition's file (None: in memory)."""
        return self.store.path

    def restore_backup(self, path: str | Path, *, force: bool = False) -> BackupInfo:
        """Restore `path`; returns the backup kept of what it replaced. A backup of another
        competition raises ForeignBackupError (naming it) unless `force`."""
        return self.store.restore(path, force=force)

    def mark_history(self, juror: str, project: str, criterion: str) -> list[dict]:
        """Every recorded value of one mark, oldest first, for the window's history view."""
        return self.store.history("marks", (juror, project, criterion))

    def check_history(self):
        """Does the data follow from its history (`jury-room audit`; the window checks it
        on opening)? app.store.tamper.Consistency: ok, or the first record that does
        not."""
        return self.store.check_history()

    def check_audit(self) -> ChainReport:
        """Is the audit history as the program wrote it (`jury-room audit`)?"""
        return self.store.verify_audit()
