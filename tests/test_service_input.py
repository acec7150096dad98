"""What a GUI cell sends the service: every wrong value is refused, naming the field,
and nothing is saved."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import InputError
from app.folder import import_folder
from app.service import JuryService
from tests.helpers import db_dump, write_folder

SCORES = "juror,project,criterion,score\nJ1,P1,a,7\nJ2,P2,b,R\n"


@pytest.fixture
def service(store, tmp_path):
    import_folder(store, write_folder(tmp_path / "f", scores=SCORES))
    return JuryService(store)


@pytest.mark.parametrize("juror, project, criterion, text, field, words", [
    ("J9", "P1", "a", "5", "juror", "unknown juror 'J9'"),
    ("S", "P1", "a", "5", "juror", "secretary"),
    ("J1", "P9", "a", "5", "project", "unknown project 'P9'"),
    ("J1", "P1", "z", "5", "criterion", "unknown criterion 'z'"),
    ("J1", "P1", "a", "five", "a", "not a number"),
    ("J1", "P1", "a", "11", "a", "out of range"),
    ("J1", "P1", "a", "-0.5", "a", "out of range"),
    ("J1", "P1", "a", "7.5", "a", "grid"),
    ("J1", "P1", "a", "1_0", "a", "not a number"),
    ("J1", "P1", "a", "nan", "a", "not a number"),
    ("J1", "P1", "a", "1e1", "a", "not a number"),
    ("J1", "P1", "a", "７", "a", "not a number"),  # a full-width digit from an IME
    ("J2", "P2", "a", "5", "score", "recused"),
])
def test_a_wrong_cell_is_refused_naming_the_field(service, juror, project, criterion, text,
                                                  field, words):
    before = db_dump(service.store.path)
    with pytest.raises(InputError) as err:
        service.enter_mark(juror, project, criterion, text)
    assert err.value.field == field
    assert words in str(err.value)
    assert db_dump(service.store.path) == before


@pytest.mark.parametrize("call", [
    lambda s: s.set_recused("J9", "P1", True),
    lambda s: s.set_recused("J1", "P9", True),
    lambda s: s.set_absent("S", "P1", True),
    lambda s: s.set_absent("J1", "", True),
    lambda s: s.set_withdrawn("P9", True),
])
def test_wrong_codes_in_the_other_cells_are_refused(service, call):
    before = db_dump(service.store.path)
    with pytest.raises(InputError, match="unknown|secretary"):
        call(service)
    assert db_dump(service.store.path) == before


def test_the_accepted_spellings_of_a_cell(service):
    """Decimal comma, spaces, Cyrillic Р for a recusal and an empty cell to clear."""
    assert service.enter_mark("J1", "P1", "b", " 4,0 ") == 4.0
    assert service.enter_mark("J1", "P1", "b", "") is None
    assert ("J1", "P1", "b") not in service.competition().marks
    assert service.enter_mark("J1", "P2", "a", "р") is None
    assert ("J1", "P2") in service.competition().recusals


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=12))
def test_any_typed_text_is_either_a_valid_mark_or_a_clean_refusal(service, text):
    """Whatever is typed: a stored score in 0..max on the grid, or InputError; never
    another exception, and a refusal leaves the mark as it was."""
    before = service.competition().marks.get(("J1", "P1", "a"))
    try:
        stored = service.enter_mark("J1", "P1", "a", text)
    except InputError:
        assert service.competition().marks.get(("J1", "P1", "a")) == before
        return
    if stored is not None:
        assert 0 <= stored <= 10 and stored == int(stored)
        assert service.competition().marks[("J1", "P1", "a")] == stored
    else:  # cleared, or R recused the juror
        service.set_recused("J1", "P1", False)


def test_the_safety_calls_the_gui_makes(service):
    """Backup, restore, finalize and reopen through the service; its snapshot follows."""
    made = service.backup_now()
    assert service.backups()[0] == made
    service.enter_mark("J1", "P1", "a", "3")
    kept = service.restore_backup(made.path)
    assert service.competition().marks[("J1", "P1", "a")] == 7.0
    assert kept.reason == "before-restore"
    service.finalize()
    assert service.competition().finalized
    with pytest.raises(InputError, match="reason"):
        service.reopen(" ")
    service.reopen("a juror's sheet was mistyped")
    assert not service.competition().finalized
    assert service.check_audit().intact
