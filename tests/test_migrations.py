"""Each numbered migration, applied to a database built at the version before it."""

import sqlite3

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from app.store import Store
from app.store.schema import MIGRATION_SET, known_migrations, migrations


def _db(path):
    return Database(sqlite3.connect(path))


def test_migration_names_are_numbered_in_order():
    names = known_migrations()
    assert names == sorted(names)
    assert [n[:4] for n in names] == [f"{i:04d}" for i in range(1, len(names) + 1)]


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
