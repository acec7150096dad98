"""The paper loop as the secretary works it: the window and the commands call these.

Every write goes through `Store.transaction()` (audited, refused while finalized);
everything read comes from the service's snapshot and the paper records, and every
state from `app.paper.state`.

Who keys: `keyed_by` names the secretary at this laptop (the window asks for it once
and keeps it; a keying copy remembers the name it was handed to). It is written into
the history of every mark keyed here ("keyed by Анна"), on each second keying, and into
the note of every settled difference, which names both keyings and who keyed each.
"""

from __future__ import annotations

from contextlib import contextmanager, nullcontext
from typing import TYPE_CHECKING, NamedTuple

from app.errors import InputError
from app.entry import check_score
from app.entry import RECUSAL_LETTERS
from app.paper import codes, state
from app.paper.records import Paper, load

if TYPE_CHECKING:
    from app.service import JuryService


class Compared(NamedTuple):
    """What a second keying of one cell found: `equal`, and the first keying's value
    (a number, None when not keyed, or 'recused' / 'absent')."""

    equal: bool
    first: float | str | None
    second: float | str | None


def fmt(value) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, str):
        return value
    return f"{value:g}"


class PaperDesk:
    def __init__(self, service: "JuryService"):
        self.service = service
        self.store = service.store
        self.keyed_by = ""

    # ----- reading ---------------------------------------------------------------------
    def records(self) -> Paper:
        """The paper records as they are now (read again after any change)."""
        svc = self.service
        if svc._paper is None:
            svc._paper = load(self.store.conn)
        return svc._paper

    def states(self, *, withdrawn: bool = False) -> list[tuple[str, str, str]]:
        return state.sheet_states(self.service.competition(), self.records(),
                                  withdrawn=withdrawn)

    def state_of(self, juror: str, project: str) -> str:
        comp = self.service.competition()
        return state.sheet_state(comp, self.records(), juror, comp.project(project))

    def differences(self, juror: str, project: str) -> list[state.Difference]:
        return state.differences(self.service.competition(), self.records(), juror, project)

    def conflicts(self) -> list[state.Difference]:
        return state.all_conflicts(self.service.competition(), self.records())

    def progress_json(self) -> dict:
        """`jury-room progress --json`: the contract's object."""
        return {"sheets": [{"juror": j, "project": p, "state": s}
                           for j, p, s in self.states()]}

    def verification(self) -> state.Verification:
        """How far the second keying has come, for the protocol and finalize."""
        return state.verification(self.service.competition(), self.records())

    def verified_count(self) -> tuple[int, int]:
        """(sheets verified, sheets that carry marks to verify): recused and absent
        sheets carry none."""
        v = self.verification()
        return v.verified, v.to_verify

    # ----- who keys --------------------------------------------------------------------
    def note(self) -> str:
        return f"keyed by {self.keyed_by}" if self.keyed_by else ""

    @contextmanager
    def keying(self, action: str):
        """Writes inside it are one action whose history names who keyed it."""
        with (self.store.transaction(action, self.note()) if self.keyed_by
              else nullcontext()):
            yield

    def print_sheets(self, path, *, juror: str | None = None, lang: str = "en"):
        """Write the score sheets (every juror's, or one) at their current issue;
        returns (path, how many sheets)."""
        from app.paper.sheets_pdf import write_sheets

        comp = self.service.competition()
        paper = self.records()
        issues = {j.code: paper.sheet(j.code).issue for j in comp.scoring_jurors}
        out = write_sheets(comp, path, juror=juror, lang=lang, issues=issues)
        return out, 1 if juror else len(comp.scoring_jurors)

    # ----- a second laptop (app.paper.copies) ------------------------------------------
    def handover(self, path) -> dict:
        """Write a keying copy (the set-up, no marks) to `path`."""
        from app.paper.copies import handover

        return handover(self.service.competition(), self.store, path)

    def plan_merge(self, path):
        """What merging the copy at `path` would do (nothing written): a MergePlan."""
        from app.paper.copies import plan_merge

        return plan_merge(self.service.competition(), self.records(), self.store.conn, path,
                          self.store.path)

    def apply_merge(self, plan) -> None:
        from app.paper.copies import apply_merge

        apply_merge(self.store, plan)

    # ----- sheet codes and check-in ----------------------------------------------------
    def sheet_code(self, juror: str) -> str:
        return codes.sheet_code(self.service.competition(), juror,
                                self.records().sheet(juror).issue)

    def check_code(self, text: str, juror: str | None = None) -> str:
        """The juror whose sheet this code is, or InputError saying why it is refused."""
        comp = self.service.competition()
        who = codes.check_sheet_code(comp, text, issue=None)
        sheet = self.records().sheet(who)
        return codes.check_sheet_code(comp, text, juror, sheet.issue, sheet.status == "void")

    def _juror(self, juror: str):
        j = self.service.competition().juror(juror)
        if j is None or not j.scores:
            raise InputError(f"unknown juror '{juror}'", field="juror")
        return j

    def set_received(self, juror: str, received: bool = True) -> None:
        """Check a juror's paper sheet in (back from the juror), or out again."""
        self._juror(juror)
        sheet = self.records().sheet(juror)
        if sheet.status == "void":
            raise InputError(f"{juror}'s sheet was voided: reissue it first", field="juror",
                             code="sheet_voided_checkin", params={"juror": juror})
        with self.store.transaction("check-in", self.note()) as tx:
            tx.put("paper_sheets", {"juror": juror, "issue": sheet.issue,
                                    "status": "received" if received else "out"})

    def void(self, juror: str, reason: str) -> None:
        """A printed sheet is spoiled or lost: it can no longer be keyed until reissued."""
        self._juror(juror)
        if not reason.strip():
            raise InputError("voiding a sheet needs its reason", field="reason")
        sheet = self.records().sheet(juror)
        with self.store.transaction("void", reason.strip()) as tx:
            tx.put("paper_sheets", {"juror": juror, "issue": sheet.issue, "status": "void"})

    def reissue(self, juror: str, reason: str = "") -> int:
        """A new sheet for the juror, with the next issue number: the old one is refused
        from now on. Returns the new issue."""
        self._juror(juror)
        sheet = self.records().sheet(juror)
        with self.store.transaction("reissue", reason.strip()) as tx:
            tx.put("paper_sheets", {"juror": juror, "issue": sheet.issue + 1,
                                    "status": "out"})
        return sheet.issue + 1

    # ----- second keying ---------------------------------------------------------------
    def _check_second(self, juror: str, project: str):
        comp = self.service.competition()
        self.service._check_pair(comp, juror, project)
        if comp.project(project).withdrawn:
            raise InputError(f"{project} is withdrawn", field="project")
        return comp

    def second_mark(self, juror: str, project: str, criterion: str, text: str) -> Compared:
        """One cell of the blind second keying, as typed: a mark, or R (recused).
        Saved (audited, with who keyed it) and compared with the first keying."""
        comp = self._check_second(juror, project)
        c = comp.criterion(criterion)
        if c is None:
            raise InputError(f"unknown criterion '{criterion}'", field="criterion")
        text = text.strip()
        first_status = state.first_status(comp, juror, project)
        if text in RECUSAL_LETTERS:
            self._second_sheet(juror, project, state.RECUSED)
            return Compared(first_status == state.RECUSED, first_status, state.RECUSED)
        if not text:
            raise InputError("type the mark as the sheet shows it (or R)", field="score",
                             code="second_empty")
        score = check_score(text, c.max, comp.settings.score_step, field_name=c.code)
        with self.store.transaction("second keying", self.note()) as tx:
            tx.put("second_sheets", {"juror": juror, "project": project,
                                     "status": state.MARKS, "keyed_by": self.keyed_by})
            tx.put("second_marks", {"juror": juror, "project": project,
                                    "criterion": criterion, "score": score,
                                    "keyed_by": self.keyed_by})
        first = first_status if first_status != state.MARKS else \
            comp.marks.get((juror, project, criterion))
        return Compared(first == score, first, score)

    def _second_sheet(self, juror: str, project: str, status: str) -> None:
        with self.store.transaction("second keying", self.note()) as tx:
            tx.put("second_sheets", {"juror": juror, "project": project, "status": status,
                                     "keyed_by": self.keyed_by})

    def second_total(self, juror: str, project: str, text: str) -> Compared:
        """The juror's own written total, typed: kept with the second keying and
        compared with Σ weight × mark of the first keying."""
        comp = self._check_second(juror, project)
        from app import entry

        value = float(entry.number(text, field="total"))
        total = sum(c.weight * comp.marks.get((juror, project, c.code), 0.0)
                    for c in comp.criteria)
        old = self.records().second_sheets.get((juror, project))
        with self.store.transaction("second keying", self.note()) as tx:
            tx.put("second_sheets", {"juror": juror, "project": project,
                                     "status": old.status if old else state.MARKS,
                                     "keyed_by": self.keyed_by, "total": value})
        return Compared(abs(total - value) < 1e-9, total, value)

    def settle(self, juror: str, project: str, criterion: str, text: str) -> None:
        """Settle a difference: `text` is the right value (a mark; or R, A or empty for
        the sheet itself when `criterion` is ''). Both keyings are set to it in one
        action, whose note names both values, who keyed each and who settled."""
        comp = self._check_second(juror, project)
        diff = [d for d in self.differences(juror, project) if d.criterion == criterion]
        if not diff:
            raise InputError(f"the two keyings of {juror} · {project} agree there: "
                             "nothing to settle", field="criterion", code="nothing_to_settle")
        d = diff[0]
        first_by = self._first_keyer(juror, project, criterion)
        value, shown = _settled_value(comp, criterion, text.strip())
        note = (f"settled by {self.keyed_by or 'the secretary'}: first {fmt(d.first)}"
                f"{f' (keyed by {first_by})' if first_by else ''}, second {fmt(d.second)}"
                f"{f' (keyed by {d.second_by})' if d.second_by else ''} -> {shown}")
        with self.store.transaction("settle", note) as tx:
            if criterion:
                tx.put("marks", {"juror": juror, "project": project, "criterion": criterion,
                                 "score": value})
                tx.put("second_marks", {"juror": juror, "project": project,
                                        "criterion": criterion, "score": value,
                                        "keyed_by": d.second_by})
            else:
                self._settle_sheet(tx, juror, project, value)

    def _settle_sheet(self, tx, juror: str, project: str, value: str) -> None:
        """Both keyings of a sheet set to marks, recused or absent."""
        for table, st in (("recusals", state.RECUSED), ("absences", state.ABSENT)):
            if value == st:
                tx.put(table, {"juror": juror, "project": project})
            else:
                tx.delete(table, (juror, project))
        old = self.records().second_sheets.get((juror, project))
        tx.put("second_sheets", {"juror": juror, "project": project, "status": value,
                                 "keyed_by": old.keyed_by if old else "",
                                 "total": old.total if old else None})

    def _first_keyer(self, juror: str, project: str, criterion: str) -> str:
        """Who keyed the mark now held, from its history ('' when not recorded)."""
        if not criterion:
            return ""
        for h in reversed(self.service.mark_history(juror, project, criterion)):
            note = h.get("note") or ""
            if note.startswith("keyed by "):
                return note[len("keyed by "):]
            if note.startswith("merged from"):
                return note.split("keyed by ", 1)[-1] if "keyed by " in note else ""
            return ""
        return ""

    def clear_second(self, juror: str, project: str) -> None:
        """Forget a sheet's second keying (to key it again from the start)."""
        with self.store.transaction("second keying", "second keying cleared") as tx:
            for k in [k for k in self.records().second_marks if k[:2] == (juror, project)]:
                tx.delete("second_marks", k)
            tx.delete("second_sheets", (juror, project))


def _settled_value(comp, criterion: str, text: str) -> tuple:
    """The right value a secretary typed, and how the note shows it: a mark checked as
    any keyed mark is; for the sheet itself (`criterion` ''), R (recused), A (absent) or
    anything else (marks)."""
    if criterion:
        c = comp.criterion(criterion)
        value = check_score(text, c.max, comp.settings.score_step, field_name=c.code)
        return value, fmt(value)
    value = state.RECUSED if text in RECUSAL_LETTERS else \
        state.ABSENT if text.upper() in ("A", "А") else state.MARKS
    return value, value
