"""The set-up tables: jurors, criteria and projects, each editable in place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.model import ROLES
from ui import fmt
from ui.models.records_model import Column, RecordsModel
from ui.session import Session


def _tr(text: str) -> str:
    return QCoreApplication.translate("SetupTables", text)


def _number(text: str) -> float:
    return float(text.strip().replace(",", "."))


def jurors_model(session: Session) -> RecordsModel:
    columns = [Column("code", _tr("Code"), editable=False),
               Column("name", _tr("Name")),
               Column("position", _tr("Position")),
               Column("role", _tr("Role"), show=fmt.role_name,
                      choices=[(r, fmt.role_name(r)) for r in ROLES])]
    return RecordsModel(columns, lambda: session.service.competition().jurors,
                        lambda j: session.service.save_juror(j))


def criteria_model(session: Session) -> RecordsModel:
    columns = [Column("code", _tr("Code"), editable=False),
               Column("name", _tr("Name")),
               Column("max", _tr("Max"), show=fmt.mark, parse=_number),
               Column("weight", _tr("Weight"), show=fmt.mark, parse=_number)]
    return RecordsModel(columns, lambda: session.service.competition().criteria,
                        lambda c: session.service.save_criterion(c))


def projects_model(session: Session) -> RecordsModel:
    columns = [Column("order", _tr("No."), editable=False),
               Column("code", _tr("Code"), editable=False),
               Column("title", _tr("Title")),
               Column("organization", _tr("Organisation")),
               Column("group", lambda: session.service.competition().settings.group_label),
               Column("category", _tr("Category"))]
    return RecordsModel(columns, lambda: session.service.competition().running_order,
                        lambda p: session.service.save_project(p))
