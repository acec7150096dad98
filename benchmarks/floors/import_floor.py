"""Floor for `import`: the csv module and one executemany into a bare table (WAL, FULL)."""

import csv
import sqlite3
import sys

db, folder = sys.argv[1], sys.argv[2]
conn = sqlite3.connect(db)
conn.execute("PRAGMA journal_mode = WAL")
conn.execute("PRAGMA synchronous = FULL")
conn.execute("CREATE TABLE marks (juror TEXT, project TEXT, criterion TEXT, score REAL)")
with open(f"{folder}/scores.csv", encoding="utf-8", newline="") as fh:
    rows = csv.reader(fh)
    next(rows)
    with conn:
        conn.executemany("INSERT INTO marks VALUES (?, ?, ?, ?)", rows)
conn.close()
