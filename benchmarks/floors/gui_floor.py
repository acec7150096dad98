"""Floor for the window: a bare PySide6 window with an empty table, shown and painted."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QTableView())
window.resize(1366, 768)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
