"""What may be entered: numbers, codes and texts, the same rules for an imported file, a
cell typed in the window and an argument on the command line.

Numbers are read as decimals from the text as written, never through binary floating
point: a mark is on the `score_step` grid exactly or refused (`5.00000000049` is not 5).
Codes are what files and messages name a record by, so nothing invisible may hide in one
(a zero-width space would make a second `RU-01` that looks like the first). Texts are
stored in Unicode's composed form (NFC), so the same name typed on two keyboards is the
same name, and each kind has a length limit that the protocol is known to lay out.
The competition's settings are checked here too, field by field (`check_settings`), for
the window, the command line and an imported `competition.toml` alike.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
import unicodedata
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from typing import Callable, Collection

from app import meeting
from app.errors import InputError
from app.model import (AGGREGATES, COMMENT_MODES, METHODS, NORMALIZATIONS, ROUNDING_MODES,
                       DEFAULT_GROUP_LABEL, Settings)

# The longest text of each kind, in characters. The protocol is tested with a text of
# every kind at its limit (tests/test_entry_limits.py); README names them.
LIMITS = {
    "code": 32,       # a project, juror or criterion code
    "title": 500,     # a project's or the competition's title, subtitle
    "name": 200,      # a juror's or criterion's name, position, organisation, venue, group
    "reason": 2000,   # a jury decision's reason, the reason for reopening
    "note": 500,      # an extra column of projects.csv
}
# which limit a field falls under (a field not named here is a "name")
KIND_OF = {
    "code": "code", "juror": "code", "project": "code", "criterion": "code",
    "title": "title", "subtitle": "title",
    "reason": "reason", "--reason": "reason",
    "opinion": "reason", "--text": "reason",
}

# a scale beyond these is a typing slip, and would overflow the totals
LARGEST = Decimal(10) ** 6
SMALLEST_STEP = Decimal("0.01")

# what a spreadsheet cell holding a number looks like: ASCII digits, a point or a decimal
# comma; Python's float() would also take "1_0", "1e1", "inf" and non-Latin digits
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)")
# "1,000" or "12,500": a thousands separator or a decimal comma? Either reading is a
# plausible slip, so neither is guessed
_AMBIGUOUS = re.compile(r"[+-]?[1-9][0-9]{0,2},[0-9]{3}")
# Unicode categories no code may hold: controls (C0, C1), format characters (zero-width
# space and joiners, BOM, bidi marks), separators (spaces of every width), unassigned
_INVISIBLE = {"Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp"}
# a code goes into CSV files, file names and command lines
_CODE_PUNCT = set(",;\"'")


class Ambiguous(ValueError):
    """A number that may be read two ways (`1,000`)."""


def parse_decimal(text: str) -> Decimal | None:
    """A number as a spreadsheet writes it (decimal comma allowed), exactly as written;
    None when it is not one. `1,000` raises Ambiguous."""
    text = text.strip()
    if not _NUMBER.fullmatch(text):
        return None
    if _AMBIGUOUS.fullmatch(text):
        raise Ambiguous(text)
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:  # pragma: no cover - the pattern admits only decimals
        return None


def decimal_of(x: float | int | Decimal) -> Decimal:
    """A stored number (a float read back from the file) as the decimal it was typed as:
    the shortest decimal that gives that float, which is what the user wrote."""
    if isinstance(x, Decimal):
        return x
    return Decimal(repr(float(x))) if isinstance(x, float) else Decimal(x)


def number(text: str, *, file: str | None = None, line: int | None = None,
           field: str | None = None) -> Decimal:
    """A number typed or read from a file, or InputError naming where."""
    try:
        value = parse_decimal(text)
    except Ambiguous:
        raise InputError(f"'{text.strip()}' is ambiguous: a thousands separator or a "
                         "decimal comma? Write 1000 or 1.0 (1,0)", file=file, line=line,
                         field=field, code="ambiguous", params={"text": text.strip()}) \
            from None
    if value is None:
        raise InputError(f"'{text}' is not a number", file=file, line=line, field=field,
                         code="not_a_number", params={"text": text.strip()})
    return value


def scale_problem(value, what: str) -> str | None:
    """Why `value` is no good as a criterion's max or weight, or None."""
    value = decimal_of(value)
    if not 0 < value <= LARGEST:
        return f"{what} must be positive and at most 1000000, not {plain(value)}"
    return None


def step_problem(value) -> str | None:
    """Why `value` is no good as the score step, or None."""
    try:
        value = decimal_of(value)
    except (InvalidOperation, ValueError, OverflowError):
        return "the score step must be a number"
    if not value.is_finite() or not SMALLEST_STEP <= value <= LARGEST:
        return f"must be a number from {SMALLEST_STEP} up, such as 1 or 0.5"
    return None


def mark_problem(value, maximum, step) -> tuple[str, str] | None:
    """Why a mark's value is not allowed on this criterion: (code, words), or None.
    Exact: the mark, max and step are compared as the decimals they were written as."""
    value, maximum, step = decimal_of(value), decimal_of(maximum), decimal_of(step)
    if not (value.is_finite() and 0 <= value <= maximum):
        return "out_of_range", f"is out of range: marks go from 0 to {plain(maximum)}"
    if value % step != 0:
        grid = {Decimal(1): "whole points", Decimal("0.5"): "whole and half points"}.get(
            step, f"steps of {plain(step)}")
        return "off_grid", f"is off the grid: marks go in {grid}"
    return None


def plain(x) -> str:
    """A number as a plain decimal, never in exponent form (`0.00001`, not `1e-05`): what
    import reads back."""
    d = decimal_of(x)
    if d == d.to_integral_value():
        return str(int(d))
    return format(d.normalize(), "f")


# ----- codes and texts -------------------------------------------------------------------
def code_problem(code: str) -> str | None:
    """Why `code` cannot be a code, or None."""
    if not code:
        return "the code is empty"
    for ch in code:
        if unicodedata.category(ch) in _INVISIBLE:
            return (f"the code holds an invisible or control character "
                    f"(U+{ord(ch):04X} {unicodedata.name(ch, 'control')}): retype it")
        if ch in _CODE_PUNCT:
            return "a code is one word without spaces, commas or quotes"
    if len(code) > LIMITS["code"]:
        return f"a code is at most {LIMITS['code']} characters, not {len(code)}"
    return None


def choice(value: str, allowed: Collection[str], what: str, *, file: str | None = None,
           line: int | None = None) -> str:
    """`value` when it is one of `allowed` (a juror's role, attendance), or InputError:
    "unknown role 'boss': use chair, member or secretary"."""
    if value not in allowed:
        raise InputError(_unknown_choice(value, allowed, what), file=file, line=line,
                         field=what)
    return value


def _unknown_choice(value, allowed: Collection[str], what: str) -> str:
    return f"unknown {what} '{value}': use {_or(allowed)}"


# what a record cannot be without its reason says, by the kind of record
REASON_NEEDED = {"decision": "a jury decision needs its reason",
                 "adjustment": "an adjustment needs the rule it applies"}


def reason(value: str, record: str, *, file: str | None = None,
           line: int | None = None) -> str:
    """The reason a jury decision or an adjustment (`record`) is recorded with, as
    stored (`text`), or InputError when it is empty."""
    value = text(value, "reason", file=file, line=line, kind="reason")
    if not value:
        raise InputError(REASON_NEEDED[record], file=file, line=line, field="reason")
    return value


def points(value: str, *, file: str | None = None, line: int | None = None) -> Decimal:
    """The points an adjustment adds (negative: takes away): a number other than 0, at
    most LARGEST either way."""
    result = number(value, file=file, line=line, field="points")
    if result == 0 or abs(result) > LARGEST:
        raise InputError(f"points must be a number other than 0, at most {plain(LARGEST)} "
                         "either way", file=file, line=line, field="points")
    return result


YES_NO = {"yes": True, "no": False}


def yes_no(value: str, field: str, *, file: str | None = None, line: int | None = None,
           words: dict[str, bool] = YES_NO) -> bool:
    """A yes-or-no value (any case) as True or False, or InputError naming the field;
    `words`: what each accepted word means."""
    meaning = words.get(value.strip().lower())
    if meaning is None:
        raise InputError(f"{field} must be yes or no, not '{value.strip()}'", file=file,
                         line=line, field=field)
    return meaning


def unknown(what: str, code: str) -> str:
    """'unknown project 'X'', saying so when X holds an invisible character: otherwise the
    refused code reads exactly like the right one."""
    message = f"unknown {what} '{code}'"
    for ch in code:
        if unicodedata.category(ch) in _INVISIBLE:
            return (f"{message}: it holds an invisible character "
                    f"(U+{ord(ch):04X} {unicodedata.name(ch, 'control')}): retype it")
    return message


def existing(record, what: str, code: str):
    """`record`, looked up by `code`, or InputError when there is none (`unknown`)."""
    if record is None:
        raise InputError(unknown(what, code), field=what)
    return record


def check_code(code: str, what: str, *, file: str | None = None, line: int | None = None,
               field: str = "code") -> str:
    """`code` as it may be stored, or InputError naming where and quoting the `what`
    (project, juror, criterion) code refused, in the same words for the window and a
    file."""
    problem = code_problem(code)
    if problem:
        raise InputError(f"{problem} (the {what} code '{code}')", file=file, line=line,
                         field=field)
    return code


def text(value: str, field: str, *, file: str | None = None, line: int | None = None,
         kind: str | None = None) -> str:
    """A name, title or reason as stored: stripped, in NFC, no longer than its limit."""
    value = unicodedata.normalize("NFC", value.strip())
    limit = LIMITS[kind or KIND_OF.get(field, "name")]
    if len(value) > limit:
        raise InputError(f"too long: at most {limit} characters, not {len(value)}",
                         file=file, line=line, field=field, code="too_long",
                         params={"limit": limit, "length": len(value)})
    return value


# C0 and C1 controls (ESC starts a terminal's escape sequences), DEL, and the bidi
# controls that can reorder what a terminal shows
_TERMINAL_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e"
                              "\u2066-\u2069]")


def for_terminal(s: str) -> str:
    """`s` with every control character taken out, for printing to a terminal."""
    return _TERMINAL_UNSAFE.sub("", s)


# ----- the competition's settings --------------------------------------------------------
VERIFICATIONS = ("none", "required")
MAX_PLACES = 6  # the most decimals a step of the regulation's arithmetic may round to

# a rule takes a setting's value and the settings checked so far, and gives the value as
# stored or raises ValueError with the words that say what is wrong
Rule = Callable[[object, Settings], object]


def _or(words: Collection[str]) -> str:
    """"none, optional or required"."""
    words = list(words)
    return ", ".join(words[:-1]) + " or " + words[-1] if len(words) > 1 else words[0]


def _shown(value) -> str:
    """A refused value as a refusal quotes it: a number as written (`-1`, whether it came
    from a file as -1 or from the window as -1.0), anything else as Python shows it."""
    return plain(value) if _is_number(value) else repr(value)


def _one_of(allowed: Collection[str], what: str) -> Rule:
    def rule(value, _s):
        value = value.strip() if isinstance(value, str) else value
        if value not in allowed:
            raise ValueError(_unknown_choice(value, allowed, what))
        return value
    return rule


def _whole(what: str, least: int, most: int | None = None) -> Rule:
    span = f"{least} or more" if most is None else f"from {least} to {most}"

    def rule(value, _s):
        if isinstance(value, bool) or not isinstance(value, int) or value < least or \
                (most is not None and value > most):
            raise ValueError(f"{what} must be a whole number {span}, not {_shown(value)}")
        return value
    return rule


def _optional(rule: Rule) -> Rule:
    return lambda value, s: None if value is None else rule(value, s)


def _is_number(value) -> bool:
    return not isinstance(value, bool) and isinstance(value, (int, float, Decimal)) and \
        math.isfinite(value)


def _text_rule(field: str, kind: str | None = None) -> Rule:
    def rule(value, _s):
        if not isinstance(value, str):
            raise ValueError(f"{field} must be text in quotes, not {value!r}")
        return text(value, field, kind=kind)
    return rule


def _then(first: Rule, then: Callable[[object, Settings], object]) -> Rule:
    """`first`, then `then` on what it gave (`then` may give a new value or None: the
    same)."""
    def rule(value, s):
        value = first(value, s)
        again = then(value, s)
        return value if again is None else again
    return rule


def _title(value, _s):
    if not value:
        raise ValueError("the competition needs a title")


def _dates(value, _s) -> tuple[str, ...]:
    dates = []
    for d in value:
        try:
            dates.append(_dt.date.fromisoformat(str(d).strip()).isoformat())
        except ValueError:
            raise ValueError(f"'{d}' is not a date in the form YYYY-MM-DD") from None
    return tuple(dates)


def _score_step(value, _s) -> float:
    if not _is_number(value) or step_problem(value):
        raise ValueError(f"the score step must be a number from {SMALLEST_STEP} up, such "
                         f"as 1 or 0.5, not {_shown(value)}")
    return float(value)


def _tie_break(value, _s) -> tuple[str, ...]:
    codes = tuple(str(code).strip() for code in value)
    if len(set(codes)) != len(codes):
        raise ValueError("the tie-break names a criterion twice")
    return codes


def _winners(value, s):
    """Exactly one of the winners per group and the winners in total, 1 or more."""
    if (s.winners_per_group is None) == (s.winners_total is None):
        raise ValueError("set either the winners per group or the winners in total")
    _whole("the number of winners", 1)(
        s.winners_total if s.winners_per_group is None else s.winners_per_group, s)
    return value


def _aggregate(value, s):
    if s.normalize == "zscore" and value != "juror":
        raise ValueError('normalize = "zscore" needs aggregate = "juror": z-scores even '
                         "out jurors' totals, which a per-criterion score never forms")


def _min_score(value, _s) -> float:
    if not _is_number(value) or value < 0:
        raise ValueError(f"the minimum score must be a number 0 or more, not "
                         f"{_shown(value)}")
    return float(value)


def _meeting_rule(check: Callable[[str], object]) -> Callable[[object, Settings], None]:
    """A rule of app.meeting, which raises ValueError with its own words."""
    return lambda value, _s: check(value) and None


def _meeting_time(value, s) -> str:
    return meeting.parse_local_time(value, s)


_DECIMALS = _optional(_whole("the decimals to round to", 0, MAX_PLACES))
# (Settings field, the name refusals give it: competition.toml's key and the window's
# field, its rule), in the order they are checked
SETTING_RULES: tuple[tuple[str, str, Rule], ...] = (
    ("title", "title", _then(_text_rule("title"), _title)),
    ("subtitle", "subtitle", _text_rule("subtitle")),
    ("venue", "venue", _text_rule("venue")),
    ("group_label", "group_label",
     _then(_text_rule("group_label"), lambda v, _s: v or DEFAULT_GROUP_LABEL)),
    ("dates", "dates", _dates),
    ("method", "method", _one_of(METHODS, "method")),
    ("trim", "trim", _whole("trim", 0)),
    ("normalize", "normalize", _one_of(NORMALIZATIONS, "normalisation")),
    ("score_step", "score_step", _score_step),
    ("tie_break", "tie_break", _tie_break),
    ("verification", "verification", _one_of(VERIFICATIONS, "verification")),
    ("winners_per_group", "winners", _winners),
    ("aggregate", "aggregate", _then(_one_of(AGGREGATES, "aggregate"), _aggregate)),
    ("comments", "comments", _one_of(COMMENT_MODES, "comments setting")),
    ("rounding_criterion", "rounding.criterion", _DECIMALS),
    ("rounding_weighted", "rounding.weighted", _DECIMALS),
    ("rounding_score", "rounding.score", _DECIMALS),
    ("rounding_mode", "rounding.mode", _one_of(ROUNDING_MODES, "rounding mode")),
    ("min_score", "winners.min_score", _optional(_min_score)),
    ("meeting_number", "meeting.number", _text_rule("number")),
    ("meeting_place", "meeting.place", _text_rule("place")),
    ("timezone", "meeting.timezone",
     _then(_text_rule("timezone"), lambda v, _s: meeting.check_timezone(v))),
    ("quorum", "meeting.quorum",
     # looked up when a quorum is checked: app.meeting imports this module, so importing
     # app.meeting first (as app.protocol does) finds it only half made here
     _then(_text_rule("quorum"), _meeting_rule(lambda v: meeting.parse_quorum(v)))),
    ("meeting_start", "meeting.start", _then(_text_rule("start"), _meeting_time)),
    ("meeting_end", "meeting.end", _then(_text_rule("end"), _meeting_time)),
    ("chaired_by", "meeting.chair", _text_rule("chair")),
)


def check_settings(s: Settings, criteria: Collection[str] | None = None) -> Settings:
    """`s` as stored (texts stripped and in NFC, dates as YYYY-MM-DD, numbers as floats),
    or InputError naming the field of the first rule it breaks. `criteria`: the criterion
    codes the tie-break may name (None: not checked here)."""
    for name, field, rule in SETTING_RULES:
        try:
            s = replace(s, **{name: rule(getattr(s, name), s)})
        except ValueError as exc:
            raise InputError(str(exc), field=field) from None
    for code in s.tie_break if criteria is not None else ():
        if code not in criteria:
            raise InputError(not_a_criterion(code, criteria), field="tie_break")
    return s


def not_a_criterion(code: str, criteria: Collection[str]) -> str:
    """The words refusing a tie-break that names no criterion."""
    return (f"the tie-break names '{code}', which is not a criterion code "
            f"({', '.join(criteria)})")


# A mark as typed, on a sheet or in a file. R (or the Cyrillic Р, the same key) is a
# recusal: the juror does not score that project.
RECUSAL_LETTERS = {"R", "r", "Р", "р"}


def check_score(text: str, maximum: float, step: float, *, file: str | None = None,
                line: int | None = None, field_name: str = "score") -> float:
    """A mark as typed: a number (decimal comma allowed) in 0..max exactly on the step
    grid (the rules are app.entry's, compared as decimals)."""
    try:
        value = number(text, file=file, line=line, field=field_name)
    except InputError as exc:
        if exc.code == "not_a_number":
            exc.message = f"'{text}' is not a number (or R for a recusal)"
            exc.args = (exc.message,)
        raise
    problem = mark_problem(value, maximum, step)
    if problem:
        code, words = problem
        raise InputError(f"{text.strip()} {words}", file=file, line=line, field=field_name,
                         code=code, params={"text": text.strip(), "max": fmt_number(maximum),
                                            "step": fmt_number(step)})
    return float(value)



def fmt_number(x: float) -> str:
    """A number as a plain decimal (`0.00001`, never `1e-05`), which import reads back."""
    x = float(x)
    if x.is_integer():
        return str(int(x))
    text = repr(x)
    return plain(x) if "e" in text else text
