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
    refused input changed nothing."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()
