"""The real window shown and filled with a competition; then one mark keyed and every
view the change reaches refreshed, timed in-process (printed as milliseconds on the last line)."""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.service import JuryService  # noqa: E402
from app.store import Store  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

app = QApplication(sys.argv[:1])
store = Store.open(sys.argv[1])
service = JuryService(store)
window = MainWindow(service)
window.resize(1366, 768)
window.show()
recompute_ms = []


def one_mark():
    comp = service.competition()
    t = time.perf_counter()
    service.enter_mark(comp.scoring_jurors[0].code, comp.running_order[0].code,
                       comp.criteria[0].code, "3")
    app.processEvents()  # the window refreshes its views from the store's change signal
    recompute_ms.append((time.perf_counter() - t) * 1000)
    app.quit()


QTimer.singleShot(0, one_mark)
app.exec()
store.close()
print(f"{recompute_ms[0]:.1f}")
