"""The database schema, as numbered migrations applied on open.

Each migration runs in one transaction together with its record in `_sqlite_migrations`
(sqlite-utils' `Migrations`), so a failed step leaves the file at the version before it.
Never edit a migration that has shipped: add the next number.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from app.store.audit_chain import FIELDS, GENESIS, chain

# 'JRM1' in the SQLite header: how we recognise our own files without reading any table
APPLICATION_ID = 0x4A524D31

MIGRATION_SET = "jury_room"
migrations = Migrations(MIGRATION_SET)


@migrations(name="0001_initial")
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


@migrations(name="0002_audit_chain")
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


def known_migrations() -> list[str]:
    return [m.name for m in migrations._migrations]
