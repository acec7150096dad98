"""How numbers and names read on screen (the protocol does its own printing)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont

from app.model import Juror, Project


def mark(value: float | None) -> str:
    """A mark as the juror wrote it: 7, 7.5."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def score(value: float | None) -> str:
    """A project's score, rounded for display only (two decimals)."""
    return "" if value is None else f"{value:.2f}"


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
