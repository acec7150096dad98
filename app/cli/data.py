"""`import` and `export`: a competition folder in and out of a database."""

from __future__ import annotations

from pathlib import Path

from app.cli.common import open_existing, warn
from app.folder import export_folder, plan_import, read_folder
from app.folder.merge import apply_plan
from app.model import Competition
from app.store import Store


def add_parser(sub) -> None:
    p = sub.add_parser("import", help="create or update DB from a competition folder")
    p.add_argument("db", metavar="DB")
    p.add_argument("folder", metavar="FOLDER")
    p = sub.add_parser("export", help="write the competition folder back out")
    p.add_argument("db", metavar="DB")
    p.add_argument("folder", metavar="FOLDER")


def run_import(args) -> int:
    db = Path(args.db)
    data = read_folder(args.folder)
    if db.exists():
        with Store.open(db) as store:
            summary = apply_plan(store, plan_import(data, store.load()))
    else:
        # check the whole folder before the database file comes into being
        plan = plan_import(data, Competition())
        with Store.open(db) as store:
            summary = apply_plan(store, plan)
    warn(summary.warnings)
    print(f"imported {summary.projects} projects, {summary.jurors} jurors, "
          f"{summary.criteria} criteria, {summary.marks} marks, {summary.recusals} recusals "
          f"into {db} ({summary.changed} records changed)")
    return 0


def run_export(args) -> int:
    with open_existing(args.db, read_only=True) as store:
        written = export_folder(store.load(), args.folder)
    print(f"wrote {len(written)} files to {args.folder}")
    return 0
