"""Every menu's Alt letters are its own in each language: two entries of one menu (or two
menus of the bar) underlining the same letter make Alt+letter only highlight the first,
so the entry wanted is not reached by its letter (seen in the Russian File menu)."""

import pytest
from PySide6.QtWidgets import QApplication

from ui.keys import mnemonic


def _clashes(actions) -> list[tuple[str, list[str]]]:
    seen: dict[str, list[str]] = {}
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        letter = mnemonic(action.text())
        if letter:
            seen.setdefault(letter, []).append(action.text())
    return [(letter, texts) for letter, texts in seen.items() if len(texts) > 1]


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_no_two_entries_of_a_menu_share_an_alt_letter(window, lang):
    """In English, Russian and Kazakh: the menu bar's menus, and the entries of each
    menu, each underline a different letter."""
    window.set_language(lang)
    QApplication.processEvents()      # the LanguageChange events
    assert window.menuBar().actions()[0].text() != "&File" or lang == "en"
    bar = window.menuBar()
    problems = _clashes(bar.actions())
    for top in bar.actions():
        if top.menu() is not None:
            problems += [(top.text(), c) for c in _clashes(top.menu().actions())]
    assert problems == [], (lang, problems)
