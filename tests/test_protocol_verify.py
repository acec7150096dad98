"""`jury-room protocol` and `jury-room verify`: exit codes, messages, what verify notices."""

import io
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

from app.fingerprint import fingerprint
from app.model import Decision
from app.protocol import compare, read_stamp, render_protocol, verify
from app.protocol.stamp import Stamp
from app.store import Store
from app.service import JuryService
from main import main
from tests.protocol_build import generated

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def printed(demo_store, tmp_path, capsys):
    """The demo database (closed: a command cannot open a file a Jury Room holds) and a
    protocol just printed from it by the command line."""
    demo_store.close()
    pdf = tmp_path / "protocol.pdf"
    assert main(["protocol", str(demo_store.path), "-o", str(pdf)]) == 0
    out = capsys.readouterr()
    assert "wrote protocol No." in out.out and "DRAFT, not for signature" in out.err
    return demo_store.path, pdf


def test_verify_passes_on_a_fresh_protocol(printed, capsys):
    """Exit 0 and a line saying it matches, naming the fingerprint."""
    path, pdf = printed
    assert main(["verify", str(pdf), str(path)]) == 0
    out = capsys.readouterr().out
    with Store.open(path, read_only=True) as store:
        assert "matches" in out and fingerprint(store.load()) in out


def test_verify_fails_after_one_mark_changes_and_says_marks_differ(printed, capsys):
    """One changed mark: exit 1, and the message names the marks (and only the marks)."""
    path, pdf = printed
    with Store.open(path) as store:
        store.set_mark("J1", "RU-01", "relevance", 9.5)
    assert main(["verify", str(pdf), str(path)]) == 1
    err = capsys.readouterr().err
    assert "does NOT match" in err
    assert "marks differ (204 in the protocol, 204 in the database)" in err
    assert "projects differ" not in err and "settings differ" not in err


def test_verify_counts_an_added_mark(printed, capsys):
    """A mark added since printing shows as a different count."""
    path, pdf = printed
    with Store.open(path) as store:
        store.set_mark("J5", "RU-05", "relevance", 8)
    assert main(["verify", str(pdf), str(path)]) == 1
    assert "marks differ (204 in the protocol, 205 in the database)" in capsys.readouterr().err


def test_verify_notices_finalization(printed, capsys):
    """Finalizing after printing a provisional protocol: the printed one no longer matches."""
    path, pdf = printed
    with Store.open(path) as store:
        store.finalize(True)
    assert main(["verify", str(pdf), str(path)]) == 1
    assert "finalized since the protocol was printed" in capsys.readouterr().err


def test_verify_exits_2_on_a_pdf_that_is_not_a_protocol(tmp_path, demo_store, capsys):
    """Any other PDF: exit 2, one line, naming the file."""
    other = tmp_path / "letter.pdf"
    c = Canvas(str(other))
    c.drawString(100, 700, "Dear organisers")
    c.save()
    assert main(["verify", str(other), str(demo_store.path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "letter.pdf" in err and "not a Jury Room protocol" in err


def test_verify_exits_2_on_a_file_that_is_not_a_pdf(tmp_path, demo_store, capsys):
    """A text file named .pdf, and a missing file: exit 2 with a clear line."""
    fake = tmp_path / "fake.pdf"
    fake.write_text("juror,project\n", encoding="utf-8")
    assert main(["verify", str(fake), str(demo_store.path)]) == 2
    assert "not a PDF file" in capsys.readouterr().err
    assert main(["verify", str(tmp_path / "none.pdf"), str(demo_store.path)]) == 2
    assert "no such file" in capsys.readouterr().err


def test_verify_exits_2_on_a_damaged_pdf(tmp_path, demo_store, capsys):
    """A PDF header followed by rubbish is unreadable: exit 2, not a traceback."""
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 50)
    assert main(["verify", str(broken), str(demo_store.path)]) == 2
    assert "broken.pdf" in capsys.readouterr().err


def test_verify_exits_2_on_a_missing_database(printed, tmp_path, capsys):
    """The database must exist; verify never creates one."""
    _, pdf = printed
    assert main(["verify", str(pdf), str(tmp_path / "none.jury")]) == 2
    assert "no such database" in capsys.readouterr().err
    assert not (tmp_path / "none.jury").exists()


def test_protocol_needs_an_output_and_a_known_language(demo_store, tmp_path, capsys):
    """Usage errors exit 2: no -o, or a language the catalogue does not have."""
    for argv in (["protocol", str(demo_store.path)],
                 ["protocol", str(demo_store.path), "-o", str(tmp_path / "p.pdf"),
                  "--lang", "xx"]):
        with pytest.raises(SystemExit) as exc:
            main(argv)
        assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "-o/--output" in err and "invalid choice: 'xx'" in err
    assert not (tmp_path / "p.pdf").exists()


def test_protocol_twice_gives_the_same_file(demo_store, tmp_path):
    """Two runs of the command on the same database write byte-identical PDFs."""
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    demo_store.close()  # a command cannot open a file a Jury Room holds
    assert main(["protocol", str(demo_store.path), "-o", str(a)]) == 0
    assert main(["protocol", str(demo_store.path), "-o", str(b)]) == 0
    assert a.read_bytes() == b.read_bytes()


def test_fingerprint_is_read_from_the_page_when_metadata_is_lost(tmp_path):
    """A copy whose metadata was stripped (as some tools do) still verifies, from the
    fingerprint printed on page 1."""
    comp = generated(8, 3, tie=False)
    data, _ = render_protocol(comp)
    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(data)).pages:
        writer.add_page(page)
    stripped = tmp_path / "stripped.pdf"
    with open(stripped, "wb") as fh:
        writer.write(fh)
    assert "/Keywords" not in (PdfReader(stripped).metadata or {})
    stamp = read_stamp(stripped)
    assert stamp.fingerprint == fingerprint(comp) and not stamp.sections
    assert verify(stripped, comp).ok
    verdict = verify(stripped, replace(comp, finalized=not comp.finalized))
    assert not verdict.ok
    assert verdict.differences == ("the data differs from what the protocol was made from",)


def test_a_page_that_disagrees_with_the_metadata_is_an_altered_file():
    """If the printed fingerprint differs from the embedded one, verify fails even when
    the embedded one matches the data."""
    comp = generated(8, 3, tie=False)
    fp = fingerprint(comp)
    verdict = compare(Stamp(fp, visible="0" * 64), comp)
    assert not verdict.ok
    assert "has been altered" in verdict.differences[0]
    assert compare(Stamp(fp, visible=fp), comp).ok


def test_decision_change_is_named(tmp_path):
    """A reason edited after printing: verify says the decisions differ."""
    comp = generated(40, 6)
    path = tmp_path / "p.pdf"
    path.write_bytes(render_protocol(comp)[0])
    code, d = next(iter(comp.decisions.items()))
    edited = replace(comp, decisions={**comp.decisions,
                                      code: Decision(code, d.winner, "другая причина",
                                                     d.decided_at, d.basis)})
    verdict = verify(path, edited)
    assert verdict.differences == ("decisions differ (2 in the protocol, 2 in the database)",)


def test_service_prints_with_the_time_of_the_last_change(demo_store, tmp_path):
    """The GUI's path: the service writes the protocol with the newest audit time."""
    service = JuryService(demo_store)
    assert demo_store.last_changed_at() == "2026-10-05T10:00:00+00:00"
    seen = []
    printed = service.print_protocol(tmp_path / "p.pdf", progress=seen.append)
    assert seen[-1] == 1.0 and printed.pages >= 3
    text = PdfReader(printed.path).pages[0].extract_text()
    # the demo met in Omsk: the time printed is the room's clock, six hours ahead of UTC
    assert "5 October 2026, 16:00 (Asia/Omsk, UTC+6)" in text
    assert verify(printed.path, demo_store.load()).ok


def test_last_changed_at_is_none_for_an_empty_store(store):
    """A new database has no history, so no time of last change."""
    assert store.last_changed_at() is None


def test_a_truncated_protocol_is_refused_in_one_line_by_the_command(printed, tmp_path):
    """A protocol cut short (a download that stopped half way) is refused with exactly one
    line on stderr, naming the file, exit 2: pypdf's own note about the missing end of the
    file ("EOF marker not found") used to be printed above it. Run as a separate process,
    as a secretary runs it: under pytest the logging plugin would swallow that note."""
    path, pdf = printed
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(pdf.read_bytes()[:20000])
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "verify", str(cut),
                          str(path)], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and "cut.pdf" in out.stderr, out.stderr
