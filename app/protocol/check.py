"""`verify`: does this printed protocol, or this photo of one, show what the data gives?

A PDF is checked twice over. Its fingerprint (app.protocol.verify) says whether it was
printed from this data; then its pages are compared with the pages of the same document
laid out again from the database (the protocol is deterministic: the same data, language
and kind give the same bytes). The same bytes pass at once. Other bytes are rendered,
both sides, and compared page by page (app.protocol.pixels, app.protocol.page_match),
so a copy re-saved by another PDF tool passes and any visible change is named by page.

A file that begins with the very bytes the data gives and goes on has had an incremental
update appended (as a digital signature, a filled form or an edit in a PDF editor does).
We decided: when its pages still show the same, it passes and the message says so (a
signature must not spoil the check); when they do not, it fails and the message names
the update along with the pages.

A PNG or JPEG, or a PDF whose pages are scanned images, is a photo of the paper: only
its QR code is read (app.protocol.photo). It passes when the code carries the data's
fingerprint, and the message says what that does not prove.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from app.errors import InputError
from app.fingerprint import fingerprint
from app.protocol import photo
from app.protocol.page_match import PageFinding, match_pages
from app.protocol.stamp import Kind, Stamp
from app.protocol.verify import NoStamp, compare, read_head, read_stamp

Moments = Callable[[str], bool | None] | None   # None: before the history begins

APPENDED_NOTE = ("changes were appended to the file after it was printed (an incremental "
                 "update, as a digital signature makes); they change nothing on its pages")
APPENDED = "changes were appended to the file after it was printed (an incremental update)"
PHOTO_NOTE = ("a photo or scan proves which data the paper was printed from, not that its "
              "text is untouched: its text is not compared (check the PDF for that)")


@dataclass(frozen=True)
class Check:
    """What `verify` found. `differences` say why it fails; `notes` are said either way."""

    ok: bool
    protocol: str                       # the fingerprint the file carries
    data: str                           # the fingerprint of the database
    differences: tuple[str, ...] = ()   # the data's differences, in words
    sections: tuple[str, ...] = ()      # the same, as the names of the sections that differ
    stamp_altered: bool = False         # page 1 shows another fingerprint than the metadata
    unknown_moment: str = ""            # the date it says it prints, when not in the history
    earlier_moment: str = ""            # the same, when it precedes this file's history
    pages: tuple[PageFinding, ...] = ()
    page_counts: tuple[int, int] = (0, 0)   # pages in the file, in the data's protocol
    photo: bool = False
    codes: int = 0                      # how many different protocols' QR codes a photo shows
    appended: bool = False
    notes: tuple[str, ...] = ()

    def lines(self) -> list[str]:
        """Everything that fails, in English words, one line each."""
        out = list(self.differences)
        if self.appended and self.pages:
            out.append(APPENDED)
        if self.page_counts[0] != self.page_counts[1]:
            out.append(f"the file has {self.page_counts[0]} pages, the protocol the data "
                       f"gives has {self.page_counts[1]}")
        return out + [finding.words() for finding in self.pages]


@dataclass(frozen=True)
class Evidence:
    """What a file brings to the check, read before the database is opened: a protocol
    PDF's bytes and stamp, or the fingerprints in a photo's QR codes."""

    stamp: Stamp | None = None
    data: bytes = b""
    found: tuple[str, ...] = ()     # a photo or scan's fingerprints

    @property
    def photo(self) -> bool:
        return self.stamp is None


def read_evidence(path: str | os.PathLike) -> Evidence:
    """Read the file at `path`: a protocol PDF, or a photo or scan of the paper.
    InputError (one line, exit 2) when it is neither, or damaged, or shows no QR code."""
    path = Path(path)
    head = read_head(path)
    if photo.is_image(head):
        return Evidence(found=tuple(_needed(photo.fingerprints_in_image(path), path)))
    if b"%PDF-" not in head:
        raise InputError("not a PDF file nor a PNG or JPEG image, so not a Jury Room "
                         "protocol", file=str(path), code="verify.not_protocol")
    try:
        stamp = read_stamp(path)
    except NoStamp:
        # no fingerprint in its text or metadata: a scan, if a page shows our QR code
        found = _scanned(path)
        if not found:
            raise
        return Evidence(found=tuple(found))
    return Evidence(stamp=stamp, data=path.read_bytes())


def check(evidence: Evidence, source, known_moment: Moments = None) -> Check:
    """Compare what a file brought with `source` (app.protocol_source.ProtocolSource).
    `known_moment(at)`: is `at` the time of a change in the store's history (the date a
    protocol prints is always one; Store.changed_at)?"""
    if evidence.photo:
        return check_photo(list(evidence.found), source.competition)
    return check_pdf(evidence.data, evidence.stamp, source, known_moment)


def check_file(path: str | os.PathLike, source, known_moment: Moments = None) -> Check:
    """`read_evidence` and `check` in one go."""
    return check(read_evidence(path), source, known_moment)


def check_pdf(data: bytes, stamp: Stamp, source, known_moment: Moments = None) -> Check:
    """Compare a protocol PDF's bytes (whose stamp is `stamp`) with `source`."""
    verdict = compare(stamp, source.competition)
    unknown, earlier = _moment_standing(stamp, known_moment)
    differences = verdict.differences + _moment_lines(unknown, earlier)
    check = Check(ok=not differences, protocol=verdict.protocol, data=verdict.data,
                  differences=differences, sections=verdict.sections,
                  stamp_altered=verdict.stamp_altered, unknown_moment=unknown,
                  earlier_moment=earlier)
    if verdict.protocol != verdict.data:
        return check            # other data: its pages would differ everywhere
    fresh = _fresh_protocol(data, stamp, source)
    appended = len(data) > len(fresh) and data.startswith(fresh)
    if data == fresh:
        n = _page_count(fresh)
        return replace(check, page_counts=(n, n))
    pages, counts = _compare_pages(data, fresh)
    notes = (APPENDED_NOTE,) if appended and not pages else ()
    return replace(check, ok=check.ok and not pages, pages=tuple(pages),
                   page_counts=counts, appended=appended, notes=notes)


def _moment_standing(stamp: Stamp, known_moment: Moments) -> tuple[str, str]:
    """The pages are laid out again with the date and time the file says it prints (the
    store's newest change then, which later changes that leave the data as it was, such
    as a reopen and finalize, move on). So that date is checked too: it must be the
    moment of a change in the history, or a date altered in the file and on its page
    alike would pass. Returns (unknown, earlier): the date when the history has no
    change then, or when it comes before the history begins. Both fail; the second is
    worded apart because an honest later copy of the data (the exported folder imported
    on the organisers' laptop) gives it too, and only the original file can tell."""
    at = stamp.kind.printed_at if stamp.kind else ""
    if not at or known_moment is None:
        return "", ""
    known = known_moment(at)
    if known is None:
        return "", at
    return ("" if known else at), ""


def _moment_lines(unknown: str, earlier: str) -> tuple[str, ...]:
    """The printed date's standing in the history, in words (nothing when it is one)."""
    if unknown:
        return (f"the date and time it says it was printed ({unknown}) is no moment of "
                "the data's history",)
    if earlier:
        return (f"the date and time it says it was printed ({earlier}) comes before this "
                "file's history begins: if this file is a later copy of the data (an "
                "import of the exported folder), check the protocol against the original "
                "file, which alone can vouch for that date",)
    return ()


def check_photo(found: list[str], competition) -> Check:
    """Compare the fingerprints read from a photo's QR codes with the data."""
    current = fingerprint(competition)
    differences, sections = [], ()
    if len(found) > 1:
        differences.append(f"the image shows the QR codes of {len(found)} different "
                           "protocols")
    if current not in found:
        line, sections = _why_other(found[0], competition)
        differences.append(line)
    return Check(ok=not differences, protocol=found[0], data=current,
                 differences=tuple(differences), sections=sections, photo=True,
                 notes=(PHOTO_NOTE,), codes=len(found))


def _why_other(printed: str, competition) -> tuple[str, tuple[str, ...]]:
    """Why a photo's fingerprint is not the data's, in words and as the sections that
    differ: the one change a photo can name is a finalize or reopen since."""
    flipped = replace(competition, finalized=not competition.finalized)
    if fingerprint(flipped) == printed:
        return ("the competition has been finalized since the paper was printed"
                if competition.finalized else
                "the competition has been reopened since the paper was printed"), ("finalized",)
    return "the paper was printed from other data (or the data changed since)", ()


def _needed(found: list[str], path: Path) -> list[str]:
    if not found:
        raise InputError("no Jury Room QR code found in the image: photograph or scan page "
                         "1 of the protocol, where the code is, whole and in focus",
                         file=str(path), code="verify.no_qr")
    return found


def _scanned(path: Path) -> list[str]:
    try:
        return photo.fingerprints_in_pdf_pages(path)
    except InputError:
        return []


def _page_count(pdf: bytes) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def _compare_pages(data: bytes, fresh: bytes) -> tuple[list[PageFinding], tuple[int, int]]:
    """The pages of the file that are not as the data's, and both page counts."""
    from app.protocol.pixels import Pages, difference

    try:
        with Pages(data) as ours, Pages(fresh) as theirs:
            found = match_pages(len(ours), len(theirs),
                                lambda i, j: difference(ours[i], theirs[j]))
            return found, (len(ours), len(theirs))
    except Exception as exc:  # PDFium's errors on a damaged file: all mean "unreadable"
        raise InputError(f"a damaged PDF: its pages cannot be drawn ({exc})",
                         code="verify.damaged") from None


def _fresh_protocol(data: bytes, stamp: Stamp, source) -> bytes:
    """The protocol the data gives, of the same kind as the file: as the file says, or
    for a file that does not say, the first kind whose page 1 looks like the file's."""
    kinds = [stamp.kind] if stamp.kind else _guesses(stamp.doc_lang, source.printed_at)
    first = None
    for kind in kinds:
        fresh = _print(kind, source)
        if fresh == data or len(kinds) == 1 or _same_first_page(data, fresh):
            return fresh
        first = first or fresh
    return first


def _guesses(doc_lang: str, printed_at: str | None) -> list[Kind]:
    from app.protocol.texts import LANGUAGES

    langs = [lang for lang in LANGUAGES if lang.split("+")[0] == doc_lang] or ["en"]
    return [Kind(lang, public, printed_at) for public in (False, True) for lang in langs]


def _print(kind: Kind, source) -> bytes:
    from app.protocol.document import render_protocol

    data, _ = render_protocol(source.competition, lang=kind.lang, printed_at=kind.printed_at,
                              verification=source.verification, public=kind.public)
    return data


def _same_first_page(a: bytes, b: bytes) -> bool:
    from app.protocol.pixels import difference, render_pages

    try:
        return difference(render_pages(a, last=1)[0], render_pages(b, last=1)[0]) is None
    except Exception:  # a damaged file is reported when its pages are compared
        return False
