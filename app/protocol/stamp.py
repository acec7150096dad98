"""What a protocol PDF carries so that `verify` can check it against a database.

The full fingerprint goes three ways: in the PDF metadata (/Subject for people, /Keywords
for programs), as visible text on page 1 and in the QR code. /Keywords also holds the
first 16 hex digits of each section's digest and the record counts, so that a mismatch
can be named ("marks differ: 204 in the protocol, 205 in the database").

    jury-room-protocol/1 sha256:<64 hex> sections:settings=<16 hex>,... counts:marks=204,...
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.fingerprint import SECTIONS

MARKER = "jury-room-protocol/1"
DIGEST_CHARS = 16

_KEYWORDS = re.compile(
    re.escape(MARKER) + r" sha256:(?P<fp>[0-9a-f]{64})"
    r"(?: sections:(?P<sections>[a-z_=0-9,]*))?(?: counts:(?P<counts>[a-z_=0-9,]*))?")
# a 64-digit hex word in the visible text: the fingerprint, whatever language labels it
VISIBLE = re.compile(r"(?<![0-9a-fA-F])([0-9a-f]{64})(?![0-9a-fA-F])")


@dataclass(frozen=True)
class Stamp:
    fingerprint: str
    sections: dict[str, str] = field(default_factory=dict)    # name -> digest prefix
    counts: dict[str, int] = field(default_factory=dict)
    visible: str | None = None      # the fingerprint printed on page 1, if found


def keywords(fingerprint: str, digests: dict[str, str], counts: dict[str, int]) -> str:
    parts = ",".join(f"{name}={digests[name][:DIGEST_CHARS]}" for name in SECTIONS
                     if name in digests)
    sizes = ",".join(f"{name}={n}" for name, n in counts.items())
    return f"{MARKER} sha256:{fingerprint} sections:{parts} counts:{sizes}"


def parse_keywords(text: str | None) -> Stamp | None:
    """The stamp in a /Keywords value, or None when there is none."""
    m = _KEYWORDS.search(text or "")
    if not m:
        return None
    sections = dict(_pairs(m.group("sections")))
    counts = {k: int(v) for k, v in _pairs(m.group("counts")) if v.isdigit()}
    return Stamp(m.group("fp"), sections, counts)


def _pairs(text: str | None):
    for item in (text or "").split(","):
        name, sep, value = item.partition("=")
        if sep:
            yield name, value


def visible_fingerprints(text: str) -> set[str]:
    return set(VISIBLE.findall(text))
