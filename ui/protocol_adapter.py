"""The one place the window calls the protocol builder (app.protocol, another branch).

NOTE for the merge: the builder's final name was not known when the window was written;
it is expected as `app.protocol.write_protocol(competition, path)`. If it lands under
another name or signature, change only `build_protocol` below.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.errors import InputError
from app.model import Competition


def protocol_available() -> bool:
    try:
        from app.protocol import write_protocol  # noqa: F401
    except ImportError:
        return False
    return True


def build_protocol(competition: Competition, path: str | Path) -> Path:
    """Write the protocol PDF of `competition` to `path`. Runs off the GUI thread: it gets
    an immutable snapshot and touches neither the store nor any widget."""
    try:
        from app.protocol import write_protocol
    except ImportError:
        raise InputError(QCoreApplication.translate(
            "Protocol", "this build of Jury Room has no protocol printer yet")) from None
    write_protocol(competition, Path(path))
    return Path(path)
