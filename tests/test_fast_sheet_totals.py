"""Fast: `results` ranks from each juror's sheet total summed by SQLite
(app.store.fast.sheet_totals, app.scoring.fast.sheet_totals); plain twin: every mark read
and summed (app.scoring.totals.prepare). The same results to the last bit, and the plain
way taken whenever the sums could not be exact."""

import random
import sqlite3
from pathlib import Path

import pytest

from app.model import Competition, Criterion, Juror, Project, Settings
from app.scoring import compute
from app.store import Store


def _random_competition(rng: random.Random, weights) -> Competition:
    projects = tuple(Project(f"P{i}", f"Project {i}", group=f"G{i % 2}", order=i + 1,
                             withdrawn=rng.random() < 0.1) for i in range(12))
    jurors = tuple(Juror(f"J{i}", f"Juror {i}", role="secretary" if i == 5 else "member",
                         order=i + 1) for i in range(6))
    criteria = tuple(Criterion(f"c{i}", f"C{i}", 10, w, order=i + 1)
                     for i, w in enumerate(weights))
    marks = {(j.code, p.code, c.code): rng.randrange(0, 21) / 2
             for p in projects for j in jurors for c in criteria if rng.random() < 0.85}
    pairs = [(j.code, p.code) for p in projects for j in jurors]
    return Competition(
        Settings(title="Random", method=rng.choice(["mean", "trimmed_mean", "median"]),
                 normalize=rng.choice(["none", "zscore"]), score_step=0.5,
                 tie_break=("c1", "c0"), winners_per_group=2),
        projects, jurors, criteria, marks, frozenset(rng.sample(pairs, 6)),
        frozenset(rng.sample(pairs, 4)))


def _store_of(tmp_path, comp: Competition, name: str) -> Path:
    from app.store import codec

    path = tmp_path / f"{name}.jury"
    with Store.open(path) as store:
        with store.transaction("import", bulk=True) as tx:
            for key, value in codec.settings_items(comp.settings):
                tx.set_setting(key, value)
            tx.put_many("projects", [codec.project_row(p) for p in comp.projects])
            tx.put_many("jurors", [codec.juror_row(j) for j in comp.jurors])
            tx.put_many("criteria", [codec.criterion_row(c) for c in comp.criteria])
            tx.put_rows("marks", ("juror", "project", "criterion", "score"),
                        [(*k, s) for k, s in comp.marks.items()])
            tx.put_many("recusals", [{"juror": j, "project": p} for j, p in comp.recusals])
            tx.put_many("absences", [{"juror": j, "project": p} for j, p in comp.absences])
    return path


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("weights", [(1, 1.5, 2), (0.3, 1, 0.7), (1e6, 0.000001, 0.3)])
def test_results_from_sheet_totals_equal_results_from_every_mark(tmp_path, seed, weights):
    """Partial sheets, recusals, absences, withdrawals, a secretary's marks, ties and every
    method: the command's results are the full computation's, to the last bit. Decimal
    weights (0.3, 10^6 beside 10^-6) are summed exactly in whole units by SQLite too."""
    from app.cli.results import _results, format_results

    comp = _random_competition(random.Random(seed), weights)
    path = _store_of(tmp_path, comp, f"r{seed}")
    with Store.open(path, read_only=True) as store:
        with store.reading():
            exact = store.sheet_totals() is not None
        loaded, results = _results(store)
        expected = compute(store.load())
    assert exact
    assert results.projects == expected.projects and results.outliers == expected.outliers
    assert results.warnings == expected.warnings
    assert format_results(loaded, results) == format_results(store_load(path), expected)


def store_load(path):
    with Store.open(path, read_only=True) as store:
        return store.load()


def test_a_mark_off_the_grid_takes_the_plain_way(cup_db):
    """A score written by hand as 7.33 is off the grid of the score step's decimals, so
    SQLite's whole units would not be exact: no sheet totals."""
    conn = sqlite3.connect(cup_db)
    conn.execute("UPDATE marks SET score = 7.33 WHERE juror = 'J1'")
    conn.commit()
    conn.close()
    with Store.open(cup_db, read_only=True) as store:
        with store.reading():
            assert store.sheet_totals() is None


@pytest.mark.parametrize("edit", [
    "INSERT INTO marks VALUES ('J1', 'P2', 'nosuch', 5)",    # names no criterion
    "UPDATE marks SET score = 1e15 WHERE juror = 'J2'",     # a sheet float sums cannot hold
    "INSERT INTO marks VALUES ('J1', 'P2', 'a', 7.25)",     # off the grid, one mark of three
])
def test_any_one_mark_the_sums_cannot_hold_takes_the_plain_way(cup_db, edit):
    """The check looks at each distinct (score, criterion) once, so one bad mark among
    many good ones still refuses the sums: a criterion nobody defined, a score too large
    for a float sum to stay exact, a score off the step's grid."""
    conn = sqlite3.connect(cup_db)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(edit)
    conn.commit()
    conn.close()
    with Store.open(cup_db, read_only=True) as store:
        with store.reading():
            assert store.sheet_totals() is None


def test_good_marks_give_sheet_totals(cup_db):
    """The same small cup untouched: the sums are exact, one row per sheet."""
    with Store.open(cup_db, read_only=True) as store:
        with store.reading():
            rows = store.sheet_totals()
    assert rows is not None and sorted(r[:3] for r in rows) == [("P1", "J1", 1), ("P1", "J2", 1)]
