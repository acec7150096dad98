"""Floor for one keyed mark: a bare INSERT + commit (WAL, FULL), timed per mark in-process."""

import sqlite3
import statistics
import sys
import time

db, n = sys.argv[1], int(sys.argv[2])
conn = sqlite3.connect(db)
conn.execute("PRAGMA journal_mode = WAL")
conn.execute("PRAGMA synchronous = FULL")
conn.execute("CREATE TABLE IF NOT EXISTS m (juror TEXT, project TEXT, criterion TEXT, "
             "score REAL, PRIMARY KEY (juror, project, criterion))")
times = []
for i in range(n):
    t = time.perf_counter()
    conn.execute("INSERT OR REPLACE INTO m VALUES (?, ?, ?, ?)", ("J", f"P{i}", "c", 5.0))
    conn.commit()
    times.append(time.perf_counter() - t)
print(statistics.median(times))
