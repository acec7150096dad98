"""`jury-room verify` of a photo or scan of the signed paper: its QR code is read and
compared with the data. The "photos" are made here: page 1 rendered, turned a few
degrees, scaled, blurred, given noise and saved as JPEG, as a phone would."""

import random
import shutil

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageFilter

from app.service import JuryService
from app.store import Store
from main import main


@pytest.fixture
def printed(demo_store, tmp_path, capsys):
    """The demo database (closed) and its protocol printed by the command line."""
    demo_store.close()
    pdf = tmp_path / "protocol.pdf"
    assert main(["protocol", str(demo_store.path), "-o", str(pdf)]) == 0
    capsys.readouterr()
    return demo_store.path, pdf


def _page(pdf, index=0, dpi=150) -> Image.Image:
    doc = pdfium.PdfDocument(str(pdf))
    try:
        return doc[index].render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        doc.close()


def _photo(pdf, out, *, angle=4.0, scale=0.7, seed=1):
    """Page 1 as a phone photo: turned, on a grey desk, scaled, noisy, blurred, JPEG."""
    page = _page(pdf).rotate(angle, expand=True, fillcolor=(90, 90, 90),
                             resample=Image.BICUBIC)
    page = page.resize((int(page.width * scale), int(page.height * scale)))
    # the same noise on every run: a seeded grain of random grey levels
    rnd = random.Random(seed)
    noise = Image.frombytes("L", page.size, rnd.randbytes(page.width * page.height))
    page = Image.blend(page, noise.convert("RGB"), 0.12).filter(ImageFilter.GaussianBlur(0.8))
    page.save(out, "JPEG", quality=70)
    return out


def _verify(capsys, path, db):
    code = main(["verify", str(path), str(db)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_a_photo_of_page_1_is_accepted_and_says_what_it_proves(printed, tmp_path, capsys):
    """A tilted, noisy, blurred JPEG of page 1: exit 0, 'the QR code of this photo or scan
    checked', and the note that its text is not compared."""
    db, pdf = printed
    code, text = _verify(capsys, _photo(pdf, tmp_path / "photo.jpg"), db)
    assert code == 0, text
    assert "QR code of this photo or scan checked" in text
    assert "not that its text is untouched" in text


def test_a_photo_turned_sideways_and_a_png_scan_are_accepted(printed, tmp_path, capsys):
    """A photo taken sideways (90° and a bit) and a clean PNG scan both pass."""
    db, pdf = printed
    code, text = _verify(capsys, _photo(pdf, tmp_path / "side.jpg", angle=92, scale=1.2), db)
    assert code == 0, text
    png = tmp_path / "scan.png"
    _page(pdf, dpi=200).convert("L").save(png)
    code, text = _verify(capsys, png, db)
    assert code == 0, text


def test_a_scanned_pdf_of_images_is_accepted(printed, tmp_path, capsys):
    """A PDF whose pages are images (a scanner's output, no text, no metadata), a blank
    cover sheet first: the QR code is found on the protocol's page 1 (the scan's page 2)
    and it passes as a scan."""
    db, pdf = printed
    pages = [_page(pdf, i, dpi=120).convert("L") for i in range(3)]
    pages.insert(0, Image.new("L", pages[0].size, 255))
    scan = tmp_path / "scan.pdf"
    pages[0].save(scan, "PDF", save_all=True, append_images=pages[1:], resolution=120)
    code, text = _verify(capsys, scan, db)
    assert code == 0, text
    assert "QR code of this photo or scan checked" in text


def test_a_photo_of_another_competitions_protocol_is_refused(printed, tmp_path, capsys):
    """A photo of the protocol of other data (one mark changed in a copy): exit 1, 'does
    NOT match', both fingerprints shown."""
    db, _ = printed
    other_db = tmp_path / "other.jury"
    shutil.copy(db, other_db)
    with Store.open(other_db) as store:
        store.set_mark("J1", "RU-01", "relevance", 9.5)
        JuryService(store).print_protocol(tmp_path / "other.pdf")
    code, text = _verify(capsys, _photo(tmp_path / "other.pdf", tmp_path / "o.jpg"), db)
    assert code == 1 and "does NOT match" in text
    assert "printed from other data" in text


def test_a_photo_of_the_draft_after_finalize_says_so(printed, tmp_path, capsys):
    """The paper photographed is the draft; the competition was finalized since: the
    message says that, not just 'other data'."""
    db, pdf = printed
    photo = _photo(pdf, tmp_path / "draft.jpg")
    with Store.open(db) as store:
        store.finalize(True)
    code, text = _verify(capsys, photo, db)
    assert code == 1 and "finalized since the paper was printed" in text


@pytest.mark.parametrize("name, content", [
    ("blank.png", None),
    ("broken.jpg", b"\xff\xd8\xff\xe0" + b"\x00garbage" * 20),
    ("notes.txt", b"juror,project\n"),
])
def test_bad_images_exit_2_with_one_line(printed, tmp_path, capsys, name, content):
    """An image with no QR code, a damaged JPEG and a text file: exit 2, one line naming
    the file and what is wrong."""
    db, _ = printed
    path = tmp_path / name
    if content is None:
        Image.new("L", (800, 1100), 255).save(path)
    else:
        path.write_bytes(content)
    assert main(["verify", str(path), str(db)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and name in err
    assert any(words in err for words in ("no Jury Room QR code", "damaged or unreadable image",
                                          "not a PDF file nor a PNG or JPEG image"))
