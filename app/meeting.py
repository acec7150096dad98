"""The jury's meeting as its protocol records it: the quorum, who chaired, who signs, and
the time zone every printed time is local to.

The rules, in one place:

- **Quorum** (`[meeting] quorum = "2/3"`): the share of the scoring jurors (the chair and
  the members; the secretary does not score) who must take part in the meeting. A juror
  taking part by video link (`remote`) counts, as regulations that allow remote
  participation count them; an `absent` one does not. "2/3" of 7 needs 5 (always rounded
  up). `quorum = ""` or `"0"` sets no quorum. Finalizing is refused without it.
- **Who chaired**: `[meeting] chair = "J1"` names the juror, by default the juror whose
  role is chair.
- **Who signs**: the jurors and the secretary who took part, present or remote (a remote
  juror signs when the paper reaches them, on the date they write beside their
  signature); an absent juror gets no line.
- **Times**: `[meeting] timezone` is an IANA zone ("Asia/Omsk"); every time the protocol
  prints is local to it, with the zone named. Without it, times print in UTC.
  `start` and `end` are written as local times ("2026-10-06 10:00", or "10:00" on the
  competition's last day).
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from dataclasses import dataclass
from fractions import Fraction
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.errors import InputError
from app.model import Competition, Juror, Settings

_SHARE = re.compile(r"^\s*(\d{1,3})\s*/\s*(\d{1,3})\s*$")
_PERCENT = re.compile(r"^\s*(\d{1,3}(?:[.,]\d+)?)\s*%\s*$")
_TIME = re.compile(r"^\s*(?:(\d{4}-\d{2}-\d{2})[ T])?(\d{1,2}):(\d{2})\s*$")


def parse_quorum(text: str) -> Fraction | None:
    """"2/3" -> 2/3, "50%" -> 1/2, "" or "0" -> None (no quorum); ValueError otherwise."""
    text = (text or "").strip()
    if text in ("", "0"):
        return None
    m = _SHARE.match(text)
    if m:
        num, den = int(m.group(1)), int(m.group(2))
        if den == 0 or num > den:
            raise ValueError(f"quorum '{text}' is not a share between 0 and 1")
        return Fraction(num, den) if num else None
    m = _PERCENT.match(text)
    if m:
        share = Fraction(m.group(1).replace(",", ".")) / 100
        if share > 1:
            raise ValueError(f"quorum '{text}' is more than 100%")
        return share or None
    raise ValueError(f"quorum '{text}' is not a share such as \"2/3\" or \"50%\"")


def check_timezone(name: str) -> str:
    """The IANA zone name, checked; ValueError naming it when unknown."""
    name = (name or "").strip()
    if not name:
        return ""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone '{name}': use an IANA name such as "
                         "\"Asia/Almaty\" or \"Europe/Moscow\"") from None
    return name


def parse_local_time(text: str, settings: Settings) -> str:
    """A meeting time as written ("10:00", "2026-10-06 10:00") in one form:
    "YYYY-MM-DDTHH:MM" (local time; a bare time falls on the competition's last day).
    ValueError when it is neither."""
    text = (text or "").strip()
    if not text:
        return ""
    day, hour, minute = _written_time(text)
    day = day or (settings.dates[-1] if settings.dates else "")
    if day and not _is_date(day):
        raise ValueError(f"'{text}' has no valid date")
    return f"{day}T{hour:02d}:{minute:02d}" if day else f"{hour:02d}:{minute:02d}"


def _written_time(text: str) -> tuple[str, int, int]:
    """(the date, if one is written, the hour, the minute) of a time as written."""
    m = _TIME.match(text)
    if not m:
        raise ValueError(f"'{text}' is not a time such as \"10:00\" or \"2026-10-06 10:00\"")
    hour, minute = int(m.group(2)), int(m.group(3))
    if hour > 23 or minute > 59:
        raise ValueError(f"'{text}' is not a time of day")
    return m.group(1) or "", hour, minute


def _is_date(text: str) -> bool:
    try:
        _dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def zone(settings: Settings) -> _dt.tzinfo:
    if settings.timezone:
        try:
            return ZoneInfo(settings.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return _dt.timezone.utc


def local(iso: str, settings: Settings) -> _dt.datetime | None:
    """A stored moment (ISO 8601, UTC or with an offset) in the meeting's time zone."""
    try:
        moment = _dt.datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_dt.timezone.utc)
    return moment.astimezone(zone(settings))


def zone_label(moment: _dt.datetime, settings: Settings) -> str:
    """"UTC" or "(Asia/Omsk, UTC+6)" (the offset of that moment, summer time included)."""
    if not settings.timezone:
        return "UTC"
    offset = moment.utcoffset() or _dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    return f"({settings.timezone}, UTC{sign}{hours}" + (f":{rest:02d}" if rest else "") + ")"


def place(settings: Settings) -> str:
    return settings.meeting_place or settings.venue


def chair(c: Competition) -> Juror | None:
    """Who chaired the meeting: the juror `[meeting] chair` names, else the chair."""
    if c.settings.chaired_by:
        found = c.juror(c.settings.chaired_by)
        if found is not None:
            return found
    return next((j for j in c.jurors if j.role == "chair"), None)


def took_part(j: Juror) -> bool:
    return j.attendance in ("present", "remote")


def signers(c: Competition) -> list[Juror]:
    return [j for j in c.jurors if took_part(j)]


@dataclass(frozen=True)
class Quorum:
    share: Fraction | None      # None: no quorum is set
    scoring: int                # scoring jurors
    taking_part: int            # of them, present or remote
    present: int
    remote: int

    @property
    def needed(self) -> int:
        return 0 if self.share is None else math.ceil(self.share * self.scoring)

    @property
    def met(self) -> bool:
        return self.taking_part >= self.needed

    def share_text(self) -> str:
        if self.share is None:
            return ""
        return f"{self.share.numerator}/{self.share.denominator}"


def quorum(c: Competition) -> Quorum:
    try:
        share = parse_quorum(c.settings.quorum)
    except ValueError:
        share = Fraction(2, 3)          # a stored value is checked on the way in
    scoring = c.scoring_jurors
    present = sum(j.attendance == "present" for j in scoring)
    remote = sum(j.attendance == "remote" for j in scoring)
    return Quorum(share, len(scoring), present + remote, present, remote)


def quorum_problem(c: Competition) -> str | None:
    """Why the competition cannot be finalized for want of a quorum, or None."""
    q = quorum(c)
    if q.met:
        return None
    return (f"no quorum: {q.taking_part} of {q.scoring} scoring jurors took part in the "
            f"meeting, and {q.share_text()} needs {q.needed}; record who attended "
            "(present or remote) before finalizing")


def parse_votes(text: str) -> tuple[int, int, int] | None:
    """"5:1:1" -> (5, 1, 1), the votes for, against and abstaining; "" -> None.
    ValueError naming what is wrong otherwise."""
    text = (text or "").strip()
    if not text:
        return None
    parts = [p.strip() for p in text.split(":")]
    if len(parts) != 3 or not all(p.isascii() and p.isdigit() and len(p) <= 4 for p in parts):
        raise ValueError(f"votes '{text}' are not FOR:AGAINST:ABSTAIN, such as 5:1:1")
    return int(parts[0]), int(parts[1]), int(parts[2])


def check_votes(comp: Competition, votes: tuple[int, int, int] | None, casting: bool) -> None:
    """A vote's figures must be whole numbers 0 or more, no more in all than the scoring
    jurors who took part in the meeting (present or remote); a casting vote settles only
    a vote that was tied (as many for as against)."""
    if votes is None:
        if casting:
            raise InputError("a casting vote needs the votes it settled: for, against, "
                             "abstaining", field="casting", code="casting_without_votes")
        return
    if len(votes) != 3 or any(not isinstance(v, int) or v < 0 for v in votes):
        raise InputError("votes are three whole numbers: for, against, abstaining",
                         field="votes")
    voters = quorum(comp).taking_part
    if sum(votes) > voters:
        raise InputError(f"{sum(votes)} votes, but only {voters} scoring jurors took part in "
                         "the meeting", field="votes", code="too_many_votes",
                         params={"votes": sum(votes), "voters": voters})
    if casting and votes[0] != votes[1]:
        raise InputError(f"a casting vote settles a tied vote; {votes[0]} for and "
                         f"{votes[1]} against is not tied", field="casting",
                         code="casting_not_tied", params={"yes": votes[0], "no": votes[1]})
    _check_carried(votes, casting)


def _check_carried(votes: tuple[int, int, int], casting: bool) -> None:
    """The votes are for and against the decision being recorded: it stands only when
    more voted for it than against, or when the chair's casting vote settled a tie. A
    protocol saying "decided: 2 for, 4 against" is one no official would sign."""
    yes, no = votes[0], votes[1]
    if yes == no and not casting:
        raise InputError(f"{yes} for and {no} against is a tied vote: the decision stands "
                         "only with the chair's casting vote", field="votes",
                         code="vote_tied", params={"yes": yes, "no": no})
    if yes < no:
        raise InputError(f"{yes} for and {no} against: the jury voted this decision down, "
                         "so it cannot be recorded as taken", field="votes",
                         code="vote_lost", params={"yes": yes, "no": no})


def check_opinion(comp: Competition, juror: str, text: str) -> str:
    """A dissenting opinion is a scoring juror's (the chair or a member: the secretary
    does not vote), its text as stored (stripped, within a reason's length). An empty
    text is returned as such: the caller decides what none means (the service withdraws
    the opinion; a file's row is refused)."""
    from app import entry   # here: app.entry's settings rules import this module

    j = entry.existing(comp.juror(juror), "juror", juror)
    if not j.scores:
        raise InputError(f"'{juror}' is the secretary, who does not vote: only a juror "
                         "can dissent", field="juror", code="secretary_dissent",
                         params={"juror": juror})
    return entry.text(text, "opinion")
