"""A large competition folder for the benchmarks: projects × jurors × criteria marks.

Deterministic (seeded) so that every run measures the same work.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

GROUPS = ("Россия", "Қазақстан")


def generate(folder: Path, projects: int, jurors: int, criteria: int, seed: int = 7) -> Path:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "competition.toml").write_text(
        'title = "Benchmark — Ұлттық кезең"\nvenue = "Астана"\ndates = ["2026-10-05"]\n'
        'group_label = "Country"\nmethod = "mean"\nscore_step = 0.5\n'
        'tie_break = ["c1", "c2"]\n[winners]\nper_group = 4\n', encoding="utf-8")

    def write(name, header, rows):
        with open(folder / name, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)

    pcodes = [f"P{i:04d}" for i in range(1, projects + 1)]
    write("projects.csv", ["code", "title", "organization", "group", "category", "order"],
          ([c, f"Проект {i} — жоба өңірлік даму", f"НКО «Өмір» {i}", GROUPS[i % 2], "", i]
           for i, c in enumerate(pcodes, start=1)))
    jcodes = [f"J{i:02d}" for i in range(1, jurors + 1)]
    write("jurors.csv", ["code", "name", "position", "role"],
          ([c, f"Жюри мүшесі {i}", "Министерство", "chair" if i == 1 else "member"]
           for i, c in enumerate(jcodes, start=1)))
    ccodes = [f"c{i}" for i in range(1, criteria + 1)]
    write("criteria.csv", ["code", "name", "max", "weight"],
          ([c, f"Критерий {i}", 10, 1 + (i % 3) * 0.5] for i, c in enumerate(ccodes, start=1)))
    write("scores.csv", ["juror", "project", "criterion", "score"],
          ([j, p, c, rng.randrange(0, 21) / 2] for p in pcodes for j in jcodes for c in ccodes))
    return folder


if __name__ == "__main__":
    import sys

    generate(Path(sys.argv[1]), *map(int, sys.argv[2:5]))
