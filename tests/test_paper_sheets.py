"""Score sheets: `jury-room sheets` and the window's button; read back with pypdf and
rendered with pdftoppm."""

import io
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from app.paper import codes
from app.paper.sheets_pdf import render_sheets, uses_grid
from app.store import Store
from main import main
from tests.helpers import db_dump


@pytest.fixture
def demo_db(tmp_path, demo_folder, capsys):
    path = tmp_path / "demo.jury"
    assert main(["import", str(path), str(demo_folder)]) == 0
    capsys.readouterr()
    return path


def _text(pdf) -> list[str]:
    return [page.extract_text() for page in PdfReader(pdf).pages]


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("lang", ["en", "ru", "kk", "ru+kk"])
def test_every_juror_and_project_reads_back_in_running_order(demo_db, tmp_path, capsys, lang):
    """Each scoring juror has a sheet (and the secretary none) that starts on a new page
    and names the juror, their sheet code and every project (code, title,
    organisation) in the running order, with each criterion's name."""
    pdf = tmp_path / "s.pdf"
    assert main(["sheets", str(demo_db), "-o", str(pdf), "--lang", lang]) == 0
    assert "6 score sheet(s)" in capsys.readouterr().out
    with Store.open(demo_db, read_only=True) as store:
        comp = store.load()
    pages = _text(pdf)
    by_code: dict[str, str] = {}
    for text in pages:
        code = re.search(r"J\d-[0-9A-F]{4}-[0-9A-F]{4}", text).group(0)
        by_code[code] = by_code.get(code, "") + "\n" + text
    assert sorted(by_code) == sorted(codes.sheet_code(comp, j.code)
                                     for j in comp.scoring_jurors)
    for j in comp.scoring_jurors:
        text = by_code[codes.sheet_code(comp, j.code)]
        flat = _flat(text)
        assert j.name in flat
        where = [flat.index(f"{p.order}. {p.code}") for p in comp.running_order]
        assert where == sorted(where)  # the running order, as the Scoring screen keys it
        for p in comp.running_order:
            assert _flat(p.title) in flat and _flat(p.organization) in flat
        for c in comp.criteria:
            assert _flat(c.name)[:20] in flat
    secretary = [j for j in comp.jurors if not j.scores][0]
    assert secretary.name not in "".join(pages)


def test_one_juror_only_and_bad_input_refused(demo_db, tmp_path, capsys):
    """--juror prints that juror's sheet alone, with "page X of Y" counted within it; an
    unknown juror or language is one line, exit 2, and no file written."""
    pdf = tmp_path / "j3.pdf"
    assert main(["sheets", str(demo_db), "-o", str(pdf), "--juror", "J3"]) == 0
    pages = _text(pdf)
    assert all("J3-" in t for t in pages)
    assert f"Page 1 of {len(pages)}" in pages[0] and \
        f"Page {len(pages)} of {len(pages)}" in pages[-1]
    before = db_dump(demo_db)
    for args, says in ((["--juror", "S1"], "'S1' is the secretary, who does not score"),
                       (["--juror", "J9"], "unknown juror 'J9': the jurors are J1, J2"),
                       (["--lang", "de"], "de")):
        out = tmp_path / "bad.pdf"
        assert main(["sheets", str(demo_db), "-o", str(out), *args]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and says in err, err
        assert args[1] != "J9" or "secretary" not in err      # issue 17: it said so
        assert not out.exists()
    assert db_dump(demo_db) == before


def test_the_same_setup_prints_the_same_bytes_and_its_fingerprint(demo_db, tmp_path):
    """Nothing comes from the clock; the metadata names the competition and set-up."""
    with Store.open(demo_db, read_only=True) as store:
        comp = store.load()
    one, two = render_sheets(comp, lang="ru+kk"), render_sheets(comp, lang="ru+kk")
    assert one == two
    meta = PdfReader(io.BytesIO(one)).metadata
    assert codes.setup_fingerprint(comp) in meta["/Keywords"]


def test_a_grid_of_boxes_or_a_box_to_write_in(demo_db):
    """Whole points 0–10 (11 values) print as a row of numbered boxes; half points
    (21 values) as one box with the allowed values beside it."""
    from dataclasses import replace

    with Store.open(demo_db, read_only=True) as store:
        comp = store.load()
    assert not uses_grid(10, 0.5) and uses_grid(10, 1)
    half = _flat(PdfReader(io.BytesIO(render_sheets(comp, juror="J1"))).pages[0]
                 .extract_text())
    assert "0 – 10, whole or half points" in half
    whole = replace(comp, settings=replace(comp.settings, score_step=1.0))
    text = _flat(PdfReader(io.BytesIO(render_sheets(whole, juror="J1"))).pages[0]
                 .extract_text())
    assert "0 1 2 3 4 5 6 7 8 9 10" in text
    assert "whole or half points" not in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
def test_a_long_kazakh_title_wraps_inside_its_block(demo_db, tmp_path):
    """A 150-character Kazakh title prints whole (wrapped, nothing cut), and the
    rendered page has its QR code in the top right corner."""
    from dataclasses import replace

    title = ("Қазақстанның ауылдық жерлеріндегі жастарға арналған цифрлық сауаттылық пен "
             "кәсіпкерлік дағдыларын дамытудың көпжылдық өңіраралық бағдарламасының жобасы")
    assert len(title) >= 150
    with Store.open(demo_db, read_only=True) as store:
        comp = store.load()
    projects = tuple(replace(p, title=title) if p.code == "RU-01" else p
                     for p in comp.projects)
    data = render_sheets(replace(comp, projects=projects), juror="J2", lang="kk")
    flat = _flat(PdfReader(io.BytesIO(data)).pages[0].extract_text())
    assert title in flat
    pdf = tmp_path / "kk.pdf"
    pdf.write_bytes(data)
    ppm = subprocess.run(["pdftoppm", "-r", "30", "-f", "1", "-l", "1", str(pdf)],
                         capture_output=True, check=True).stdout
    header, pixels = ppm.split(b"\n255\n", 1)
    width, height = map(int, header.split()[1:3])
    dark = sum(1 for y in range(2, 25) for x in range(width - 30, width - 6)
               if pixels[3 * (y * width + x)] < 100)
    assert dark > 60, "the QR code is drawn top right"


def test_the_progress_screen_prints_the_current_jurors_sheet(window, qtbot, tmp_path,
                                                             monkeypatch):
    """On the board, the print button writes the score sheet of the juror under the
    cursor, and the PDF is opened."""
    from ui.ask import Ask
    from ui.main_window import PROGRESS

    target = tmp_path / "j2.pdf"
    opened = []
    monkeypatch.setattr(Ask, "save_file", staticmethod(lambda *a, **k: str(target)))
    monkeypatch.setattr(Ask, "open_path", staticmethod(lambda p: opened.append(p) or True))
    window.go(PROGRESS)
    board = window.progress
    board.view.setCurrentIndex(board.model.index(1, 0))
    board.print_button.click()
    assert opened == [target]
    assert all("J2-" in t for t in _text(target))
