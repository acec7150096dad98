"""The audit history: append-only, hash-chained, readable with `jury-room audit`."""

import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.store import Store
from app.store.audit_chain import FIELDS, GENESIS, chain, link, link_batch
from app.store.store import unpack
from main import main

@pytest.fixture
def db(cup_db):
    """A closed database with an import, a changed mark and an undo in its history."""
    with Store.open(cup_db) as store:
        store.set_mark("J1", "P1", "a", 8)
        store.set_mark("J1", "P1", "b", 3)
        store.undo()
    return cup_db


def _hand_edit(path, *sql):
    """What someone with an SQLite browser could do: drop the guards and edit."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("DROP TRIGGER audit_no_delete")
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_every_row_carries_the_hash_of_its_content_and_its_predecessor(db):
    """The stored hashes are exactly the chain recomputed from the rows, from GENESIS."""
    with Store.open(db) as store:
        rows = store.audit_rows()
        report = store.verify_audit()
    prev = GENESIS
    for row in rows:
        prev = link(prev, [row[f] for f in FIELDS])
        assert row["hash"] == prev
    assert report.intact and report.rows == len(rows) and report.head == prev
    assert [r["id"] for r in rows] == list(range(1, len(rows) + 1))


@pytest.mark.parametrize("statement", [
    "UPDATE audit SET new = '{\"score\": 1.0}' WHERE id = 3",
    "DELETE FROM audit WHERE id = 3",
    "DELETE FROM audit",
])
def test_the_audit_table_refuses_updates_and_deletes(db, statement):
    """SQLite itself (triggers) refuses to change or remove an audit row."""
    conn = sqlite3.connect(db)
    count = conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0]
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute(statement)
    assert conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == count
    conn.close()


def test_a_row_added_by_hand_breaks_the_chain(db):
    """Inserting is allowed (the program appends), but a row added without the program's
    hash, or with a made-up one, does not fit the chain."""
    conn = sqlite3.connect(db)
    last = conn.execute("SELECT MAX(id) FROM audit").fetchone()[0]
    conn.execute("INSERT INTO audit (id, batch, at, action, entity, key, new) VALUES "
                 "(?, 99, 'now', 'mark', 'marks', '[\"J1\", \"P1\", \"a\"]', "
                 "'{\"score\": 10.0}')", (last + 1,))
    conn.commit()
    conn.close()
    with Store.open(db) as store:
        report = store.verify_audit()
    assert not report.intact and report.broken_at == last + 1


@pytest.mark.parametrize("sql, broken_at, words", [
    (["UPDATE audit SET old = replace(old, '7.0', '10.0') WHERE id = "
      "(SELECT MIN(id) FROM audit WHERE entity = 'marks' AND key <> '*')"], None,
     "edited by hand"),
    (["UPDATE audit SET at = '2020-01-01T00:00:00+00:00' WHERE id = 2"], 2, "edited"),
    (["DELETE FROM audit WHERE id = 5"], 6, "#5 is missing"),
    (["DELETE FROM audit WHERE id IN (5, 6, 7)"], 8, "#5..#7 are missing"),
    (["UPDATE audit SET id = id + 1000 WHERE id = 1"], 2, "#1 is missing"),
])
def test_a_hand_edited_history_is_found(db, sql, broken_at, words):
    """Changing, removing or renumbering a row breaks the chain at that row."""
    _hand_edit(db, *sql)
    with Store.open(db) as store:
        report = store.verify_audit()
        first_mark = store.db.execute(  # the first mark keyed on its own
            "SELECT MIN(id) FROM audit WHERE entity = 'marks' AND key <> '*'").fetchone()[0]
    assert not report.intact
    assert report.broken_at == (broken_at or first_mark)
    assert words in report.problem


def test_the_chain_keeps_going_across_reopens(db):
    """A new session continues from the stored head, so the whole file stays one chain."""
    for score in (1, 2):
        with Store.open(db) as store:
            store.set_mark("J2", "P1", "a", score)
    with Store.open(db) as store:
        assert store.verify_audit().intact


def test_a_failed_transaction_does_not_advance_the_chain(db):
    """The head is re-read after a rollback: the next row links to the last committed."""
    with Store.open(db) as store:
        with pytest.raises(RuntimeError):
            with store.transaction("mark") as tx:
                tx.put("marks", {"juror": "J1", "project": "P1", "criterion": "b",
                                 "score": 1.0})
                raise RuntimeError("cancelled half-way")
        store.set_mark("J1", "P1", "b", 2)
        assert store.verify_audit().intact


def test_cli_audit_prints_one_line_per_change_and_exits_0_when_intact(db, capsys):
    assert main(["audit", str(db)]) == 0
    out = capsys.readouterr().out.splitlines()
    with Store.open(db) as store:
        rows = store.audit_rows()
    changes = sum(len(unpack(r["entity"], r["key"], r["old"], r["new"])) for r in rows)
    assert changes > len(rows)  # the import's marks share one packed entry
    assert len(out) == changes + 1
    assert any("marks J1 P1 a: score 7 → 8" in line and "mark" in line for line in out)
    assert any(" import " in line and "marks J1 P1 a: score 7 " in line for line in out)
    assert any(line.startswith("#1 ") and 'settings title: "Test cup"' in line for line in out)
    assert out[-1].startswith(f"audit history intact: {changes} changes in {len(rows)} "
                              "entries; newest hash ")


def test_cli_audit_exits_1_when_the_history_was_edited(db, capsys):
    _hand_edit(db, "UPDATE audit SET note = 'nothing to see' WHERE id = 4")
    assert main(["audit", str(db)]) == 1
    assert capsys.readouterr().out.splitlines()[-1] == (
        "audit history BROKEN: change #4 does not match its hash: it, or a change before "
        "it, was edited by hand")


text = st.one_of(st.none(), st.text(max_size=12))


@given(a=st.lists(text, min_size=9, max_size=9), b=st.lists(text, min_size=9, max_size=9))
def test_different_rows_never_share_a_hash_input(a, b):
    """Fields are written with their lengths, so moving text across a field boundary (or
    None versus '-') changes the hash."""
    if a != b:
        assert link(GENESIS, a) != link(GENESIS, b)



maybe_text = st.one_of(st.none(), st.text(max_size=20))


@given(shared=st.tuples(st.integers(1, 10**6), st.text(max_size=30), st.text(max_size=10),
                        st.text(max_size=10)),
       note=st.text(max_size=20), first=st.integers(1, 10**9),
       changes=st.lists(st.tuples(st.text(max_size=20), maybe_text, maybe_text), max_size=5))
def test_the_batch_shortcut_gives_the_same_hashes_as_one_row_at_a_time(shared, note, first,
                                                                       changes):
    """What the store writes (link_batch) is exactly what verify recomputes (link)."""
    rows = [(first + i, *shared, *change, note) for i, change in enumerate(changes)]
    assert link_batch(GENESIS, first, shared, note, changes) == list(chain(GENESIS, rows))
