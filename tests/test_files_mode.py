"""Files the program hands out (the protocol, an export) are written with the user's
umask, not the 0600 of a temporary file."""

import os
import stat
import sys

import pytest

from app.files import write_atomic


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.parametrize("mask, mode", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_a_written_file_gets_the_users_umask(tmp_path, mask, mode):
    """With umask 022 the protocol is 0644 (readable by the office), with 002 it is 0664,
    with 077 it stays private: whatever the user chose, never a fixed 0600."""
    old = os.umask(mask)
    try:
        path = write_atomic(tmp_path / "protocol.pdf", b"%PDF-1.4\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == mode
