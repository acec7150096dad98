"""Each module of the meeting's rules imports on its own, whatever is imported first:
app.entry's settings rules use app.meeting, and app.meeting once imported app.entry at
its top, so `import app.protocol` in a fresh interpreter failed on the cycle (the suite
hid it, having imported app.entry before)."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("module", ["app.meeting", "app.protocol", "app.entry",
                                    "app.folder.meeting"])
def test_the_module_imports_first_in_a_fresh_interpreter(module):
    """A fresh Python imports `module` before anything else of ours without an error."""
    done = subprocess.run([sys.executable, "-c", f"import {module}"], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
