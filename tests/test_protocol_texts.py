"""The protocol's text catalogue: every fixed text comes from it, in every language."""

import re
from pathlib import Path

import pytest

from app.errors import InputError
from app.model import ROLES
from app.protocol.texts import CATALOGUE, EN, Texts

PROTOCOL = Path(__file__).resolve().parent.parent / "app" / "protocol"
# t("id"...), texts("id"...), self("id"...): a literal message id
LOOKUP = re.compile(r"""\b(?:t|texts|self)\(\s*["']([a-z_.]+)["']""")


def used_ids() -> set[str]:
    ids = set()
    for path in PROTOCOL.glob("*.py"):
        ids.update(LOOKUP.findall(path.read_text(encoding="utf-8")))
    # ids built at run time: roles, methods, months, plural forms
    ids.update(f"role.{r}" for r in ROLES)
    ids.update(f"role.short.{r}" for r in ROLES)
    ids.update(f"method.{m}" for m in ("mean", "trimmed_mean", "median"))
    ids.update(f"month.{m}" for m in range(1, 13))
    ids.update(f"count.{noun}.{form}" for noun in ("place", "point") for form in ("one", "other"))
    return ids


def test_every_id_the_code_uses_is_in_the_catalogue():
    """No fixed text is missing from English (the scan finds the ids, so it can fail)."""
    used = used_ids()
    assert len(used) > 60
    assert sorted(used - EN.keys()) == []


def test_every_language_has_every_id_and_the_same_placeholders():
    """A language added later must cover every id with the same {placeholders}."""
    fields = re.compile(r"{(\w+)}")
    for lang, table in CATALOGUE.items():
        assert table.keys() == EN.keys(), lang
        for key, text in table.items():
            assert set(fields.findall(text)) == set(fields.findall(EN[key])), (lang, key)


def test_no_fixed_english_text_in_the_sections_code():
    """Section code passes ids, not sentences: no string literal there has three words."""
    source = (PROTOCOL / "sections.py").read_text(encoding="utf-8")
    code = re.sub(r'"""[\s\S]*?"""', "", source)          # docstrings
    code = re.sub(r"#.*", "", code)                         # comments
    sentences = [s for s in re.findall(r'"([^"\n]*)"', code) if len(s.split()) >= 3]
    assert sentences == []


def test_unknown_language_is_an_input_error():
    """Asking for a language the catalogue lacks is bad input, named as such."""
    with pytest.raises(InputError) as exc:
        Texts("xx")
    assert exc.value.field == "lang"


def test_dates_and_numbers():
    """Dates as words, ranges folded inside a month, two-decimal scores, UTC times."""
    t = Texts("en")
    assert t.dates(("2026-10-05", "2026-10-06")) == "5–6 October 2026"
    assert t.dates(("2026-09-30", "2026-10-02")) == "30 September 2026 – 2 October 2026"
    assert t.dates(("2026-10-05",)) == "5 October 2026"
    assert t.datetime("2026-10-05T13:07:00+06:00") == "5 October 2026, 07:07 UTC"
    assert t.number(45.125) == "45.12" and t.number(None) == "–"
    assert t.plain_number(1.5) == "1.5" and t.plain_number(10.0) == "10"
    assert t.count("place", 1) == "1 place" and t.count("place", 2) == "2 places"
    assert t.count("point", 0.5) == "0.5 points" and t.count("point", 1.0) == "1 point"
