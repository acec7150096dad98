"""Fast: a snapshot whose marks are read from the file when first used
(app.store.fast.lazy_marks); plain twin: `Store.load()` reading every mark at once. The
marks of the snapshot's own moment, whatever comes later."""

from app.service import JuryService
from app.store.fast.lazy_marks import LazyMarks


def test_marks_of_a_snapshot_read_later_are_the_marks_as_they_were(demo_store):
    """A snapshot whose marks were not read yet still shows its own moment's marks, after
    later marks, clears and an undo."""
    service = JuryService(demo_store)
    before = service.competition()
    expected = dict(demo_store.load().marks)
    assert isinstance(before.marks, LazyMarks) and not before.marks.loaded
    service.enter_mark("J5", "RU-05", "relevance", "9")
    service.enter_mark("J1", "RU-01", "impact", "")
    service.undo()
    service.enter_mark("J2", "KZ-01", "quality", "3")
    assert dict(before.marks) == expected
    assert dict(service.competition().marks) == demo_store.load().marks
