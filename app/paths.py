"""Where things live: the user's data folder, the bundled resources, the demo."""

from __future__ import annotations

import tempfile
from importlib import resources
from pathlib import Path

DB_SUFFIX = ".jury"


def default_db() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("JuryRoom", appauthor=False)) / f"competition{DB_SUFFIX}"


def resource(*parts: str):
    """A bundled file (importlib.resources, so it works from a wheel too)."""
    node = resources.files("resources")
    for part in parts:
        node = node / part
    return node


def make_demo_db(folder: str | Path | None = None) -> Path:
    """A fresh database holding the bundled demo competition, never the user's own file."""
    from app.folder import import_folder
    from app.store import Store

    folder = Path(folder) if folder else Path(tempfile.mkdtemp(prefix="jury-room-demo-"))
    path = folder / f"demo{DB_SUFFIX}"
    with resources.as_file(resource("demo")) as demo, Store.open(path) as store:
        import_folder(store, demo)
    return path
