"""Floor for `results --json`: one SQL aggregate over a bare marks table, printed as JSON.

The bare table (marks with the criterion weight beside each mark) is built beforehand by
`prepare`; this process only queries it, as `results` only reads its database.
"""

import json
import sqlite3
import sys

conn = sqlite3.connect(sys.argv[1])
rows = conn.execute(
    "SELECT project, AVG(total) FROM (SELECT project, juror, SUM(weight * score) AS total "
    "FROM marks GROUP BY project, juror) GROUP BY project ORDER BY 2 DESC").fetchall()
print(json.dumps({"projects": [{"code": p, "score": s} for p, s in rows]}))
