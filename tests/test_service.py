"""The service the window calls: typed cells checked, snapshots kept in step with the store."""

import pytest

from app.errors import InputError
from app.scoring import compute, results_json
from app.service import JuryService


@pytest.fixture
def service(demo_store):
    return JuryService(demo_store)


def test_a_typed_mark_is_checked_then_saved(service):
    assert service.enter_mark("J5", "RU-05", "relevance", "7,5") == 7.5
    assert service.store.load().marks[("J5", "RU-05", "relevance")] == 7.5
    for text, reason in (("11", "out of range"), ("7.3", "grid"), ("abc", "not a number")):
        with pytest.raises(InputError, match=reason):
            service.enter_mark("J5", "RU-05", "quality", text)
    assert ("J5", "RU-05", "quality") not in service.store.load().marks


def test_r_recuses_and_a_recused_cell_refuses_a_mark(service):
    assert service.enter_mark("J5", "RU-05", "quality", "R") is None
    assert ("J5", "RU-05") in service.competition().recusals
    with pytest.raises(InputError, match="recused"):
        service.enter_mark("J5", "RU-05", "quality", "6")


def test_the_secretary_and_unknown_codes_are_refused(service):
    with pytest.raises(InputError, match="secretary"):
        service.enter_mark("S1", "RU-05", "quality", "6")
    with pytest.raises(InputError, match="unknown project"):
        service.enter_mark("J1", "XX", "quality", "6")


def test_snapshot_and_results_follow_every_kind_of_change(service):
    """After marks, an undo, a recusal and a clear, the kept snapshot and the incrementally
    refreshed results equal a fresh load and a full computation."""
    service.results()  # warm the incremental path
    service.enter_mark("J5", "RU-05", "relevance", "9")
    service.enter_mark("J5", "RU-05", "quality", "8")
    assert results_json(service.results()) == results_json(compute(service.store.load()))
    service.undo()
    service.enter_mark("J6", "RU-05", "impact", "R")
    service.enter_mark("J1", "RU-01", "impact", "")
    assert service.competition() == service.store.load()
    assert results_json(service.results()) == results_json(compute(service.store.load()))


def test_a_snapshot_is_not_changed_by_later_marks(service):
    before = service.competition()
    service.enter_mark("J5", "RU-05", "relevance", "9")
    assert ("J5", "RU-05", "relevance") not in before.marks
    assert service.competition().marks[("J5", "RU-05", "relevance")] == 9.0


def test_the_window_hears_a_change_only_after_the_service_has_taken_it_in(demo_store):
    """The service is the store's only subscriber and passes each change on: a listener of
    the service, subscribed before anything was read, reads the mark just keyed (and the
    results with it) when it hears the change, never the value before."""
    seen = []
    service = JuryService(demo_store)
    service.subscribe(lambda change: seen.append((
        change.action, service.competition().marks.get(("J5", "RU-05", "relevance")),
        service.juror_totals("RU-05").get("J5"))))
    service.competition()
    service.enter_mark("J5", "RU-05", "relevance", "7,5")
    service.enter_mark("J5", "RU-05", "relevance", "8")
    assert [(a, m) for a, m, _t in seen] == [("mark", 7.5), ("mark", 8.0)]
    assert seen[1][2] != seen[0][2]
    assert len(demo_store._subscribers) == 1


def test_nothing_in_the_window_listens_to_the_store_itself():
    """ui/ subscribes to the service, never to the store, so the order in which the two
    hear a commit is built in rather than arranged."""
    from pathlib import Path

    ui = Path(__file__).resolve().parent.parent / "ui"
    assert not [p.name for p in ui.rglob("*.py") if "store.subscribe" in p.read_text("utf-8")]
