"""Each numbered migration, applied to a database built at the version before it."""

import sqlite3

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from app.store import Store
from app.store.schema import MIGRATION_SET, known_migrations, migrations


def _db(path):
    return Database(sqlite3.connect(path))


def test_migration_names_are_numbered_once_each():
    """Every step is named NNNN_what, each number used once, the first three in order;
    later steps are numbered by who reserved them and may land in any order, since they
    touch unrelated tables."""
    names = known_migrations()
    numbers = [n[:4] for n in names]
    assert all(n.isdigit() and name[4] == "_" for n, name in zip(numbers, names))
    assert len(set(numbers)) == len(numbers)
    assert numbers[:3] == ["0001", "0002", "0003"]


@pytest.mark.parametrize("name", known_migrations())
def test_each_migration_from_the_version_before(tmp_path, name):
    path = tmp_path / "m.jury"
    db = _db(path)
    migrations.apply(db, stop_before=name)
    before = {m.name for m in migrations.applied(db)}
    assert name not in before
    migrations.apply(db)
    after = [m.name for m in migrations.applied(db)]
    assert after == known_migrations()
    db.close()
    with Store.open(path) as store:  # the store opens what the migration produced
        assert store.load().projects == ()


def test_applying_twice_changes_nothing(tmp_path):
    path = tmp_path / "m.jury"
    Store.open(path).close()
    db = _db(path)
    schema = db.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    migrations.apply(db)
    assert db.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall() == schema
    assert len(migrations.applied(db)) == len(known_migrations())


def test_a_failing_migration_leaves_the_version_unchanged(tmp_path):
    """A step that raises half-way is rolled back and stays pending."""
    path = tmp_path / "m.jury"
    Store.open(path).close()
    trial = Migrations(MIGRATION_SET)
    for m in migrations._migrations:
        trial._migrations.append(m)

    @trial(name="9999_broken")
    def broken(db):
        db.execute("CREATE TABLE half_done (x TEXT)")
        raise RuntimeError("step fails")

    db = _db(path)
    with pytest.raises(RuntimeError):
        trial.apply(db)
    assert "9999_broken" not in {m.name for m in trial.applied(db)}
    assert not db["half_done"].exists()


def _at_0001_with_history(path):
    """A database as version 0001 left it: data and audit rows without hashes."""
    db = _db(path)
    migrations.apply(db, stop_before="0002_audit_chain")
    db.execute("INSERT INTO projects (code, title, ord) VALUES ('P1', 'Проект', 1)")
    db.execute("INSERT INTO jurors (code, name, role, ord) VALUES ('J1', 'Әлия', 'chair', 1)")
    db.execute("INSERT INTO criteria (code, name, max, ord) VALUES ('C1', 'Quality', 10, 1)")
    db.execute("INSERT INTO marks VALUES ('J1', 'P1', 'C1', 7.0)")
    for i, (old, new) in enumerate([(None, '{"score": 6.0}'), ('{"score": 6.0}',
                                                              '{"score": 7.0}')], start=1):
        db.execute("INSERT INTO audit (batch, at, action, entity, key, old, new, note) "
                   "VALUES (?, '2021-10-05T10:00:00+00:00', 'mark', 'marks', "
                   "'[\"J1\", \"P1\", \"C1\"]', ?, ?, '')", (i, old, new))
    db.conn.commit()
    db.close()


def test_0002_hashes_the_existing_history_in_order_and_guards_it(tmp_path):
    """Rows written before the chain get their hashes in id order; afterwards the table is
    append-only and the next change continues the same chain."""
    from app.store.audit_chain import FIELDS, GENESIS, chain

    path = tmp_path / "old.jury"
    _at_0001_with_history(path)
    with Store.open(path) as store:
        rows = store.audit_rows()
        assert [r["hash"] for r in rows] == list(chain(GENESIS, [[r[f] for f in FIELDS]
                                                                 for r in rows]))
        assert store.load().marks == {("J1", "P1", "C1"): 7.0}
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            store.db.execute("DELETE FROM audit WHERE id = 1")
        store.set_mark("J1", "P1", "C1", 8)
        assert store.verify_audit().intact and store.verify_audit().rows == 3


def test_an_upgrade_keeps_a_backup_of_the_older_version_first(tmp_path):
    """Before a migration touches a file with data, the file as it was is backed up."""
    from app.store import list_backups

    path = tmp_path / "old.jury"
    _at_0001_with_history(path)
    Store.open(path).close()
    upgrade = [b for b in list_backups(path) if b.reason == "upgrade"]
    assert len(upgrade) == 1
    old = _db(upgrade[0].path)
    assert [m.name for m in migrations.applied(old)] == ["0001_initial"]
    assert "hash" not in old["audit"].columns_dict
    old.close()
