"""The group column left unnamed ("Group", the English stand-in a competition.toml without
`group_label` and a new competition get) is named in each document's own language."""

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader

from app.model import DEFAULT_GROUP_LABEL
from app.protocol import render_protocol
from app.reports.workbook import build_workbook
from tests.protocol_build import generated

PRINTED_AT = "2026-10-05T12:00:00+00:00"


def _text(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
                    .split())


def _unnamed():
    comp = generated(8, 4, tie=False)
    return replace(comp, settings=replace(comp.settings, group_label=DEFAULT_GROUP_LABEL))


@pytest.mark.parametrize("lang, says", [("ru", "Группа: "), ("kk", "Топ: "),
                                         ("ru+kk", "Топ: "), ("en", "Group: ")])
def test_an_unnamed_group_column_is_named_in_the_protocols_language(lang, says):
    """The Russian protocol printed "Group: Россия" and «по столбцу «Group»»: now its own
    word, in each of its languages; a label the organisers wrote ("Страна") is printed as
    written."""
    text = _text(render_protocol(_unnamed(), lang=lang, printed_at=PRINTED_AT)[0])
    assert says in text
    if lang != "en":
        assert "Group" not in text
    named = _unnamed()
    named = replace(named, settings=replace(named.settings, group_label="Страна"))
    assert "Страна: " in _text(render_protocol(named, lang=lang, printed_at=PRINTED_AT)[0])


def test_an_unnamed_group_column_is_named_in_the_workbooks_language():
    """The results workbook's first column was headed "Group" in a Russian workbook."""
    wb = build_workbook(_unnamed(), lang="ru")
    assert wb.worksheets[0].cell(1, 1).value == "Группа"


def test_an_unnamed_group_column_is_named_in_the_windows_language(window, qtbot):
    """A new competition's group column is "Group" (the organisers named none): the
    Russian window headed the running order's and the results' column "Group"; it says
    "Группа" now, as the protocol does."""
    from dataclasses import replace

    from PySide6.QtCore import Qt

    from app.model import DEFAULT_GROUP_LABEL
    from ui import i18n
    from ui.main_window import ORDER, RESULTS

    service = window.session.service
    settings = replace(service.competition().settings, group_label=DEFAULT_GROUP_LABEL)
    service.save_settings(settings)
    i18n.set_language("ru")
    window.go(ORDER)
    window.go(RESULTS)
    headers = []
    for model in (window.running_order.model, window.results.model):
        headers += [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    assert "Группа" in headers and "Group" not in headers
