"""Hostile and damaged spreadsheets (issue 13): each is refused in one line naming the
file, within limits on what is read, and a workbook's stale declared size is not trusted."""

import re
import time
import zipfile
from pathlib import Path

import pytest

from app.errors import InputError
from app.folder import import_folder, read_folder
from app.folder.limits import (TEXT_MAX_BYTES, XLSX_MAX_COLUMNS, XLSX_MAX_INFLATED,
                               XLSX_MAX_ROWS)
from main import main
from tests.helpers import db_dump, write_folder

HEADER = ["code", "title", "organization", "group", "category", "order"]


def workbook(path: Path, rows: int = 3, extra_columns: int = 0) -> Path:
    """A plain projects.xlsx with `rows` projects."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER + [f"x{i}" for i in range(extra_columns)])
    for i in range(1, rows + 1):
        sheet.append([f"P{i}", f"Project {i}", "Org", "RU", "", i] +
                     ["v"] * extra_columns)
    book.save(path)
    return path


def rewrite_member(path: Path, member: str, change) -> None:
    """Replace one part of the workbook's zip by `change(old text)`."""
    with zipfile.ZipFile(path) as zf:
        parts = {i.filename: zf.read(i.filename) for i in zf.infolist()}
    parts[member] = change(parts[member].decode("utf-8")).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)


def folder_with_workbook(tmp_path: Path) -> Path:
    folder = write_folder(tmp_path / "f", projects="")
    (folder / "projects.csv").unlink()
    workbook(folder / "projects.xlsx")
    return folder


BOMB = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(f'<!ENTITY lol{i + 1} "{("&lol%s;" % (i or "")) * 10}">' for i in range(9))
        + ']>')
EXTERNAL = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


@pytest.mark.parametrize("doctype, entity", [(BOMB, "&lol9;"), (EXTERNAL, "&xxe;")])
def test_an_xml_bomb_or_external_entity_is_refused_in_one_line(tmp_path, capsys, doctype,
                                                               entity):
    """A sheet declaring entities (a billion laughs, a file on this computer) ends in
    one line naming projects.xlsx, exit 2, no database made; not a traceback."""
    folder = folder_with_workbook(tmp_path)
    rewrite_member(folder / "projects.xlsx", "xl/worksheets/sheet1.xml",
                   lambda xml: doctype + re.sub(r"^<\?xml[^>]*\?>", "", xml).replace(
                       "<v>Project 1</v>", f"<v>{entity}</v>").replace(
                       '<c r="B2" t="inlineStr"><is><t>Project 1</t></is></c>',
                       f'<c r="B2" t="inlineStr"><is><t>{entity}</t></is></c>'))
    db = tmp_path / "c.jury"
    assert main(["import", str(db), str(folder)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "projects.xlsx" in err
    assert "Traceback" not in err and "root:" not in err
    assert not db.exists()


def test_a_truncated_workbook_is_refused_in_one_line(tmp_path, capsys):
    """A workbook cut short (a broken download) is named, not a traceback."""
    folder = folder_with_workbook(tmp_path)
    path = folder / "projects.xlsx"
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    assert main(["import", str(tmp_path / "c.jury"), str(folder)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "projects.xlsx" in err and "damaged" in err


def test_a_workbook_that_inflates_beyond_the_limit_is_refused_before_it_is_read(tmp_path):
    """A small file whose parts unpack to more than the limit (a zip bomb) is refused from
    the zip's directory, before openpyxl inflates a byte."""
    folder = folder_with_workbook(tmp_path)
    path = folder / "projects.xlsx"
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zf:
        with zf.open("xl/media/padding.bin", "w") as member:
            chunk = b"\0" * (4 * 1024 * 1024)
            for _ in range(XLSX_MAX_INFLATED // len(chunk) + 2):
                member.write(chunk)
    assert path.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(InputError) as err:
        read_folder(folder)
    assert err.value.file == "projects.xlsx" and "unpacks to" in str(err.value)


def test_a_workbook_with_too_many_rows_or_columns_is_refused(tmp_path):
    """Beyond 10,000 rows or 100 columns a sheet is refused clearly."""
    from app.folder.read import read_one_table

    path = workbook(tmp_path / "projects.xlsx", rows=XLSX_MAX_ROWS + 1)
    with pytest.raises(InputError) as err:
        read_one_table(path)
    assert "more than 10,000 rows" in str(err.value)
    (tmp_path / "wide").mkdir()
    path = workbook(tmp_path / "wide" / "projects.xlsx", rows=2, extra_columns=XLSX_MAX_COLUMNS)
    with pytest.raises(InputError) as err:
        read_one_table(path)
    assert "more than 100 columns" in str(err.value)


def test_a_stale_declared_size_still_imports_every_row(store, tmp_path):
    """A workbook whose `<dimension>` says A1:F5 but holds 12 projects imports all 12
    (openpyxl's read-only mode trusts the dimension unless told not to)."""
    folder = folder_with_workbook(tmp_path)
    path = folder / "projects.xlsx"
    workbook(path, rows=12)
    rewrite_member(path, "xl/worksheets/sheet1.xml",
                   lambda xml: re.sub(r'<dimension ref="[^"]*"\s*/>',
                                      '<dimension ref="A1:F5"/>', xml))
    with zipfile.ZipFile(path) as zf:
        assert '<dimension ref="A1:F5"/>' in zf.read("xl/worksheets/sheet1.xml").decode()
    import_folder(store, folder)
    assert len(store.load().projects) == 12


def test_a_huge_csv_is_refused_without_being_read(store, tmp_path):
    """A 200 MB scores.csv is refused by its size at once (it is not loaded: the file
    here is sparse, and reading it would take seconds), and nothing changes."""
    folder = write_folder(tmp_path / "f")
    import_folder(store, folder)
    before = db_dump(store.path)
    with open(folder / "scores.csv", "wb") as f:
        f.write(b"juror,project,criterion,score\n")
        f.truncate(200 * 1024 * 1024)
    assert (folder / "scores.csv").stat().st_size > TEXT_MAX_BYTES
    started = time.perf_counter()
    with pytest.raises(InputError) as err:
        import_folder(store, folder)
    assert time.perf_counter() - started < 1.0
    assert err.value.file == "scores.csv" and "200 MB" in str(err.value)
    assert db_dump(store.path) == before
