"""How numbers and names read on screen (the protocol does its own printing).

Numbers follow the interface language (`use_locale`, called by ui.i18n): 7,5 and 45,12
in Russian and Kazakh, 7.5 and 45.12 in English; never a thousands separator.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QFont

from app.display import fixed
from app.model import Juror, Project, named_group_label

_locale = QLocale(QLocale.English, QLocale.UnitedStates)
_locale.setNumberOptions(QLocale.OmitGroupSeparator)


def use_locale(locale: QLocale) -> None:
    """Show numbers as `locale` writes them from now on."""
    global _locale
    _locale = QLocale(locale)
    _locale.setNumberOptions(QLocale.OmitGroupSeparator)


def mark(value: float | None) -> str:
    """A mark as the juror wrote it: 7, 7.5 (7,5 with a decimal comma)."""
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:g}".replace(".", _locale.decimalPoint())


def signed(value: float) -> str:
    """Points added or taken away: +1.5, -0.25 (+1,5 with a decimal comma)."""
    return ("+" if value > 0 else "-" if value < 0 else "") + mark(abs(value))


def score(value: float | None) -> str:
    """A project's score, rounded for display only (two decimals)."""
    return "" if value is None else number(value)


def number(value: float, decimals: int = 2) -> str:
    """A figure with the language's decimal sign, rounded half up by the rule the
    protocol prints with (app.display), so the window and the printed protocol never
    differ in the last digit: 45.125 shows as 45.13."""
    return fixed(value, decimals, _locale.decimalPoint())


def moment(iso: str) -> str:
    """A stored UTC timestamp as the local date and time, in the language's short form."""
    from PySide6.QtCore import QDateTime, Qt

    when = QDateTime.fromString(iso, Qt.ISODateWithMs)
    if not when.isValid():
        when = QDateTime.fromString(iso, Qt.ISODate)
    return _locale.toString(when.toLocalTime(), QLocale.ShortFormat) if when.isValid() else iso


@cache
def font(bold: bool = False, strike: bool = False) -> QFont:
    """A shared font for models' FontRole: built once, not on every paint."""
    f = QFont()
    f.setBold(bold)
    f.setStrikeOut(strike)
    return f


def juror_label(j: Juror) -> str:
    return f"{j.code} — {j.name}"


def project_label(p: Project) -> str:
    return f"{p.order}. {p.code} — {p.title}"


def role_name(role: str) -> str:
    names = {"chair": QCoreApplication.translate("Roles", "chair"),
             "member": QCoreApplication.translate("Roles", "member"),
             "secretary": QCoreApplication.translate("Roles", "secretary")}
    return names.get(role, role)


def attendance_name(state: str) -> str:
    """How a juror took part in the jury's meeting, as the window says it."""
    names = {"present": QCoreApplication.translate("Attendance", "present"),
             "remote": QCoreApplication.translate("Attendance", "remote (video link)"),
             "absent": QCoreApplication.translate("Attendance", "absent")}
    return names.get(state, state)


def group_label(competition) -> str:
    """The group column's name: the organisers' word, or the window's own ("Группа",
    "Топ") when they gave none (app.model.named_group_label)."""
    return named_group_label(competition.settings.group_label) or \
        QCoreApplication.translate("Groups", "Group")
