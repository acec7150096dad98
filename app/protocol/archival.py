"""PDF/A-2b structure for every PDF the program writes, made inside reportlab.

A protocol is filed for years: PDF/A (ISO 19005-2, level B) is the form archives accept.
What it asks of the file, and where each is done:

- a header with a binary comment line and a trailer /ID: reportlab writes both (with
  `invariant=1` the /ID is a digest of the metadata, so the same data gives the same id);
- XMP metadata, uncompressed, in the catalog, saying `pdfaid:part=2, conformance=B` and
  agreeing with the Info dictionary (title, author, subject, keywords, creator, producer,
  dates): `_xmp`, read from the Info reportlab is about to write, so the two cannot differ;
- an output intent /GTS_PDFA1 with an embedded sRGB profile (the colours are DeviceRGB):
  `_output_intent`, the profile bundled in resources/icc with its CC0 licence;
- every font embedded: reportlab subsets and embeds TrueType faces, but names Helvetica (a
  standard font, never embedded) where it draws no text in it: its canvas starts every
  page in it, a table cell of flowables and a drawing (the QR code) set it as their
  default. The canvas starts in DejaVu Sans instead and takes DejaVu Sans for any of the
  standard fonts, so no page refers to one (our text is all drawn in DejaVu Sans: a
  standard font has no Cyrillic);
- no transparency, no JavaScript, no encryption, no external references: nothing here
  uses them (watermarks are opaque colours); tests/test_archival.py checks each rule.

`ArchivalCanvas` is a reportlab canvas that does all of this when saved: pass it as the
`canvasmaker` of a doc template, or subclass it.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase._fontdata import standardFonts
from reportlab.pdfgen.canvas import Canvas

from app.paths import resource
from app.protocol import fonts

PROFILE = ("icc", "sRGB-v2-magic.icc")
CONDITION = "sRGB IEC61966-2.1"

_PDF_DATE = re.compile(r"D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(?:([+-])(\d\d)'(\d\d)'|Z)?")
_profile: bytes | None = None
_STANDARD = frozenset(standardFonts)

# Page streams deflated and left binary, not also ASCII85-encoded (reportlab's default):
# a quarter smaller, and reportlab's ASCII85 runs in Python, a tenth of a second per
# hundred pages. The header's binary comment already says the file is binary.
rl_config.useA85 = 0


class ArchivalCanvas(Canvas):
    """A canvas whose PDF is PDF/A-2b in structure (see the module's docstring)."""

    def __init__(self, *args, **kwargs):
        fonts.register()
        # reportlab's own default would put Helvetica on every page
        kwargs["initialFontName"] = kwargs.get("initialFontName") or fonts.REGULAR
        super().__init__(*args, **kwargs)

    def setFont(self, psfontname, size, leading=None):
        if psfontname in _STANDARD:
            psfontname = fonts.BOLD if "Bold" in psfontname else fonts.REGULAR
        super().setFont(psfontname, size, leading)

    def save(self):
        make_archival(self)
        super().save()


def make_archival(canvas: Canvas) -> None:
    """Give the canvas's document its XMP metadata and output intent (call before save)."""
    doc = canvas._doc
    catalog = doc.Catalog
    catalog.Metadata = pdfdoc.XMP(creator=_xmp)
    catalog.OutputIntents = pdfdoc.PDFArray([_output_intent()])
    # reportlab's catalog writes only the keys it lists; the output intents are one more
    catalog.__NoDefault__ = [*pdfdoc.PDFCatalog.__NoDefault__, "OutputIntents"]


def _output_intent() -> pdfdoc.PDFDictionary:
    profile = pdfdoc.PDFStream(pdfdoc.PDFDictionary({"N": 3}), _icc(),
                               filters=[pdfdoc.PDFZCompress])
    return pdfdoc.PDFDictionary({
        "Type": pdfdoc.PDFName("OutputIntent"),
        "S": pdfdoc.PDFName("GTS_PDFA1"),
        "OutputConditionIdentifier": pdfdoc.PDFString(CONDITION),
        "Info": pdfdoc.PDFString(CONDITION),
        "DestOutputProfile": profile,
    })


def _icc() -> bytes:
    global _profile
    if _profile is None:
        _profile = resource(*PROFILE).read_bytes()
    return _profile


def _xmp(doc) -> bytes:
    """The XMP packet, from the Info dictionary reportlab writes (UTF-8, uncompressed)."""
    info = doc.info
    date = xmp_date(info_date(doc))
    fields = [
        "<pdfaid:part>2</pdfaid:part>",
        "<pdfaid:conformance>B</pdfaid:conformance>",
        "<dc:format>application/pdf</dc:format>",
        f"<dc:title>{_alt(info.title)}</dc:title>",
        f"<dc:creator><rdf:Seq><rdf:li>{escape(info.author)}</rdf:li></rdf:Seq></dc:creator>",
        f"<dc:description>{_alt(info.subject)}</dc:description>",
        f"<pdf:Keywords>{escape(info.keywords)}</pdf:Keywords>",
        f"<pdf:Producer>{escape(info.producer)}</pdf:Producer>",
        f"<pdf:Trapped>{escape(info.trapped)}</pdf:Trapped>",
        f"<xmp:CreatorTool>{escape(info.creator)}</xmp:CreatorTool>",
        f"<xmp:CreateDate>{date}</xmp:CreateDate>",
        f"<xmp:ModifyDate>{date}</xmp:ModifyDate>",
        f"<xmp:MetadataDate>{date}</xmp:MetadataDate>",
    ]
    body = "\n   ".join(fields)
    packet = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '  <rdf:Description rdf:about=""\n'
        '    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"\n'
        '    xmlns:dc="http://purl.org/dc/elements/1.1/"\n'
        '    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"\n'
        '    xmlns:xmp="http://ns.adobe.com/xap/1.0/">\n'
        f"   {body}\n"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        '<?xpacket end="r"?>')
    return packet.encode("utf-8")


def _alt(text: str) -> str:
    return f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(text)}</rdf:li></rdf:Alt>'


def info_date(doc) -> str:
    """The /CreationDate (= /ModDate) reportlab writes into the Info dictionary."""
    stamp = doc._timeStamp
    formatter = doc.info._dateFormatter or (
        lambda *ymdhms: "D:%04d%02d%02d%02d%02d%02d%+03d'%02d'" % (*ymdhms, stamp.dhh,
                                                                  stamp.dmm))
    return formatter(*stamp.YMDhms)


def xmp_date(pdf_date: str) -> str:
    """A PDF date (D:20261006153000+06'00') as XMP writes it (2026-10-06T15:30:00+06:00)."""
    m = _PDF_DATE.fullmatch(pdf_date)
    if m is None:
        raise ValueError(f"not a PDF date: {pdf_date!r}")
    y, mo, d, h, mi, s, sign, zh, zm = m.groups()
    zone = f"{sign}{zh}:{zm}" if sign else "Z"
    return f"{y}-{mo}-{d}T{h}:{mi}:{s}{zone}"
