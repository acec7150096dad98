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


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_protocol_and_the_other_pdfs_get_the_users_umask(tmp_path):
    """End to end: the protocol, the score sheets and the diplomas folder's files are
    written with umask 002 as 0664, not the 0600 of a temporary file."""
    from app.paper.sheets_pdf import write_sheets
    from app.protocol import write_protocol
    from app.reports.diplomas import write_diplomas
    from tests.protocol_build import generated

    comp = generated(6, 3, tie=False)
    old = os.umask(0o002)
    try:
        paths = [write_protocol(comp, tmp_path / "protocol.pdf").path,
                 write_sheets(comp, tmp_path / "sheets.pdf"),
                 *write_diplomas(comp, tmp_path / "diplomas")]
    finally:
        os.umask(old)
    assert len(paths) > 3
    assert {stat.S_IMODE(p.stat().st_mode) for p in paths} == {0o664}
