"""The database schema, as numbered migrations applied on open.

Each migration runs in one transaction together with its record in `_sqlite_migrations`
(sqlite-utils' `Migrations`), so a failed step leaves the file at the version before it.
Never edit a migration that has shipped: add the next number.

This module imports sqlite-utils only when `migrations` is used (an older file being
brought up to date): which migrations a file has had is read with plain SQL, and a new,
empty file gets every step at once by `create`, which writes the same schema and the same
records, in one transaction (importing sqlite-utils costs a command a tenth of a second).
"""

from __future__ import annotations

import datetime as _dt
import sqlite3
from typing import TYPE_CHECKING, Callable

from app.store.audit_chain import FIELDS, GENESIS, chain

if TYPE_CHECKING:
    from sqlite_utils import Database

# 'JRM1' in the SQLite header: how we recognise our own files without reading any table
APPLICATION_ID = 0x4A524D31
MIGRATION_SET = "jury_room"
TABLE = "_sqlite_migrations"

STEPS: list[tuple[str, Callable[["Database"], None]]] = []


def _step(name: str):
    def register(fn):
        STEPS.append((name, fn))
        return fn
    return register


@_step("0001_initial")
def _m0001_initial(db: Database) -> None:
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for sql in (
        """CREATE TABLE settings (
               key TEXT PRIMARY KEY,
               value TEXT NOT NULL
           ) STRICT""",
        """CREATE TABLE projects (
               code TEXT PRIMARY KEY CHECK (code <> ''),
               title TEXT NOT NULL,
               organization TEXT NOT NULL DEFAULT '',
               grp TEXT NOT NULL DEFAULT '',
               category TEXT NOT NULL DEFAULT '',
               ord INTEGER NOT NULL,
               withdrawn INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1)),
               notes TEXT NOT NULL DEFAULT '{}'
           ) STRICT""",
        """CREATE TABLE jurors (
               code TEXT PRIMARY KEY CHECK (code <> ''),
               name TEXT NOT NULL,
               position TEXT NOT NULL DEFAULT '',
               role TEXT NOT NULL CHECK (role IN ('chair', 'member', 'secretary')),
               ord INTEGER NOT NULL
           ) STRICT""",
        """CREATE TABLE criteria (
               code TEXT PRIMARY KEY CHECK (code <> ''),
               name TEXT NOT NULL,
               max REAL NOT NULL CHECK (max > 0),
               weight REAL NOT NULL DEFAULT 1 CHECK (weight > 0),
               ord INTEGER NOT NULL
           ) STRICT""",
        """CREATE TABLE marks (
               juror TEXT NOT NULL REFERENCES jurors(code) ON UPDATE CASCADE,
               project TEXT NOT NULL REFERENCES projects(code) ON UPDATE CASCADE,
               criterion TEXT NOT NULL REFERENCES criteria(code) ON UPDATE CASCADE,
               score REAL NOT NULL CHECK (score >= 0),
               PRIMARY KEY (juror, project, criterion)
           ) STRICT, WITHOUT ROWID""",
        """CREATE TABLE recusals (
               juror TEXT NOT NULL REFERENCES jurors(code) ON UPDATE CASCADE,
               project TEXT NOT NULL REFERENCES projects(code) ON UPDATE CASCADE,
               PRIMARY KEY (juror, project)
           ) STRICT, WITHOUT ROWID""",
        """CREATE TABLE absences (
               juror TEXT NOT NULL REFERENCES jurors(code) ON UPDATE CASCADE,
               project TEXT NOT NULL REFERENCES projects(code) ON UPDATE CASCADE,
               PRIMARY KEY (juror, project)
           ) STRICT, WITHOUT ROWID""",
        """CREATE TABLE decisions (
               project TEXT PRIMARY KEY REFERENCES projects(code) ON UPDATE CASCADE,
               winner INTEGER NOT NULL CHECK (winner IN (0, 1)),
               reason TEXT NOT NULL CHECK (reason <> ''),
               decided_at TEXT NOT NULL,
               basis TEXT NOT NULL DEFAULT ''
           ) STRICT""",
        # One row per changed record; `batch` groups the rows of one user action.
        """CREATE TABLE audit (
               id INTEGER PRIMARY KEY,
               batch INTEGER NOT NULL,
               at TEXT NOT NULL,
               action TEXT NOT NULL,
               entity TEXT NOT NULL,
               key TEXT NOT NULL,
               old TEXT,
               new TEXT,
               note TEXT NOT NULL DEFAULT ''
           ) STRICT""",
        "CREATE INDEX audit_batch ON audit(batch)",
        "CREATE INDEX audit_entity_key ON audit(entity, key)",
    ):
        db.execute(sql)


@_step("0002_audit_chain")
def _m0002_audit_chain(db: Database) -> None:
    """The audit history becomes append-only and hash-chained (see app.store.audit_chain).
    A row inserted without its hash gets '' and breaks the chain; no INSERT trigger
    checks it, because one would cost a third of a large import's audit writes."""
    db.execute("ALTER TABLE audit ADD COLUMN hash TEXT NOT NULL DEFAULT ''")
    # the rows written before the chain existed are hashed in their order, so the chain
    # covers the whole history and a later edit of an old row is found too
    rows = db.execute(f"SELECT {', '.join(FIELDS)} FROM audit ORDER BY id").fetchall()
    db.conn.executemany("UPDATE audit SET hash = ? WHERE id = ?",
                        ((h, row[0]) for row, h in zip(rows, chain(GENESIS, rows))))
    for sql in (
        """CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN
               SELECT RAISE(ABORT, 'the audit history is append-only: a row cannot be changed');
           END""",
        """CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN
               SELECT RAISE(ABORT, 'the audit history is append-only: a row cannot be removed');
           END""",
    ):
        db.execute(sql)


@_step("0003_audit_packed")
def _m0003_audit_packed(db: Database) -> None:
    """From here on, an action that changes several records of one table (an import, a
    reorder, a deletion with its marks) writes one audit row for that table listing
    every changed record with its old and new values (`key` is '*'; see
    app.store.store.PACKED), instead of one row per record. The table is unchanged; this
    step records the new way of reading it, so that an older Jury Room, which could not
    read such rows, refuses the file as newer instead of misreading its history.

    The two indexes of the history go: each added two more pages to write to every
    keyed mark's commit (half again of its time). An action's rows are found by their
    ids, which grow with the action numbers; one record's history is read by a scan,
    which the history of a whole competition keeps short."""
    db.execute("DROP INDEX IF EXISTS audit_batch")
    db.execute("DROP INDEX IF EXISTS audit_entity_key")


@_step("0007_paper")
def _m0007_paper(db: Database) -> None:
    """The paper loop's tables: the second keying of marks and sheets, the printed
    sheets' issues and check-in, what a keying copy is a copy of, and what each merged
    copy brought in (see app.paper.records)."""
    from app.paper.records import TABLES_SQL

    for sql in TABLES_SQL:
        db.execute(sql)


@_step("0005_regulation")
def _m0005_regulation(db: Database) -> None:
    """The regulation's arithmetic: points added to or taken from a project's score, each
    with the rule it applies, and the jurors' written comments (per project, or per
    criterion; '' names the whole project). The new settings (aggregate, rounding,
    min_score, comments) are rows of `settings` and need no step of their own: a file
    without them has the defaults."""
    for sql in (
        """CREATE TABLE adjustments (
               project TEXT NOT NULL REFERENCES projects(code) ON UPDATE CASCADE,
               reason TEXT NOT NULL CHECK (reason <> ''),
               points REAL NOT NULL,
               PRIMARY KEY (project, reason)
           ) STRICT, WITHOUT ROWID""",
        """CREATE TABLE comments (
               juror TEXT NOT NULL REFERENCES jurors(code) ON UPDATE CASCADE,
               project TEXT NOT NULL REFERENCES projects(code) ON UPDATE CASCADE,
               criterion TEXT NOT NULL DEFAULT '',
               comment TEXT NOT NULL CHECK (comment <> ''),
               PRIMARY KEY (juror, project, criterion)
           ) STRICT, WITHOUT ROWID""",
    ):
        db.execute(sql)


@_step("0006_meeting")
def _m0006_meeting(db: Database) -> None:
    """The jury's meeting as its protocol records it: each juror's attendance (present,
    remote, absent), the votes on a decision at the cut (for, against, abstaining, and
    whether the chair's casting vote settled it), and the jurors' dissenting opinions.
    The meeting's number, place, time zone, quorum and times are settings (key/value)."""
    for sql in (
        "ALTER TABLE jurors ADD COLUMN attendance TEXT NOT NULL DEFAULT 'present' "
        "CHECK (attendance IN ('present', 'remote', 'absent'))",
        "ALTER TABLE decisions ADD COLUMN votes_for INTEGER CHECK (votes_for >= 0)",
        "ALTER TABLE decisions ADD COLUMN votes_against INTEGER CHECK (votes_against >= 0)",
        "ALTER TABLE decisions ADD COLUMN votes_abstain INTEGER CHECK (votes_abstain >= 0)",
        "ALTER TABLE decisions ADD COLUMN casting INTEGER NOT NULL DEFAULT 0 "
        "CHECK (casting IN (0, 1))",
        """CREATE TABLE opinions (
               juror TEXT PRIMARY KEY REFERENCES jurors(code) ON UPDATE CASCADE,
               text TEXT NOT NULL CHECK (text <> ''),
               written_at TEXT NOT NULL
           ) STRICT""",
    ):
        db.execute(sql)


def known_migrations() -> list[str]:
    return [name for name, _ in STEPS]


def applied(conn: sqlite3.Connection) -> list[str]:
    """The names of the migrations this file has had, in the order they were applied."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                    (TABLE,)).fetchone() is None:
        return []
    return [r[0] for r in conn.execute(
        f"SELECT name FROM {TABLE} WHERE migration_set = ? ORDER BY rowid", (MIGRATION_SET,))]


def pending(conn: sqlite3.Connection) -> list[str]:
    done = set(applied(conn))
    return [name for name in known_migrations() if name not in done]


class _Plain:
    """What a migration step uses of sqlite-utils' Database, on a plain connection."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def execute(self, sql: str, params=()):
        return self.conn.execute(sql, params)


def is_new(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0] == 0


def create(conn: sqlite3.Connection) -> None:
    """Every step on a new, empty file, recorded as sqlite-utils records them, in one
    transaction (a failure leaves the file empty)."""
    conn.execute("BEGIN")
    try:
        conn.execute(f'CREATE TABLE "{TABLE}" (\n   "id" INTEGER PRIMARY KEY,\n   '
                     '"migration_set" TEXT,\n   "name" TEXT,\n   "applied_at" TEXT\n)')
        conn.execute(f'CREATE UNIQUE INDEX "idx_{TABLE}_migration_set_name"\n    '
                     f'ON "{TABLE}" ("migration_set", "name")')
        plain = _Plain(conn)
        for name, fn in STEPS:
            fn(plain)
            conn.execute(f"INSERT INTO {TABLE} (migration_set, name, applied_at) "
                         "VALUES (?, ?, ?)",
                         (MIGRATION_SET, name, str(_dt.datetime.now(_dt.timezone.utc))))
        conn.execute("COMMIT")
    except BaseException:
        conn.rollback()
        raise


_migrations = None


def __getattr__(name: str):
    # `migrations`, sqlite-utils' runner over the same steps, made on first use
    global _migrations
    if name != "migrations":
        raise AttributeError(name)
    if _migrations is None:
        from sqlite_utils.migrations import Migrations

        runner = Migrations(MIGRATION_SET)
        for step, fn in STEPS:
            runner(name=step)(fn)
        _migrations = runner
    return _migrations
