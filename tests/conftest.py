"""Shared fixtures. Qt runs offscreen: no test needs a display."""

import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from app.paths import resource  # noqa: E402
from app.store import Store  # noqa: E402

DEMO = Path(str(resource("demo")))


def fixed_clock():
    return "2026-10-05T10:00:00+00:00"


@pytest.fixture
def demo_folder(tmp_path) -> Path:
    """A private copy of the bundled demo folder, free to be broken by a test."""
    target = tmp_path / "demo"
    shutil.copytree(DEMO, target)
    return target


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "test.jury", clock=fixed_clock)
    yield s
    s.close()


@pytest.fixture
def demo_store(tmp_path, demo_folder):
    from app.folder import import_folder

    s = Store.open(tmp_path / "demo.jury", clock=fixed_clock)
    import_folder(s, demo_folder)
    yield s
    s.close()


CUP_SCORES = "juror,project,criterion,score\nJ1,P1,a,7\nJ2,P1,a,9\n"


@pytest.fixture
def cup_db(tmp_path) -> Path:
    """A closed database holding the small cup of tests.helpers.write_folder with two
    marks (J1 and J2 on P1, criterion a: 7 and 9)."""
    from app.folder import import_folder
    from tests.helpers import write_folder

    path = tmp_path / "cup.jury"
    with Store.open(path) as s:
        import_folder(s, write_folder(tmp_path / "f", scores=CUP_SCORES))
    return path
