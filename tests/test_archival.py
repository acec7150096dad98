"""Every protocol PDF (draft, final, public copy; en, ru, kk, ru+kk) is PDF/A-2b in
structure: each rule of ISO 19005-2 level B that the file's structure can show, read back
with pikepdf (qpdf) the way a validator reads it. No validator runs here, so what a
validator checks beyond the structure (the fonts' glyph programs against their widths,
the ICC profile's inner tables) is not proved by these tests."""

from __future__ import annotations

import io
import re

import pikepdf
import pypdfium2
import pytest
from reportlab.pdfbase._fontdata import standardFonts

from app.protocol import layout, render_protocol
from app.protocol.archival import xmp_date
from app.protocol.stamp import parse_keywords
from app.protocol.verify import read_stamp
from app.paper.sheets_pdf import render_sheets
from app.reports.award_script import render_award_script
from app.reports.ceremony import awards
from app.reports.diplomas import load_template, render_diploma
from app.reports.feedback import render_feedback
from tests.protocol_build import generated

PRINTED_AT = "2026-10-06T17:45:00+06:00"
KINDS = ("draft", "final", "public")
LANGS = ("en", "ru", "kk", "ru+kk")
# the other PDFs the program writes, made through the same archival canvas
OTHERS = {
    "award script": lambda comp: render_award_script(comp, "ru+kk"),
    "score sheets": lambda comp: render_sheets(comp, lang="ru+kk"),
    "diploma": lambda comp: render_diploma(comp, load_template(), awards(comp)[0]),
    "feedback": lambda comp: render_feedback(comp, lang="ru+kk"),
}


def _render(kind: str, lang: str) -> bytes:
    comp = generated(12, 5, finalized=kind != "draft")
    if kind in OTHERS:
        return OTHERS[kind](comp)
    data, _ = render_protocol(comp, lang=lang, printed_at=PRINTED_AT,
                              public=kind == "public")
    return data


CASES = [(kind, lang) for kind in KINDS for lang in LANGS] + [(o, "ru+kk") for o in OTHERS]
PROTOCOLS = [(kind, lang) for kind, lang in CASES if kind in KINDS]


@pytest.fixture(scope="module")
def pdfs() -> dict[tuple[str, str], bytes]:
    return {(kind, lang): _render(kind, lang) for kind, lang in CASES}


def _open(data: bytes) -> pikepdf.Pdf:
    return pikepdf.open(io.BytesIO(data))


@pytest.mark.parametrize("kind, lang", CASES)
def test_the_header_is_a_pdf_1x_line_then_a_binary_comment(pdfs, kind, lang):
    """PDF/A 6.1.2: the file starts %PDF-1.n (n from 0 to 7), and the next line is a
    comment whose first four bytes are above 127, so a transfer as text is detected."""
    first, second = pdfs[kind, lang].split(b"\n", 2)[:2]
    assert re.fullmatch(rb"%PDF-1\.[0-7]", first)
    assert second[:1] == b"%" and all(byte > 127 for byte in second[1:5])


@pytest.mark.parametrize("kind, lang", CASES)
def test_the_trailer_has_an_id_and_no_encryption(pdfs, kind, lang):
    """PDF/A 6.1.3: a trailer /ID of two byte strings; no /Encrypt."""
    pdf = _open(pdfs[kind, lang])
    ids = pdf.trailer.ID
    assert len(ids) == 2 and all(len(bytes(i)) == 16 for i in ids)
    assert "/Encrypt" not in pdf.trailer
    assert pdf.check_pdf_syntax() == []        # qpdf finds nothing wrong with the file's structure


@pytest.mark.parametrize("kind, lang", CASES)
def test_the_xmp_metadata_says_pdfa_2b_and_agrees_with_the_info(pdfs, kind, lang):
    """PDF/A 6.6: an uncompressed XMP stream in the catalog, identifying PDF/A-2 level B,
    whose title, author, subject, keywords, producer, creator tool and dates are the
    Info dictionary's, written the XMP way."""
    pdf = _open(pdfs[kind, lang])
    stream = pdf.Root.Metadata
    assert stream.Type == "/Metadata" and stream.Subtype == "/XML"
    assert "/Filter" not in stream.stream_dict
    assert stream.read_raw_bytes().decode("utf-8").startswith("<?xpacket begin=")
    info = pdf.docinfo
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        assert meta.pdfa_status == "2B"
        assert meta["dc:title"] == str(info.Title)
        assert meta["dc:creator"] == [str(info.Author)]
        assert meta["dc:description"] == str(info.Subject)
        assert meta["pdf:Keywords"] == str(info.Keywords)
        assert meta["pdf:Producer"] == str(info.Producer)
        assert meta["xmp:CreatorTool"] == str(info.Creator)
        assert meta["xmp:CreateDate"] == xmp_date(str(info.CreationDate))
        assert meta["xmp:ModifyDate"] == xmp_date(str(info.ModDate))
    if kind in KINDS:
        assert str(info.CreationDate).startswith("D:20261006114500")    # from the data


@pytest.mark.parametrize("kind, lang", PROTOCOLS)
def test_the_fingerprint_stays_readable_in_the_keywords(pdfs, kind, lang, tmp_path):
    """The /Keywords stamp `verify` reads is still there, whole, and verify reads it."""
    pdf = _open(pdfs[kind, lang])
    stamp = parse_keywords(str(pdf.docinfo.Keywords))
    assert stamp is not None and stamp.counts["projects"] == 12
    path = tmp_path / "p.pdf"
    path.write_bytes(pdfs[kind, lang])
    assert read_stamp(path).fingerprint == stamp.fingerprint


@pytest.mark.parametrize("kind, lang", CASES)
def test_an_srgb_output_intent_is_embedded(pdfs, kind, lang):
    """PDF/A 6.2.3: one /GTS_PDFA1 output intent whose profile is an RGB display profile
    (the pages' colours are DeviceRGB and DeviceGray), its stream saying /N 3."""
    pdf = _open(pdfs[kind, lang])
    intents = list(pdf.Root.OutputIntents)
    assert [str(i.S) for i in intents] == ["/GTS_PDFA1"]
    profile = intents[0].DestOutputProfile
    assert profile.N == 3
    icc = profile.read_bytes()
    assert len(icc) == int.from_bytes(icc[:4], "big")
    assert icc[12:16] == b"mntr" and icc[16:20] == b"RGB " and icc[36:40] == b"acsp"
    assert icc[8] in (2, 4)                                     # ICC version 2 or 4
    assert "sRGB" in str(intents[0].OutputConditionIdentifier)


def _fonts(pdf: pikepdf.Pdf):
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font":
            yield obj


@pytest.mark.parametrize("kind, lang", CASES)
def test_every_font_is_embedded_and_subset_and_none_is_a_standard_one(pdfs, kind, lang):
    """PDF/A 6.2.11.4: every font program embedded; subsets named XXXXXX+Name; and no
    object anywhere in the file names one of the 14 standard fonts (reportlab starts a
    page in Helvetica unless told otherwise)."""
    pdf = _open(pdfs[kind, lang])
    fonts = list(_fonts(pdf))
    assert fonts
    standard = {f"/{name}" for name in standardFonts}
    for font in fonts:
        assert str(font.BaseFont) not in standard
        assert re.fullmatch(r"/[A-Z]{6}\+DejaVuSans(-Bold)?", str(font.BaseFont))
        descriptor = font.FontDescriptor
        assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    for page in pdf.pages:
        for font in page.Resources.Font.values():
            assert "/FontDescriptor" in font


def _content_ops(pdf: pikepdf.Pdf):
    for page in pdf.pages:
        yield from pikepdf.parse_content_stream(page)


@pytest.mark.parametrize("kind, lang", CASES)
def test_nothing_is_transparent(pdfs, kind, lang):
    """PDF/A-2 allows transparency but we use none, so that a printer or copier that
    drops it drops nothing: no soft mask, no alpha below 1, no blend mode, no
    transparency group; and no CMYK colour (the output intent is RGB)."""
    pdf = _open(pdfs[kind, lang])
    for obj in pdf.objects:
        if not isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream)):
            continue
        d = obj.stream_dict if isinstance(obj, pikepdf.Stream) else obj
        assert d.get("/SMask", pikepdf.Name.None_) == pikepdf.Name.None_
        assert float(d.get("/CA", 1)) == 1 and float(d.get("/ca", 1)) == 1
        assert str(d.get("/BM", "/Normal")) in ("/Normal", "/Compatible")
        group = d.get("/Group")
        assert group is None or group.get("/S") != "/Transparency"
    ops = {str(op) for _, op in _content_ops(pdf)}
    assert not ops & {"gs", "k", "K", "sh", "BI"}
    for page in pdf.pages:      # XObjects: forms (a QR code drawn once), never images
        for xobject in page.Resources.get("/XObject", {}).values():
            assert xobject.Subtype == "/Form"


@pytest.mark.parametrize("kind, lang", CASES)
def test_no_javascript_no_actions_no_external_references(pdfs, kind, lang):
    """PDF/A 6.5, 6.6.1, 6.8: no JavaScript, no launch or URI actions, no embedded or
    external files, no annotations or forms at all."""
    pdf = _open(pdfs[kind, lang])
    banned = {"/JavaScript", "/JS", "/AA", "/OpenAction", "/URI", "/Launch",
              "/EmbeddedFiles", "/AcroForm", "/Annots", "/F", "/UF"}
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary):
            assert not banned & set(obj.keys())
    assert "/Names" not in pdf.Root


@pytest.mark.parametrize("kind", KINDS)
def test_the_same_data_still_gives_the_same_bytes(pdfs, kind):
    """The archival parts come from the data too: rendering again gives the same bytes."""
    assert _render(kind, "ru+kk") == pdfs[kind, "ru+kk"]


def _pixels(data: bytes, page: int = 0, dpi: int = 50):
    doc = pypdfium2.PdfDocument(data)
    return doc[page].render(scale=dpi / 72).to_pil().convert("L")


def _watermark_alone() -> bytes:
    """A page holding nothing but the draft's watermark, as every draft page draws it."""
    decor = layout.PageDecor("", "", (), (), watermark=("DRAFT", "ЧЕРНОВИК"))
    buffer = io.BytesIO()
    canvas = layout.numbered_canvas(decor)(buffer, pagesize=layout.A4, invariant=1)
    decor.on_page(canvas, None)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# a copier drops grey lighter than this (about 20 % ink), as its "text" mode does
COPIER_CUT = 200


def test_the_draft_watermark_is_dark_enough_to_survive_a_photocopy():
    """Drawn alone, the watermark leaves a clear trace darker than a copier's cut-off (its
    outline), while no pixel of it is near the black of the text (drawn over it), so
    the text stays the darkest thing on the page. (A pale grey fill alone, as before,
    would leave nothing on a copy.)"""
    page = _pixels(_watermark_alone())
    w, h = page.size
    middle = page.crop((w // 6, h // 4, 5 * w // 6, 3 * h // 4))
    hist = middle.histogram()
    kept = sum(hist[:COPIER_CUT])
    assert kept > 0.02 * middle.width * middle.height
    assert middle.getextrema()[0] >= 100


def test_text_over_the_draft_watermark_stays_black(pdfs):
    """On a draft page the text is drawn over the watermark, in black: the darkest
    pixels of the page's middle are as dark as a final page's."""
    draft = _pixels(pdfs["draft", "ru+kk"], 1, dpi=100)
    w, h = draft.size
    middle = draft.crop((w // 4, h // 3, 3 * w // 4, 2 * h // 3))
    assert sum(middle.histogram()[:60]) > 200


def test_the_xmp_stays_well_formed_and_in_agreement_whatever_the_title_holds():
    """A title or a secretary's name holding XML's own characters (< & > " ') and
    letters beyond Latin-1 is written into the XMP escaped: it parses, and says what the
    Info dictionary says."""
    from dataclasses import replace

    comp = generated(6, 3, tie=False)
    title = 'Конкурс <«A & B»> "2026" \'Ұлт\' 𝔊'
    jurors = tuple(replace(j, name="Ким & <Ли>") if j.role == "secretary" else j
                   for j in comp.jurors)
    comp = replace(comp, settings=replace(comp.settings, title=title), jurors=jurors)
    pdf = _open(render_protocol(comp, printed_at=PRINTED_AT)[0])
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        assert title in meta["dc:title"] and meta["dc:title"] == str(pdf.docinfo.Title)
        assert meta["dc:creator"] == ["Ким & <Ли>"] == [str(pdf.docinfo.Author)]
