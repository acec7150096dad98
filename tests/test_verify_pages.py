"""`jury-room verify` reads the pages: every visible change to a printed protocol is caught
and named by page, a copy re-saved by another PDF tool passes, and an incremental update
is named. Each altered file is made here, from the demo's protocol, the way a forger's
tool would make it (pikepdf, pypdf, a reportlab overlay)."""

import io
import re
import shutil

import pikepdf
import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import FreeText
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.protocol.check import check_file, read_evidence
from app.protocol.page_match import match_pages
from app.protocol.pixels import Area
from app.service import JuryService
from app.store import Store
from main import main

NUMBER = re.compile(rb"\((\d+,\d\d)\) Tj")


@pytest.fixture
def printed(demo_store, tmp_path, capsys):
    """The demo database (closed) and its Russian protocol printed by the command line:
    the ranking on pages 3 and 4, the consolidated statement after the signatures."""
    demo_store.close()
    pdf = tmp_path / "protocol.pdf"
    assert main(["protocol", str(demo_store.path), "-o", str(pdf), "--lang", "ru"]) == 0
    capsys.readouterr()
    return demo_store.path, pdf


def _verify(capsys, pdf, db):
    code = main(["verify", str(pdf), str(db)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _edit_page(pdf, out, index, change):
    """Rewrite page `index`'s content stream with `change(bytes) -> bytes` (pikepdf)."""
    with pikepdf.open(pdf) as doc:
        page = doc.pages[index]
        content = page.Contents.read_bytes()
        changed = change(content)
        assert changed != content
        page.Contents = doc.make_stream(changed)
        doc.save(out)
    return out


def test_the_protocol_as_printed_passes_and_says_every_page_was_checked(printed, capsys):
    """The untouched file: exit 0, 'every page checked'."""
    db, pdf = printed
    code, text = _verify(capsys, pdf, db)
    assert code == 0 and "every page checked" in text


def test_copies_resaved_by_pikepdf_and_pypdf_pass(printed, tmp_path, capsys):
    """Another tool's rewrite of the same pages (qpdf linearised with object streams and
    recompressed streams; pypdf's rewrite with identical objects merged) has other bytes
    but shows the same pages: both pass."""
    db, pdf = printed
    qpdf = tmp_path / "qpdf.pdf"
    with pikepdf.open(pdf) as doc:
        doc.save(qpdf, linearize=True, object_stream_mode=pikepdf.ObjectStreamMode.generate,
                 recompress_flate=True)
    rewritten = tmp_path / "pypdf.pdf"
    writer = PdfWriter(clone_from=str(pdf))
    writer.compress_identical_objects()
    writer.write(rewritten)
    for copy in (qpdf, rewritten):
        assert copy.read_bytes() != pdf.read_bytes()
        code, text = _verify(capsys, copy, db)
        assert code == 0, text


def test_one_changed_digit_is_caught_on_its_page(printed, tmp_path, capsys):
    """One score on the ranking (page 3) gets another last digit: exit 1, page 3 named,
    and no other page."""
    db, pdf = printed

    def one_digit(content):
        m = NUMBER.search(content)
        value = m.group(1)
        other = value[:-1] + (b"1" if value[-1:] != b"1" else b"7")
        return content[:m.start(1)] + other + content[m.end(1):]

    altered = _edit_page(pdf, tmp_path / "digit.pdf", 2, one_digit)
    code, text = _verify(capsys, altered, db)
    assert code == 1 and "does NOT match" in text
    assert "page 3 differs from the data's at about" in text
    assert "page 4" not in text and "page 2 " not in text


def test_two_swapped_codes_are_caught(printed, tmp_path, capsys):
    """RU-05 and RU-04 swapped on the ranking: page 3 differs."""
    db, pdf = printed

    def swap(content):
        return (content.replace(b"(RU-05) Tj", b"(XX) Tj").replace(b"(RU-04) Tj", b"(RU-05) Tj")
                .replace(b"(XX) Tj", b"(RU-04) Tj"))

    altered = _edit_page(pdf, tmp_path / "swapped.pdf", 2, swap)
    code, text = _verify(capsys, altered, db)
    assert code == 1 and "page 3 differs" in text


def test_an_overlay_is_caught_where_it_sits(printed, tmp_path, capsys):
    """A white patch with another number stamped over page 4 (reportlab, merged by pypdf):
    page 4 is named, near where the patch was drawn (60 mm from the left, 100 from the
    top)."""
    db, pdf = printed
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(210 * mm, 297 * mm))
    c.setFillColorRGB(1, 1, 1)
    c.rect(60 * mm, 192 * mm, 14 * mm, 5 * mm, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica", 8)
    c.drawString(60.5 * mm, 193.5 * mm, "39,99")
    c.save()
    writer = PdfWriter(clone_from=str(pdf))
    writer.pages[3].merge_page(PdfReader(buf).pages[0])
    altered = tmp_path / "overlay.pdf"
    writer.write(altered)
    code, text = _verify(capsys, altered, db)
    assert code == 1
    m = re.search(r"page 4 differs from the data's at about (\d+) mm from the left, (\d+) mm",
                  text)
    assert m, text
    assert 55 <= int(m.group(1)) <= 80 and 95 <= int(m.group(2)) <= 110


def test_a_removed_page_is_named_missing_and_the_others_still_match(printed, tmp_path,
                                                                    capsys):
    """Page 4 taken out: 'page 4 … is missing', the file has one page fewer than the
    protocol the data gives, and the pages after it are not reported as different."""
    db, pdf = printed
    with pikepdf.open(pdf) as doc:
        pages = len(doc.pages)
        del doc.pages[3]
        doc.save(tmp_path / "short.pdf")
    code, text = _verify(capsys, tmp_path / "short.pdf", db)
    assert code == 1
    assert "page 4 of the protocol the data gives is missing" in text
    assert f"the file has {pages - 1} pages, the protocol the data gives has {pages}" in text
    assert "differs" not in text


def test_an_extra_page_is_named(printed, tmp_path, capsys):
    """A copy of page 2 slipped in after page 2: page 3 is extra, nothing else."""
    db, pdf = printed
    with pikepdf.open(pdf) as doc:
        doc.pages.insert(2, doc.pages[1])
        doc.save(tmp_path / "long.pdf")
    code, text = _verify(capsys, tmp_path / "long.pdf", db)
    assert code == 1 and "page 3 is not in the protocol the data gives" in text
    assert "differs" not in text


def test_a_page_spliced_from_another_protocol_is_caught(printed, tmp_path, capsys):
    """Page 3 replaced by page 3 of a protocol printed after one mark changed (the same
    competition, other data): page 3 differs and no other page."""
    db, pdf = printed
    other_db = tmp_path / "other.jury"
    shutil.copy(db, other_db)
    with Store.open(other_db) as store:
        store.set_mark("J1", "RU-01", "relevance", 9.5)
        JuryService(store).print_protocol(tmp_path / "other.pdf", lang="ru")
    with pikepdf.open(pdf) as doc, pikepdf.open(tmp_path / "other.pdf") as other:
        doc.pages[2] = other.pages[2]
        doc.save(tmp_path / "spliced.pdf")
    code, text = _verify(capsys, tmp_path / "spliced.pdf", db)
    assert code == 1 and "page 3 differs" in text
    assert not re.search(r"page [1245] ", text)


def test_an_incremental_update_with_a_visible_note_is_caught_and_named(printed, tmp_path,
                                                                       capsys):
    """pypdf's incremental writer appends a text annotation on page 2: the original bytes
    are untouched and come first, yet page 2 differs and the update is named."""
    db, pdf = printed
    writer = PdfWriter(str(pdf), incremental=True)
    writer.add_annotation(1, FreeText(text="8,5", rect=(300, 500, 340, 520)))
    altered = tmp_path / "updated.pdf"
    writer.write(altered)
    assert altered.read_bytes().startswith(pdf.read_bytes())
    code, text = _verify(capsys, altered, db)
    assert code == 1 and "page 2 differs" in text
    assert "incremental update" in text


def test_an_incremental_update_that_changes_nothing_visible_passes_with_a_note(
        printed, tmp_path, capsys):
    """An incremental update that only adds metadata (as a digital signature adds what
    does not show): exit 0, and a note names the update."""
    db, pdf = printed
    writer = PdfWriter(str(pdf), incremental=True)
    writer.add_metadata({"/Reviewed": "yes"})
    altered = tmp_path / "signed.pdf"
    writer.write(altered)
    assert len(altered.read_bytes()) > len(pdf.read_bytes())
    code, text = _verify(capsys, altered, db)
    assert code == 0, text
    assert "note: changes were appended to the file after it was printed" in text


def test_a_protocol_whose_metadata_was_stripped_is_still_compared_page_by_page(
        printed, tmp_path, capsys):
    """Without /Keywords (so without the kind of document) the Russian protocol is still
    laid out again (the kind guessed from its language) and compared: the untouched pages
    pass, a changed digit on page 3 fails."""
    db, pdf = printed
    stripped = tmp_path / "stripped.pdf"
    with pikepdf.open(pdf) as doc:
        del doc.docinfo["/Keywords"]
        doc.save(stripped)
    assert read_evidence(stripped).stamp.kind is None
    code, text = _verify(capsys, stripped, db)
    assert code == 0, text

    def one_digit(content):
        return NUMBER.sub(lambda m: b"(" + m.group(1)[:-1] + b"9) Tj", content, count=1)

    code, text = _verify(capsys, _edit_page(stripped, tmp_path / "d.pdf", 2, one_digit), db)
    assert code == 1 and "page 3 differs" in text


def test_the_public_copy_and_a_final_protocol_in_two_languages_verify(printed, capsys,
                                                                      tmp_path):
    """The file says which document it is: a public copy in kk+ru, and the protocol for
    signature in ru+kk after finalize, each pass; pages 2 and 3 swapped fail, both
    named (each page prints its own number, so each is out of place)."""
    db, _ = printed
    public = tmp_path / "public.pdf"
    assert main(["protocol", str(db), "-o", str(public), "--lang", "kk+ru", "--public"]) == 0
    code, text = _verify(capsys, public, db)
    assert code == 0, text
    with Store.open(db) as store:
        store.finalize(True)
    final = tmp_path / "final.pdf"
    assert main(["protocol", str(db), "-o", str(final), "--lang", "ru+kk"]) == 0
    code, text = _verify(capsys, final, db)
    assert code == 0, text
    with Store.open(db, read_only=True) as store:
        source = JuryService(store).protocol_source()
        with pikepdf.open(final) as doc:
            doc.pages[1], doc.pages[2] = doc.pages[2], doc.pages[1]
            doc.save(tmp_path / "shuffled.pdf")
        found = check_file(tmp_path / "shuffled.pdf", source)
    named = {p.page for p in found.pages} | {p.expected for p in found.pages}
    assert not found.ok and named >= {2, 3}


def _printed_at(pdf, tmp_path, at):
    """A copy of `pdf` whose metadata says it was printed at `at` (as a forger sets it)."""
    moved = tmp_path / "moved.pdf"
    with pikepdf.open(pdf) as doc:
        keywords = str(doc.docinfo["/Keywords"])
        doc.docinfo["/Keywords"] = re.sub(r"printed=\S+", f"printed={at}", keywords)
        doc.save(moved)
    return moved


def test_a_printed_date_that_is_no_moment_of_the_history_is_caught(printed, tmp_path,
                                                                    capsys):
    """The date the file says it prints is taken from the file (later changes that leave
    the data as it was move the store's newest change on), so it is checked against the
    history: set to a moment with no change in it, the protocol fails, saying so."""
    db, pdf = printed
    code, text = _verify(capsys, _printed_at(pdf, tmp_path, "2026-10-06T09:00:00%2B00:00"), db)
    assert code == 1
    assert "(2026-10-06T09:00:00+00:00) is no moment of the data's history" in text


def test_a_printed_date_before_the_history_begins_fails_and_says_so(printed, tmp_path,
                                                                    capsys):
    """Backdated to before the file's first change, the protocol still fails, in words
    that send a reader holding a later copy of the data to the original file."""
    db, pdf = printed
    code, text = _verify(capsys, _printed_at(pdf, tmp_path, "2026-10-04T09:00:00%2B00:00"), db)
    assert code == 1
    assert "(2026-10-04T09:00:00+00:00) comes before this file's history begins" in text
    assert "no moment of the data's history" not in text


def test_a_later_copy_of_the_data_is_told_to_check_against_the_original(printed, tmp_path,
                                                                        capsys):
    """The organisers import the exported folder on their laptop and verify the signed
    protocol there: the data and every page match, and the one line left says the
    printed date can only be vouched for by the original file (not "no moment")."""
    db, pdf = printed
    folder, copy = tmp_path / "exported", tmp_path / "copy.jury"
    assert main(["export", str(db), str(folder)]) == 0
    assert main(["import", str(copy), str(folder)]) == 0
    capsys.readouterr()
    code, text = _verify(capsys, pdf, copy)
    assert code == 1
    assert "comes before this file's history begins" in text
    assert "check the protocol against the original file" in text
    assert "differs" not in text and "no moment" not in text


def test_a_damaged_pdf_exits_2_with_one_line(printed, tmp_path, capsys):
    """The protocol cut in half: one line naming the file, exit 2."""
    db, pdf = printed
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(pdf.read_bytes()[: len(pdf.read_bytes()) // 2])
    code = main(["verify", str(cut), str(db)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "cut.pdf" in err


def test_matching_pages_names_missing_extra_and_different_pages():
    """The walk over both page lists, on made-up pages: letters stand for what a page
    shows; lower case is a page that differs from its upper case twin."""
    def run(file, data):
        return [(f.what, f.page, f.expected) for f in match_pages(
            len(file), len(data),
            lambda i, j: None if file[i] == data[j] else Area(1, 1, 1))]

    assert run("ABCDE", "ABCDE") == []
    assert run("ABDE", "ABCDE") == [("missing", None, 3)]
    assert run("ABXCDE", "ABCDE") == [("extra", 3, None)]
    assert run("ABcDE", "ABCDE") == [("differs", 3, 3)]
    assert run("ABC", "ABCDE") == [("missing", None, 4), ("missing", None, 5)]
    assert run("AB", "ABCDEFGHIJ")[:1] == [("missing", None, 3)]
