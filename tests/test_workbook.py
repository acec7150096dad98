"""The results workbook for the organisers, read back with openpyxl."""

from dataclasses import replace

import openpyxl
import pytest

from app.cli import run
from app.model import Decision, Project
from app.reports.workbook import workbook_bytes
from app.scoring import compute, decision_basis
from tests.scoring_build import build


def _load(data: bytes, tmp_path):
    path = tmp_path / "r.xlsx"
    path.write_bytes(data)
    return openpyxl.load_workbook(path)


def _competition():
    # A: (9 + 7)/2 = 8 wins group G; B and C tie at 5 for group H's one place
    c = build({"A": {"J1": 9, "J2": 7}, "B": {"J1": 5, "J2": 5}, "C": {"J1": 6, "J2": 4}},
              groups={"A": "G", "B": "H", "C": "H"}, per_group=1, recused=[])
    basis = decision_basis(c, "B")
    return replace(c, decisions={
        "B": Decision("B", True, "stronger partnership", "2026-11-28T10:00:00+00:00", basis),
        "C": Decision("C", False, "stronger partnership", "2026-11-28T10:00:00+00:00", basis)})


def test_three_sheets_with_numbers_as_numbers_and_frozen_headers(tmp_path):
    """Ranking, Statement and Decisions; places and scores are numbers, every header row
    is frozen and every used column has a width."""
    wb = _load(workbook_bytes(_competition(), "en"), tmp_path)
    assert wb.sheetnames == ["Ranking", "Statement", "Decisions"]
    for ws in wb:
        assert ws.freeze_panes == "A2"
        for col in range(1, ws.max_column + 1):
            letter = openpyxl.utils.get_column_letter(col)
            assert ws.column_dimensions[letter].width and ws.column_dimensions[letter].width > 4
    rows = list(wb["Ranking"].iter_rows(min_row=2, values_only=True))
    a = next(r for r in rows if r[3] == "A")
    assert a[0] == "G" and a[1] == 1 and a[6] == 8 and a[7] == "yes"
    b = next(r for r in rows if r[3] == "B")
    assert b[7] == "yes" and "by the jury's decision" in b[8] and "tie" in b[8]
    c = next(r for r in rows if r[3] == "C")
    assert c[7] == "no"
    assert isinstance(a[6], (int, float)) and isinstance(a[2], int)


def test_the_statement_lists_every_mark_and_the_total(tmp_path):
    """One row per project × juror with each criterion's mark (a number) and the total."""
    wb = _load(workbook_bytes(_competition(), "en"), tmp_path)
    rows = list(wb["Statement"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == 3 * 2
    assert rows[0][:5] == ("A", "Project A", "J1", "Juror J1", 9)
    assert rows[0][5] == 9          # the total: weight 1 × 9


def test_recused_and_absent_cells_are_said_so(tmp_path):
    """A recused sheet reads 'recused' in each criterion column and has no total."""
    c = build({"A": {"J1": 9, "J2": 7}}, total=1, recused=[("J2", "A")])
    wb = _load(workbook_bytes(c, "en"), tmp_path)
    rows = list(wb["Statement"].iter_rows(min_row=2, values_only=True))
    assert rows[1][2:] == ("J2", "Juror J2", "recused", None)


def test_decisions_sheet_has_each_reason(tmp_path):
    """Each recorded decision is a row: project, winner yes/no, the reason."""
    wb = _load(workbook_bytes(_competition(), "en"), tmp_path)
    rows = list(wb["Decisions"].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[2], r[3]) for r in rows] == [("B", "yes", "stronger partnership"),
                                                 ("C", "no", "stronger partnership")]


def test_a_title_that_looks_like_a_formula_stays_text(tmp_path):
    """`=HYPERLINK(...)` as a title is written as a string cell, never a formula."""
    c = build({"A": {"J1": 9}}, total=1)
    evil = '=HYPERLINK("http://example.invalid","click")'
    c = replace(c, projects=(Project("A", evil, group="G", order=1),))
    wb = _load(workbook_bytes(c, "en"), tmp_path)
    cell = wb["Ranking"]["E2"]
    assert cell.value == evil and cell.data_type == "s"
    raw = (tmp_path / "r.xlsx").read_bytes()
    import zipfile, io
    sheet = zipfile.ZipFile(io.BytesIO(raw)).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet


@pytest.mark.parametrize("lang, sheet", [("ru", "Рейтинг"), ("kk", "Рейтинг"),
                                         ("ru+kk", "Рейтинг")])
def test_headers_in_each_language(tmp_path, lang, sheet):
    """Russian, Kazakh or both: the headers follow the language; sheet names are one
    language (a slash is not allowed in a sheet's name)."""
    wb = _load(workbook_bytes(_competition(), lang), tmp_path)
    assert wb.sheetnames[0] == sheet
    header = [c.value for c in wb[sheet][1]]
    if lang == "ru+kk":
        assert "Место в группе / Топтағы орны" in header
    assert "/" not in "".join(wb.sheetnames)


def test_export_to_an_xlsx_file_from_the_command_line(tmp_path, capsys):
    """`jury-room export DB FILE.xlsx` writes the workbook (a FOLDER still gets the
    folder); an unknown language is refused with exit 2 and no file."""
    from tests.test_jury_agreement import flip_folder  # a clear verdict: B wins

    folder = flip_folder(tmp_path / "comp")
    db = tmp_path / "c.jury"
    assert run(["import", str(db), str(folder)]) == 0
    out = tmp_path / "results.xlsx"
    assert run(["export", str(db), str(out)]) == 0
    wb = openpyxl.load_workbook(out)
    first = list(wb["Ranking"].iter_rows(min_row=2, values_only=True))[0]
    assert first[3] == "B" and first[7] == "yes" and first[6] == 8
    bad = tmp_path / "bad.xlsx"
    assert run(["export", str(db), str(bad), "--lang", "xx"]) == 2
    assert not bad.exists()
    assert "language" in capsys.readouterr().err
