"""What a protocol PDF carries so that `verify` can check it against a database.

The full fingerprint goes three ways: in the PDF metadata (/Subject for people, /Keywords
for programs), as visible text on page 1 and in the QR code. /Keywords also holds the
first 16 hex digits of each section's digest and the record counts, so that a mismatch
can be named ("marks differ: 204 in the protocol, 205 in the database").

Since `verify` compares pages, /Keywords also says which document of that data the file
is (`kind:`): its language(s), whether it is the public copy, and the date and time it
prints, so that `verify` can lay out the same pages again from the database. A file
without it (printed before, or with its metadata stripped) is still compared page by
page: `verify` tries the kinds its first language allows (app.protocol.check).

    jury-room-protocol/1 sha256:<64 hex> sections:settings=<16 hex>,... counts:marks=204,...
        kind:lang=ru+kk,public=no,printed=2026-10-05T10:00:00+00:00
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote
from dataclasses import dataclass, field

from app.fingerprint import SECTIONS
from app.protocol.texts import LANGUAGES

MARKER = "jury-room-protocol/1"
DIGEST_CHARS = 16

_KEYWORDS = re.compile(
    re.escape(MARKER) + r" sha256:(?P<fp>[0-9a-f]{64})"
    r"(?: sections:(?P<sections>[a-z_=0-9,]*))?(?: counts:(?P<counts>[a-z_=0-9,]*))?"
    r"(?: kind:(?P<kind>\S*))?")
# a 64-digit hex word in the visible text: the fingerprint, whatever language labels it
VISIBLE = re.compile(r"(?<![0-9a-fA-F])([0-9a-f]{64})(?![0-9a-fA-F])")


@dataclass(frozen=True)
class Stamp:
    fingerprint: str
    sections: dict[str, str] = field(default_factory=dict)    # name -> digest prefix
    counts: dict[str, int] = field(default_factory=dict)
    visible: str | None = None      # the fingerprint printed on page 1, if found
    kind: Kind | None = None        # which document of the data; None in older files
    doc_lang: str = ""              # the PDF's /Lang (its first language), for older files


@dataclass(frozen=True)
class Kind:
    """Which protocol of the data a file is: what `render_protocol` needs besides it."""

    lang: str = "en"
    public: bool = False
    printed_at: str = ""            # as printed; "" when no date is printed


def keywords(fingerprint: str, digests: dict[str, str], counts: dict[str, int],
             kind: Kind | None = None) -> str:
    parts = ",".join(f"{name}={digests[name][:DIGEST_CHARS]}" for name in SECTIONS
                     if name in digests)
    sizes = ",".join(f"{name}={n}" for name, n in counts.items())
    text = f"{MARKER} sha256:{fingerprint} sections:{parts} counts:{sizes}"
    if kind is not None:
        # printed_at is ISO 8601 from the store; quoted all the same, so that no space or
        # comma in it can cut the field short
        text += (f" kind:lang={kind.lang},public={'yes' if kind.public else 'no'},"
                 f"printed={quote(kind.printed_at, safe=':+-.')}")
    return text


def parse_keywords(text: str | None) -> Stamp | None:
    """The stamp in a /Keywords value, or None when there is none."""
    m = _KEYWORDS.search(text or "")
    if not m:
        return None
    sections = dict(_pairs(m.group("sections")))
    counts = {k: int(v) for k, v in _pairs(m.group("counts")) if v.isdigit()}
    return Stamp(m.group("fp"), sections, counts, kind=_kind(m.group("kind")))


def _kind(text: str | None) -> Kind | None:
    if not text:
        return None
    pairs = dict(_pairs(text))
    lang = pairs.get("lang", "")
    if lang not in LANGUAGES:
        return None                 # not one we can print: treated as an older file
    return Kind(lang, pairs.get("public") == "yes", unquote(pairs.get("printed", "")))


def _pairs(text: str | None):
    for item in (text or "").split(","):
        name, sep, value = item.partition("=")
        if sep:
            yield name, value


def visible_fingerprints(text: str) -> set[str]:
    return set(VISIBLE.findall(text))
