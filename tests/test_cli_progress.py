"""Long commands show how far they have come on a terminal, and only there."""

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.common import ProgressLine
from tests.helpers import big_folder

ROOT = Path(__file__).resolve().parent.parent


class _Stream:
    def __init__(self, tty: bool):
        self.tty, self.text = tty, ""

    def isatty(self) -> bool:
        return self.tty

    def write(self, text: str) -> None:
        self.text += text

    def flush(self) -> None:
        pass


def test_the_line_is_rewritten_in_place_and_wiped_at_the_end():
    """Each new percentage rewrites the line (a repeated one is not written again), and
    the line is blanked out when the work is done."""
    stream = _Stream(tty=True)
    with ProgressLine("import", stream) as progress:
        for fraction in (0, 0.004, 0.5, 0.5, 1.0):
            progress(fraction)
    assert stream.text.split("\r")[1:-2] == ["import:   0%", "import:  50%", "import: 100%"]
    assert stream.text.endswith("\r" + " " * 12 + "\r")


def test_nothing_is_written_when_stderr_is_not_a_terminal():
    """A log file or a pipe gets no progress at all."""
    stream = _Stream(tty=False)
    with ProgressLine("protocol", stream) as progress:
        progress(0.3)
    assert stream.text == ""


def _on_a_terminal(cmd: list[str]) -> tuple[int, str]:
    """Run `cmd` with its stderr on a pseudo-terminal; what it wrote there."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the other end closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return proc.wait(timeout=60), b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.parametrize("terminal", [True, False])
def test_import_and_protocol_show_progress_on_a_terminal_only(tmp_path, terminal):
    """Run for real: on a pseudo-terminal the percentages rise to 100 and the line is
    wiped; through a pipe stderr holds no progress."""
    folder = big_folder(tmp_path / "f", 40, 5, 3)
    db, pdf = tmp_path / "c.jury", tmp_path / "p.pdf"
    commands = [[sys.executable, "main.py", "import", str(db), str(folder)],
                [sys.executable, "main.py", "protocol", str(db), "-o", str(pdf)]]
    for cmd, what in zip(commands, ("import", "protocol")):
        if terminal:
            code, err = _on_a_terminal(cmd)
            assert code == 0, err
            shown = [int(part.split(":")[1].strip(" %")) for part in err.split("\r")
                     if part.startswith(f"{what}:")]
            assert len(shown) >= 3 and shown == sorted(shown) and shown[-1] == 100, err
            assert "\r" + " " * (len(what) + 6) + "\r" in err, "the line is wiped at the end"
        else:
            out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
            assert out.returncode == 0, out.stderr
            assert "%" not in out.stderr and "\r" not in out.stderr
