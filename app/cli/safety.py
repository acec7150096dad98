"""`backup`, `restore`, `audit`, `finalize`, `reopen`: keeping the data safe and honest."""

from __future__ import annotations

import json
from pathlib import Path

from app.cli.common import open_existing, opened
from app.errors import DamagedError, InputError, StoreError
from app.folder.merge import fmt_number
from app.store import Store, list_backups, restore_file
from app.store.backup import backups_dir
from app.store.store import KEYS, unpack


def add_parser(sub) -> None:
    p = sub.add_parser("backup", help="make a backup of DB now (or --list its backups)")
    p.add_argument("db", metavar="DB")
    p.add_argument("--list", action="store_true", help="list the backups, newest first")
    p = sub.add_parser("restore", help="put a backup in place of DB (DB is kept as a backup)")
    p.add_argument("db", metavar="DB")
    p.add_argument("backup", metavar="BACKUP", help="a backup file, or its name in backups/")
    p.add_argument("--force", action="store_true",
                   help="restore it even if it is a backup of another competition")
    p = sub.add_parser("audit", help="print every change; exit 1 if the history was edited")
    p.add_argument("db", metavar="DB")
    p = sub.add_parser("finalize", help="lock the competition: nothing changes until reopened")
    p.add_argument("db", metavar="DB")
    p = sub.add_parser("reopen", help="unlock a finalized competition, saying why")
    p.add_argument("db", metavar="DB")
    p.add_argument("--reason", required=True, metavar="TEXT")


def run_backup(args) -> int:
    if args.list:
        with open_existing(args.db, read_only=True):  # refuses a mistyped name
            pass
        for b in list_backups(Path(args.db)):
            print(f"{b.time.astimezone():%Y-%m-%d %H:%M:%S}  {b.reason:<14} "
                  f"{b.size:>12,} bytes  {b.path}")
        return 0
    with open_existing(args.db) as store:
        info = store.backup("manual")
    print(f"backed up {args.db} to {info.path}")
    return 0


def run_restore(args) -> int:
    db, backup = Path(args.db), Path(args.backup)
    if not backup.exists() and (backups_dir(db) / backup.name).exists():
        backup = backups_dir(db) / backup.name
    if not backup.is_file():
        raise StoreError(f"{backup}: cannot restore it: no such backup")
    if not db.exists():
        # a deleted database comes back from one of its own backups; any other missing
        # name is a slip of the keyboard, which must not make a new file
        own = {b.path.resolve() for b in list_backups(db)}
        if backup.resolve() not in own:
            raise StoreError(f"{db}: no such database, and {backup.name} is not one of its "
                             "backups (is the name mistyped?)")
        kept = restore_file(db, backup)
        print(f"restored {db} from {backup}")
        return 0
    try:
        with opened(Store.open(db, create=False)) as store:
            kept = _service(store).restore_backup(backup, force=args.force)
    except DamagedError:
        kept = restore_file(db, backup)
    print(f"restored {db} from {backup}" +
          (f"; what it replaced is kept as {kept.path}" if kept else ""))
    return 0


def run_audit(args) -> int:
    with open_existing(args.db, read_only=True) as store:
        changes = 0
        for row in store.audit_rows():
            lines = describe(row)
            changes += len(lines)
            print("\n".join(lines))
        report = store.verify_audit()
        consistent = store.check_history() if report.intact else None
    if report.intact and consistent.ok:
        print(f"audit history intact: {changes} changes in {report.rows} entries; newest "
              f"hash {report.head}; every table follows from it")
        return 0
    if not report.intact:
        print(f"audit history BROKEN: {report.problem}")
    else:
        print(f"audit: the data does NOT follow from its history: {consistent.problem}")
    return 1


def _service(store):
    """The service over `store`: the command line writes through it, as the window does
    (imported here: `audit` and `backup` never need it)."""
    from app.service import JuryService

    return JuryService(store)


def run_finalize(args) -> int:
    with open_existing(args.db) as store:
        # the service refuses it while the paper loop is not closed or the meeting had
        # no quorum, as in the window
        _service(store).finalize()
    print(f"finalized {args.db}: nothing can change until it is reopened with a reason; "
          f"print the protocol for signature now (jury-room protocol {args.db} -o FILE.pdf)")
    return 0


def run_reopen(args) -> int:
    with open_existing(args.db) as store:
        _service(store).reopen(args.reason, field="--reason")
    print(f"reopened {args.db}")
    return 0


# ----- one audit row as one readable line ---------------------------------------------
def _value(v) -> str:
    if isinstance(v, bool) or v is None:
        return json.dumps(v)
    if isinstance(v, (int, float)):
        return fmt_number(v)
    return json.dumps(v, ensure_ascii=False)


def _fields(entity: str, row: dict | None) -> dict:
    """A record without its key columns; a setting is just its value (stored as JSON)."""
    if row is None:
        return {}
    if entity == "settings":
        return {"": json.loads(row["value"])}
    return {k: v for k, v in row.items() if k not in KEYS.get(entity, ())}


def describe(row: dict) -> list[str]:
    """`#id  time  action  entity key: what changed  (note)`, one line per changed record
    (an entry of an import lists every record it changed)."""
    entity = row["entity"]
    note = f"  ({row['note']})" if row["note"] else ""
    head = f"#{row['id']:<6} {row['at'].replace('T', ' ')}  {row['action']:<9} {entity}"
    return [f"{head} {' '.join(str(k) for k in key)}: {_what_changed(entity, old, new)}{note}"
            for key, old, new in unpack(entity, row["key"], row["old"], row["new"])]


def _what_changed(entity: str, old: dict | None, new: dict | None) -> str:
    """"added" or its values, "removed", or each changed value as `name old → new`."""
    before, after = _fields(entity, old), _fields(entity, new)
    if old is None:
        return ", ".join(f"{_name(k)}{_value(v)}" for k, v in after.items()) or "added"
    if new is None:
        return "removed"
    return ", ".join(f"{_name(k)}{_value(before.get(k))} → {_value(v)}"
                     for k, v in after.items() if before.get(k) != v)


def _name(key: str) -> str:
    return f"{key} " if key else ""
