"""What a printed sheet and a keying copy are tied to, and the sheet code printed on
each sheet.

- The *competition id*: 16 hex digits of SHA-256 over the competition's title, venue and
  dates (what names a competition on paper). Nothing random: the same competition gives
  the same id on every laptop, with no write needed to print sheets.
- The *set-up fingerprint*: SHA-256 over the competition id, the score step, the
  criteria (code, max, weight, order), the scoring jurors' codes and the running order
  of the projects still in it. A mark keyed from a sheet means the same thing only while
  these stay the same; titles, names and positions may be corrected freely.
- The *sheet code* printed on a sheet: `J1-7F3A-C2D9` is juror J1, competition id
  7F3A…, set-up C2D9…; a reissued sheet adds its issue: `J1-7F3A-C2D9-2`. The QR code
  carries the same and the full id and fingerprint (`QR_PREFIX`, JSON).
"""

from __future__ import annotations

import hashlib
import json
import re

from app.errors import InputError
from app.model import Competition

QR_PREFIX = "jury-room-sheet:"
_CODE = re.compile(r"^(?P<juror>.+)-(?P<comp>[0-9A-F]{4})-(?P<setup>[0-9A-F]{4})(?:-(?P<issue>\d+))?$")


def _sha(doc) -> str:
    return hashlib.sha256(json.dumps(doc, ensure_ascii=False, sort_keys=True,
                                     separators=(",", ":")).encode("utf-8")).hexdigest()


def competition_id(comp: Competition) -> str:
    s = comp.settings
    return _sha({"title": s.title, "venue": s.venue, "dates": list(s.dates)})[:16]


def setup_fingerprint(comp: Competition) -> str:
    return _sha({
        "competition": competition_id(comp),
        "score_step": repr(float(comp.settings.score_step)),
        "criteria": [[c.code, repr(float(c.max)), repr(float(c.weight))]
                     for c in comp.criteria],
        "jurors": [j.code for j in comp.scoring_jurors],
        "order": [p.code for p in comp.running_order if not p.withdrawn],
    })


def sheet_code(comp: Competition, juror: str, issue: int = 1) -> str:
    code = f"{juror}-{competition_id(comp)[:4].upper()}-{setup_fingerprint(comp)[:4].upper()}"
    return code if issue <= 1 else f"{code}-{issue}"


def qr_payload(comp: Competition, juror: str, issue: int = 1) -> str:
    return QR_PREFIX + json.dumps({
        "code": sheet_code(comp, juror, issue), "competition": competition_id(comp),
        "juror": juror, "setup": setup_fingerprint(comp), "issue": issue},
        separators=(",", ":"), ensure_ascii=False)


def check_sheet_code(comp: Competition, text: str, juror: str | None = None,
                     issue: int | None = 1, voided: bool = False) -> str:
    """The juror of a sheet code as typed (or read from its QR code), or InputError
    saying why the sheet cannot be keyed: another competition, an older set-up or
    running order, another juror, an older issue (`issue` None: any), a voided sheet."""
    text = _code_text(text.strip())
    m = _CODE.match(text.upper())
    if not m:
        raise InputError(f"'{text}' is not a sheet code (like J1-7F3A-C2D9)",
                         field="sheet code", code="sheet_code_form", params={"code": text})
    # the juror's code as printed, in its own letter case
    who = text[:len(m.group("juror"))]
    known = {j.code.upper(): j.code for j in comp.scoring_jurors}
    who = known.get(who.upper(), who)
    _check_printed_for(comp, m, text)
    if who not in known.values():
        raise InputError(f"sheet {text} names no juror of this competition",
                         field="sheet code", code="sheet_no_juror", params={"code": text})
    if juror is not None and who != juror:
        raise InputError(f"sheet {text} is {who}'s, not {juror}'s", field="sheet code",
                         code="sheet_other_juror", params={"code": text, "juror": juror})
    _check_issue(text, int(m.group("issue") or 1), issue, voided)
    return who


def _code_text(text: str) -> str:
    """The code itself: as typed, or the `code` a sheet's QR code holds."""
    if not text.startswith(QR_PREFIX):
        return text
    try:
        return json.loads(text[len(QR_PREFIX):])["code"]
    except (ValueError, KeyError, TypeError):
        raise InputError("the sheet's QR code cannot be read", field="sheet code") from None


def _check_printed_for(comp: Competition, m, text: str) -> None:
    """Refuse a sheet printed for another competition, or an older set-up of this one."""
    if m.group("comp") != competition_id(comp)[:4].upper():
        raise InputError(f"sheet {text} is from another competition", field="sheet code",
                         code="sheet_other_competition", params={"code": text})
    if m.group("setup") != setup_fingerprint(comp)[:4].upper():
        raise InputError(f"sheet {text} was printed for an older set-up or running order: "
                         "print the sheets again", field="sheet code",
                         code="sheet_old_setup", params={"code": text})


def _check_issue(text: str, got: int, issue: int | None, voided: bool) -> None:
    """Refuse an older issue of a sheet (`issue` None: any), or a voided one."""
    if issue is not None and got != issue:
        raise InputError(f"sheet {text} is issue {got}; issue {issue} is the one in use",
                         field="sheet code", code="sheet_old_issue",
                         params={"code": text, "issue": issue})
    if voided:
        raise InputError(f"sheet {text} was voided: reissue it first", field="sheet code",
                         code="sheet_voided", params={"code": text})
