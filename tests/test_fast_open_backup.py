"""Fast: opening returns while its backup is written on the second core
(app.store.fast.open_backup, over app.store.fast.threads); plain twin: `Store.backup("open")`
before opening returns. The backup holds the file as opened."""

import sqlite3

from app.store import Store


def test_the_open_backup_holds_the_file_as_opened_even_if_a_mark_comes_first(cup_db):
    """The backup on opening is written on another thread; a mark saved right away is
    not in it: it holds the file as opened."""
    from app.store import list_backups

    with Store.open(cup_db) as store:
        store.set_mark("J2", "P2", "b", 4)
    backup = list_backups(cup_db)[0]
    assert backup.reason == "open"
    conn = sqlite3.connect(f"file:{backup.path}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT COUNT(*) FROM marks").fetchone()[0] == 2
    finally:
        conn.close()
