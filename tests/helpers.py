"""Small builders for tests: a competition folder written from Python literals."""

from __future__ import annotations

import sqlite3
from pathlib import Path

TOML = """title = "Test cup"
group_label = "Country"
method = "mean"
score_step = 1
tie_break = ["a"]
[winners]
per_group = 1
"""


def write_folder(folder: Path, *, toml: str = TOML, projects: str | None = None,
                 jurors: str | None = None, criteria: str | None = None,
                 scores: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "competition.toml": toml,
        "projects.csv": projects if projects is not None else (
            "code,title,organization,group,category,order\n"
            "P1,Первый,Org,RU,,1\nP2,Екінші,Org,KZ,,2\n"),
        "jurors.csv": jurors if jurors is not None else (
            "code,name,position,role\nJ1,Анна,Minister,chair\nJ2,Әлия,Agency,member\n"
            "S,Secretary,,secretary\n"),
        "criteria.csv": criteria if criteria is not None else (
            "code,name,max,weight\na,Актуальность,10,2\nb,Quality,5,1\n"),
    }
    if scores is not None:
        files["scores.csv"] = scores
    for name, text in files.items():
        if text is not None:
            (folder / name).write_text(text, encoding="utf-8")
    return folder


def db_dump(path: Path) -> str:
    """Every row of a database, audit included, read without writing: to prove that a
    refused input changed nothing. A file a store of this test holds open cannot be read
    by another connection (it is locked for its writer alone), so it is read through
    that store's own connection."""
    held = open_store(path)
    if held is not None:
        return "\n".join(held._conn.iterdump())
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def open_store(path: Path):
    """The Store of this process that holds `path` open for writing, or None."""
    import gc

    from app.store import Store

    target = Path(path).resolve()
    for obj in gc.get_objects():
        if isinstance(obj, Store) and obj.path is not None and not obj.closed and \
                not obj.read_only and Path(obj.path).resolve() == target:
            return obj
    return None


def big_folder(folder: Path, projects: int, jurors: int, criteria: int, *,
               scores: bool = True, seed: int = 1) -> Path:
    """A competition of the given size with every mark in (projects × jurors × criteria)."""
    import random

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "competition.toml").write_text('title = "Big"\n[winners]\nper_group = 3\n')
    (folder / "projects.csv").write_text("code,title,organization,group,category,order\n" + "".join(
        f"P{i},Project {i},Org,G{i % 5},,{i + 1}\n" for i in range(projects)))
    (folder / "jurors.csv").write_text("code,name,position,role\n" + "".join(
        f"J{i},Juror {i},,{'chair' if i == 0 else 'member'}\n" for i in range(jurors)))
    (folder / "criteria.csv").write_text("code,name,max,weight\n" + "".join(
        f"c{i},Criterion {i},10,1\n" for i in range(criteria)))
    if scores:
        rng = random.Random(seed)
        (folder / "scores.csv").write_text("juror,project,criterion,score\n" + "".join(
            f"J{j},P{p},c{c},{rng.randint(0, 10)}\n"
            for p in range(projects) for j in range(jurors) for c in range(criteria)))
    return folder


def run_beside(window, argv: list[str]) -> int:
    """`jury-room argv` while `window` has its file open, as a secretary would run it
    after closing the window: the window lets the file go (one Jury Room per file, and a
    command cannot open a file a Jury Room holds), the command runs, and the window
    opens the file again."""
    from app.service import JuryService
    from app.store import Store
    from main import main

    path = window.session.path
    window.session.close()
    try:
        return main(argv)
    finally:
        window.session.open(JuryService(Store.open(path)))
