"""What the service reads and writes besides the store: a competition folder or table
brought in, the folder and a copy written out, and what is made after the verdict
(agreement, workbook, diplomas, feedback, the ceremony, the protocol). Mixed into
`JuryService` (app.service).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:   # the folder readers load when a file is brought in, not at start
    from app.folder import ImportSummary
    from app.folder.merge import ImportPlan


class Files:
    """The files' methods of `JuryService`."""

    def preview_import(self, source: str | Path, progress=None) -> ImportPlan:
        """Read and check a competition folder, or one table file (such as the organisers'
        project list in CSV or XLSX), without writing: the plan, or InputError
        (InputProblems listing every problem found). `progress(fraction)` hears it go
        up to 0.5, the first half of an import."""
        from app.folder import plan_import, read_folder
        from app.folder.read import read_one_table

        source = Path(source)
        data = read_one_table(source) if source.is_file() else read_folder(source, progress)
        return plan_import(data, self.competition(), progress)

    def apply_import(self, plan: ImportPlan, progress=None) -> ImportSummary:
        """Write a plan from `preview_import`, all of it or nothing; `progress(fraction)`
        hears it go from 0.55 to 1.0."""
        from app.folder.merge import apply_plan

        return apply_plan(self.store, plan, progress)

    def import_folder(self, folder: str | Path) -> ImportSummary:
        return self.apply_import(self.preview_import(folder))

    def export_folder(self, folder: str | Path) -> list[Path]:
        from app.folder import export_folder

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

    def check_printed(self, path: str | Path):
        """Check a printed protocol (PDF), or a photo or scan of the paper, against the
        data as `jury-room verify` does (app.protocol.check.Check); InputError when the
        file is none of these. Whether the history vouches for the data is the audit's
        question (`check_audit`, `check_history`), asked apart."""
        from app.protocol.check import check, read_evidence

        return check(read_evidence(path), self.protocol_source(), self.store.changed_at)
