"""`import` and `export`: a competition folder in and out of a database."""

from __future__ import annotations

from pathlib import Path

from app.cli.common import ProgressLine, open_existing, opened, warn
from app.folder import export_folder, plan_import, read_folder
from app.model import Competition
from app.service import JuryService
from app.store import Store


def add_parser(sub) -> None:
    p = sub.add_parser("import", help="create or update DB from a competition folder")
    p.add_argument("db", metavar="DB")
    p.add_argument("folder", metavar="FOLDER")
    p = sub.add_parser("export", help="write the competition folder back out, or (to a "
                                      "FILE.xlsx) the results workbook for the organisers")
    p.add_argument("db", metavar="DB")
    p.add_argument("folder", metavar="FOLDER|FILE.xlsx")
    p.add_argument("--lang", default="en", metavar="LANG",
                   help="the workbook's headers: ru, kk, en or two joined by + (default: en)")


def run_import(args) -> int:
    db = Path(args.db)
    with ProgressLine("import") as progress:
        data = read_folder(args.folder, progress)
        if db.exists():
            with opened(Store.open(db)) as store:
                service = JuryService(store)
                summary = service.apply_import(
                    plan_import(data, service.competition(), progress), progress)
        else:
            # check the whole folder before the database file comes into being
            plan = plan_import(data, Competition(), progress)
            with opened(Store.open(db)) as store:
                summary = JuryService(store).apply_import(plan, progress)
    warn(summary.warnings)
    print(f"imported {summary.projects} projects, {summary.jurors} jurors, "
          f"{summary.criteria} criteria, {summary.marks} marks, {summary.recusals} recusals "
          f"into {db} ({summary.changed} records changed)")
    return 0


def run_export(args) -> int:
    if args.folder.lower().endswith(".xlsx"):
        return _export_workbook(args)
    with open_existing(args.db, read_only=True) as store:
        written = export_folder(store.load(), args.folder)
    print(f"wrote {len(written)} files to {args.folder}")
    return 0


def _export_workbook(args) -> int:
    from app.files import write_atomic
    from app.protocol.texts import split_languages
    from app.reports.workbook import workbook_bytes

    split_languages(args.lang)      # an unknown language is bad input, before any work
    with open_existing(args.db, read_only=True) as store:
        comp = store.load()
    target = Path(args.folder)
    write_atomic(target, workbook_bytes(comp, args.lang))
    print(f"wrote the results workbook {target}")
    return 0
