"""The refresh rule (ui/shell/refresh_rule.py): a change reaches the screens that show
the tables it wrote, in step order, and no other."""

from ui.shell.refresh_rule import RULE, hears
from ui.shell.steps import (FINALIZE, ORDER, PRESENT, PROGRESS, PROTOCOL, RESULTS, SCORING,
                            SETUP)


def _listen(window, monkeypatch) -> list[int]:
    heard = []
    for step, screen in enumerate(window.screens):      # every screen built
        monkeypatch.setattr(screen, "on_change", lambda change, s=step: heard.append(s))
    return heard


def test_a_keyed_mark_reaches_the_screens_showing_marks_in_step_order(window, monkeypatch):
    """A mark leaves Set up, Running order and Presenting alone, and reaches the five
    screens that show marks, Scoring first."""
    heard = _listen(window, monkeypatch)
    service = window.session.service
    comp = service.competition()
    service.enter_mark(comp.scoring_jurors[0].code, comp.running_order[0].code,
                       comp.criteria[0].code, "3")
    assert heard == [SCORING, PROGRESS, RESULTS, PROTOCOL, FINALIZE]


def test_a_withdrawal_reaches_every_screen_showing_projects(window, monkeypatch):
    """A project withdrawn (the projects table) reaches all eight screens, in step order."""
    heard = _listen(window, monkeypatch)
    service = window.session.service
    service.set_withdrawn(service.competition().running_order[-1].code, True)
    assert heard == [SETUP, ORDER, PRESENT, SCORING, PROGRESS, RESULTS, PROTOCOL, FINALIZE]


def test_another_file_reaches_everyone_and_the_rule_names_each_screen_once():
    """None (another file opened) is heard by every row; each step is in the rule once."""
    assert all(hears(tables, None) for _who, tables in RULE)
    steps = [who for who, _tables in RULE if isinstance(who, int)]
    assert steps == list(range(8))
