"""The set-up tables: jurors, criteria and projects, each editable in place."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app import entry
from app.errors import InputError
from app.model import ATTENDANCE, ROLES
from ui import fmt
from ui.models.records_model import Column, RecordsModel
from ui.session import Session


def _title(source: str):
    """A column title looked up each time it is shown, so it follows the language.
    QT_TRANSLATE_NOOP at the call sites is what lets lupdate find the texts."""
    return lambda: QCoreApplication.translate("SetupTables", source)


def _number(text: str) -> float:
    """A max or weight as typed, read by the rule a file's number is read by (app.entry):
    `7,5` is 7.5, but `1_0`, `1e1` or `inf`, which float() would take, are refused."""
    try:
        return float(entry.number(text))
    except InputError as exc:
        raise ValueError(str(exc)) from None


def jurors_model(session: Session) -> RecordsModel:
    columns = [Column("code", _title(QT_TRANSLATE_NOOP("SetupTables", "Code")), editable=False),
               Column("name", _title(QT_TRANSLATE_NOOP("SetupTables", "Name"))),
               Column("position", _title(QT_TRANSLATE_NOOP("SetupTables", "Position"))),
               Column("role", _title(QT_TRANSLATE_NOOP("SetupTables", "Role")),
                      show=fmt.role_name, choices=ROLES),
               # how the juror took part in the jury's meeting: counted for the quorum
               Column("attendance", _title(QT_TRANSLATE_NOOP("SetupTables", "At the meeting")),
                      show=fmt.attendance_name, choices=ATTENDANCE)]
    return RecordsModel(columns, lambda: session.service.competition().jurors,
                        lambda j: session.service.save_juror(j))


def criteria_model(session: Session) -> RecordsModel:
    columns = [Column("code", _title(QT_TRANSLATE_NOOP("SetupTables", "Code")), editable=False),
               Column("name", _title(QT_TRANSLATE_NOOP("SetupTables", "Criterion"))),
               Column("max", _title(QT_TRANSLATE_NOOP("SetupTables", "Max")),
                      show=fmt.mark, parse=_number),
               Column("weight", _title(QT_TRANSLATE_NOOP("SetupTables", "Weight")),
                      show=fmt.mark, parse=_number)]
    return RecordsModel(columns, lambda: session.service.competition().criteria,
                        lambda c: session.service.save_criterion(c))


def projects_model(session: Session) -> RecordsModel:
    columns = [Column("order", _title(QT_TRANSLATE_NOOP("SetupTables", "No.")), editable=False),
               Column("code", _title(QT_TRANSLATE_NOOP("SetupTables", "Code")), editable=False),
               Column("title", _title(QT_TRANSLATE_NOOP("SetupTables", "Title"))),
               Column("organization", _title(QT_TRANSLATE_NOOP("SetupTables", "Organisation"))),
               Column("group", lambda: fmt.group_label(session.service.competition())),
               Column("category", _title(QT_TRANSLATE_NOOP("SetupTables", "Category")))]
    return RecordsModel(columns, lambda: session.service.competition().running_order,
                        lambda p: session.service.save_project(p))
