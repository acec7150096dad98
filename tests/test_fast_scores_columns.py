"""Fast: scores.csv read column by column (app.folder.tables `read_columns`); plain twin:
the row-by-row reader (`read_table`). The same rows, lines and warnings."""

import pytest

from app.folder.read import read_scores
from app.folder.tables import read_table


@pytest.mark.parametrize("text", [
    "juror,project,criterion,score\nJ1,P1,a,7\nJ2,P1,a,9\n",
    "juror,project,criterion,score\r\nJ1,P1,a,7\r\n\r\nJ2,P1,a,9\r\n",
    "Juror;Project;Criterion;Score;comment\nJ1;P1;a;7,5;x\n J2 ;P1;a; 9 ;\n",
    'juror,project,criterion,score\n"J1",P1,a,"7"\nJ2,"P\n1",a,9\n',
    "\ufeffjuror,project,criterion,score\nJ1,P1,a,7\n,,,\nJ2,P1,,R\n",
])
def test_scores_read_column_by_column_are_what_row_by_row_reading_gives(tmp_path, text):
    """Plain, CRLF, semicolon-separated, quoted (a value across lines), BOM and blank-row
    files: the same rows, lines and warnings as the row-by-row reader."""
    path = tmp_path / "scores.csv"
    path.write_text(text, encoding="utf-8")
    fast, warnings = read_scores(path, []), []
    table = read_table(path, ["juror", "project", "criterion", "score"])
    assert [(r.line, r.juror, r.project, r.criterion, r.text) for r in fast] == [
        (line, r["juror"], r["project"], r["criterion"], r["score"]) for line, r in table.rows]
    assert read_scores(path, warnings) is not None and warnings == table.warnings
