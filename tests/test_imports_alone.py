"""Each module a caller starts from imports on its own, in a fresh interpreter: an import
cycle that a test run's import order hides (one module importing another that is still
half made) fails here."""

import subprocess
import sys

import pytest

ENTRY_POINTS = ("app.protocol", "app.meeting", "app.entry", "app.service", "app.cli",
                "app.reports.diplomas", "app.paper.sheets_pdf", "app.protocol.archival")


@pytest.mark.parametrize("module", ENTRY_POINTS)
def test_the_module_imports_first_in_a_fresh_interpreter(module):
    """`import <module>` as the first import of a new process succeeds."""
    done = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr[-800:]
