"""File > Check a printed protocol or a photo of it: the window says what
`jury-room verify` says, naming the page that differs; the file dialog is answered by
the test."""

import re

import pikepdf
import pypdfium2 as pdfium
from PIL import Image

from ui.ask import Ask

NUMBER = re.compile(rb"\((\d+,\d\d)\) Tj")


def _answer(monkeypatch, path):
    filters = []

    def open_file(parent, title, flt, folder=""):
        filters.append(flt)
        return str(path)

    monkeypatch.setattr(Ask, "open_file", staticmethod(open_file))
    errors = []
    monkeypatch.setattr(Ask, "error", staticmethod(lambda parent, text: errors.append(text)))
    return filters, errors


def _printed(window, tmp_path):
    pdf = tmp_path / "protocol.pdf"
    window.session.service.print_protocol(pdf, lang="ru")
    return pdf


def test_the_printed_protocol_matches_and_a_changed_digit_names_its_page(
        window, tmp_path, monkeypatch):
    """The protocol as printed: 'Matches the data (every page checked)'. One digit
    changed on page 3: 'Does NOT match', and the list names page 3 and where. The file
    dialog offers images too."""
    pdf = _printed(window, tmp_path)
    filters, errors = _answer(monkeypatch, pdf)
    window.verdict_actions.check_action.trigger()
    dialog = window.verdict_actions.check_dialog
    assert errors == [] and dialog.ok
    assert "every page checked" in dialog.verdict.text()
    pages = len(pdfium.PdfDocument(str(pdf)))
    assert dialog.texts() == [f"All {pages} pages show what the data gives."]
    assert "*.png" in filters[0] and "*.jpg" in filters[0] and "*.pdf" in filters[0]
    dialog.close()

    altered = tmp_path / "altered.pdf"
    with pikepdf.open(pdf) as doc:
        page = doc.pages[2]
        content = page.Contents.read_bytes()
        page.Contents = doc.make_stream(NUMBER.sub(
            lambda m: b"(" + m.group(1)[:-1] + (b"1" if m.group(1)[-1:] != b"1" else b"2")
            + b") Tj", content, count=1))
        doc.save(altered)
    _answer(monkeypatch, altered)
    window.verdict_actions.check_action.trigger()
    dialog = window.verdict_actions.check_dialog
    assert not dialog.ok and "Does NOT match" in dialog.verdict.text()
    assert any(line.startswith("Page 3 differs, at about") for line in dialog.texts())
    assert not any("Page 2" in line or "Page 4" in line for line in dialog.texts())


def test_a_photo_is_accepted_with_what_it_proves_and_a_blank_image_is_refused(
        window, tmp_path, monkeypatch):
    """A JPEG of page 1 passes, the note saying its text is not compared; a white PNG
    with no QR code: one message saying so, no dialog."""
    pdf = _printed(window, tmp_path)
    doc = pdfium.PdfDocument(str(pdf))
    photo = tmp_path / "photo.jpg"
    doc[0].render(scale=2).to_pil().convert("RGB").rotate(3, expand=True,
                                                        fillcolor="grey").save(photo)
    doc.close()
    _answer(monkeypatch, photo)
    window.verdict_actions.check_action.trigger()
    dialog = window.verdict_actions.check_dialog
    assert dialog.ok and "QR code of this photo" in dialog.verdict.text()
    assert any("not that its text is untouched" in line for line in dialog.texts())
    dialog.close()

    blank = tmp_path / "blank.png"
    Image.new("L", (600, 800), 255).save(blank)
    window.verdict_actions.check_dialog = None
    _filters, errors = _answer(monkeypatch, blank)
    window.verdict_actions.check_action.trigger()
    assert window.verdict_actions.check_dialog is None
    assert len(errors) == 1 and "no Jury Room QR code" in errors[0]
