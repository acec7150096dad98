"""One mark keyed through the app (service -> store: checks, transaction, audit), timed
per mark in-process, as the floor times a bare INSERT + commit."""

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.service import JuryService  # noqa: E402
from app.store import Store  # noqa: E402

db, n = sys.argv[1], int(sys.argv[2])
with Store.open(db) as store:
    service = JuryService(store)
    comp = service.competition()
    juror = comp.scoring_jurors[0].code
    criterion = comp.criteria[0].code
    projects = [p.code for p in comp.running_order][:n]
    times = []
    for i, project in enumerate(projects):
        t = time.perf_counter()
        service.enter_mark(juror, project, criterion, "5" if i % 2 else "4.5")
        times.append(time.perf_counter() - t)
print(statistics.median(times))
