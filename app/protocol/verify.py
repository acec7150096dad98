"""Does a printed protocol match the data? Read its fingerprint back and compare.

The fingerprint is read from the PDF metadata (/Keywords) and from the visible text of
page 1. Either is enough to verify; when both are there they must agree, or the file has
been altered after it was written. A file that is not a PDF, cannot be read, or carries no
fingerprint is not a Jury Room protocol (`InputError`, exit 2 on the command line).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from app.errors import InputError
from app.files import os_words
from app.fingerprint import OPTIONAL_SECTIONS, SECTIONS, fingerprint_and_digests, section_sizes
from app.model import Competition
from app.protocol.stamp import DIGEST_CHARS, Stamp, parse_keywords, visible_fingerprints

_QUIET = logging.NullHandler()

# the PDF header may follow up to 1024 bytes of junk (PDF 1.7, annex H.3)
_HEADER_WINDOW = 1024


class NoStamp(InputError):
    """A readable PDF with no fingerprint in its text or metadata (maybe a scan)."""


@dataclass(frozen=True)
class Verdict:
    ok: bool
    protocol: str                       # the fingerprint the file carries
    data: str                           # the fingerprint of the database
    differences: tuple[str, ...] = ()   # what differs, in words
    # the same for the window, which words it in its own language: the sections that
    # differ (app.fingerprint.SECTIONS; () when not known), and whether page 1 shows
    # another fingerprint than the metadata carries
    sections: tuple[str, ...] = ()
    stamp_altered: bool = False


def read_stamp(path: str | os.PathLike) -> Stamp:
    """The fingerprint a protocol PDF carries, or InputError if it is no protocol."""
    path = Path(path)
    name = str(path)
    keywords, first_page, doc_lang = _read_pdf(path)
    embedded = parse_keywords(keywords)
    shown = visible_fingerprints(first_page)
    if embedded is None and not shown:
        raise NoStamp("not a Jury Room protocol: it carries no data fingerprint", file=name,
                      code="verify.not_protocol")
    if embedded is None:
        if len(shown) > 1:
            raise InputError("not a Jury Room protocol: more than one fingerprint on page 1",
                             file=name)
        return Stamp(next(iter(shown)), visible=next(iter(shown)), doc_lang=doc_lang)
    # the page shows the embedded fingerprint, another one (an altered file), or none
    visible = embedded.fingerprint if embedded.fingerprint in shown else min(shown, default=None)
    return Stamp(embedded.fingerprint, embedded.sections, embedded.counts, visible=visible,
                 kind=embedded.kind, doc_lang=doc_lang)


def read_head(path: str | os.PathLike) -> bytes:
    """The file's first bytes, where a PDF's header or an image's signature is."""
    try:
        with open(path, "rb") as fh:
            return fh.read(_HEADER_WINDOW)
    except FileNotFoundError:
        raise InputError("no such file", file=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read the file: {os_words(exc)}", file=str(path)) from None


def _read_pdf(path: Path) -> tuple[str | None, str, str]:
    """A PDF's /Keywords, the text of its page 1 and its /Lang (InputError if it cannot
    be read as a PDF)."""
    from pypdf import PdfReader  # only `verify` needs it

    # pypdf logs what it repairs in a damaged file ("EOF marker not found"); with no
    # handler of ours Python prints that to stderr above our one line saying the file is
    # unreadable, so the reader's notes go nowhere: the refusal below says it all
    logging.getLogger("pypdf").addHandler(_QUIET)
    name = str(path)
    if b"%PDF-" not in read_head(path):
        raise InputError("not a PDF file, so not a Jury Room protocol", file=name,
                         code="verify.not_protocol")
    try:
        reader = PdfReader(path)
        keywords = (reader.metadata or {}).get("/Keywords")
        first_page = reader.pages[0].extract_text() if reader.pages else ""
        doc_lang = str(reader.trailer["/Root"].get("/Lang") or "")
    except Exception as exc:  # pypdf raises many kinds on a damaged file; all mean "unreadable"
        raise InputError(f"not a readable PDF ({exc})", file=name,
                         code="verify.damaged") from None
    return (str(keywords) if keywords is not None else None), first_page or "", doc_lang


def verify(path: str | os.PathLike, competition: Competition) -> Verdict:
    """Compare the protocol at `path` with `competition` (InputError if no protocol)."""
    return compare(read_stamp(path), competition)


def compare(stamp: Stamp, competition: Competition) -> Verdict:
    """Compare a protocol's stamp with `competition`."""
    current, digests = fingerprint_and_digests(competition)
    differences: list[str] = []
    altered = stamp.visible is not None and stamp.visible != stamp.fingerprint
    if altered:
        differences.append("the fingerprint printed on page 1 differs from the one embedded "
                           "in the file: the file has been altered since it was written")
    names: tuple[str, ...] = ()
    if stamp.fingerprint != current:
        names = tuple(name for name in SECTIONS if _section_changed(name, stamp, digests))
        differences.extend(_what_differs(stamp, competition, names))
    return Verdict(ok=not differences, protocol=stamp.fingerprint, data=current,
                   differences=tuple(differences), sections=names, stamp_altered=altered)


def _what_differs(stamp: Stamp, competition: Competition, names: tuple[str, ...]) -> list[str]:
    sizes = section_sizes(competition)
    out = [_section_line(name, stamp, competition, sizes) for name in names]
    return out or ["the data differs from what the protocol was made from"]


def _section_changed(name: str, stamp: Stamp, digests: dict[str, str]) -> bool:
    if not stamp.sections:
        return False            # a stamp read from page 1 alone has no digests to compare
    then, now = stamp.sections.get(name), digests.get(name)
    if then is None and now is not None and name in OPTIONAL_SECTIONS:
        then = "none"           # adjustments or comments added since the printing
    return then is not None and then != (now or "none")[:DIGEST_CHARS]


def _section_line(name: str, stamp: Stamp, competition: Competition,
                  sizes: dict[str, int]) -> str:
    if name == "finalized":
        return ("the competition has been finalized since the protocol was printed"
                if competition.finalized else
                "the competition has been reopened since the protocol was printed")
    line = f"{name} differ"
    if name in stamp.counts and name in sizes:
        line += f" ({stamp.counts[name]} in the protocol, {sizes[name]} in the database)"
    return line
