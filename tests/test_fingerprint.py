"""The data fingerprint: stable for the same data, different for any change, nameable by
section."""

import hashlib
import json
from dataclasses import replace

import pytest

from app.fingerprint import (SECTIONS, canonical, fingerprint, section_digests, section_sizes,
                             short)
from app.model import Adjustment, Decision, Juror
from tests.protocol_build import generated


@pytest.fixture(scope="module")
def comp():
    return generated(12, 4, seed=3)


def test_fingerprint_is_sha256_of_the_canonical_json(comp):
    """The fingerprint is exactly the SHA-256 of the published canonical bytes, and those
    bytes are sorted, compact UTF-8 JSON (Cyrillic not escaped)."""
    data = canonical(comp)
    assert fingerprint(comp) == hashlib.sha256(data).hexdigest()
    text = data.decode("utf-8")
    assert "Актуальность" in text and "\\u" not in text
    parsed = json.loads(text)
    assert list(parsed) == ["sections", "version"]
    assert json.dumps(parsed, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")) == text


def test_order_of_records_does_not_matter(comp):
    """The same records in another order (as another loader might give them) hash the same."""
    shuffled = replace(comp, projects=tuple(reversed(comp.projects)),
                       jurors=tuple(reversed(comp.jurors)),
                       criteria=tuple(reversed(comp.criteria)),
                       marks=dict(reversed(list(comp.marks.items()))))
    assert fingerprint(shuffled) == fingerprint(comp)


def test_integer_and_float_numbers_hash_the_same(comp):
    """A mark of 7 and a mark of 7.0 are the same data: fixed float formatting."""
    key = next(iter(comp.marks))
    as_int = replace(comp, marks={**comp.marks, key: 7})
    as_float = replace(comp, marks={**comp.marks, key: 7.0})
    assert fingerprint(as_int) == fingerprint(as_float)


@pytest.mark.parametrize("section, change", [
    ("settings", lambda c: replace(c, settings=replace(c.settings, method="median"))),
    ("projects", lambda c: replace(c, projects=(replace(c.projects[0], title="Жаңа"),)
                                   + c.projects[1:])),
    ("jurors", lambda c: replace(c, jurors=c.jurors + (Juror("J99", "Һ", "", "member", 99),))),
    ("criteria", lambda c: replace(c, criteria=(replace(c.criteria[0], weight=3.0),)
                                   + c.criteria[1:])),
    ("marks", lambda c: replace(c, marks={**c.marks, next(iter(c.marks)): 0.5})),
    ("recusals", lambda c: replace(c, recusals=c.recusals | {("J3", "P0005")})),
    ("absences", lambda c: replace(c, absences=frozenset())),
    ("decisions", lambda c: replace(c, decisions={"P0001": Decision("P0001", True, "x")})),
    ("finalized", lambda c: replace(c, finalized=not c.finalized)),
    ("adjustments", lambda c: replace(c, adjustments=(Adjustment("P0001", 1.5, "bonus"),))),
    ("comments", lambda c: replace(c, comments={("J1", "P0001", ""): "Сильный проект"})),
    ("settings", lambda c: replace(c, settings=replace(c.settings, rounding_score=2))),
    ("settings", lambda c: replace(c, settings=replace(c.settings, min_score=60.0))),
])
def test_each_change_shows_in_its_own_section_only(comp, section, change):
    """Changing one kind of data changes the fingerprint and exactly that section's digest
    (an adjustment or a comment adds its section, which was not there before)."""
    before, after = section_digests(comp), section_digests(change(comp))
    assert fingerprint(change(comp)) != fingerprint(comp)
    assert [name for name in SECTIONS if before.get(name) != after.get(name)] == [section]


def test_the_regulations_keys_at_their_defaults_leave_the_fingerprint_as_it_was(comp):
    """No rounding, no threshold, no adjustment, no comment: the canonical form has none
    of their keys, so a protocol printed before they existed still verifies."""
    from app.fingerprint import canonical

    text = canonical(comp).decode()
    for key in ("aggregate", "rounding", "min_score", "adjustments", "comments"):
        assert key not in text


def test_sizes_and_short_form(comp):
    """Record counts per section, and the footer's short form: 16 digits in fours."""
    sizes = section_sizes(comp)
    assert sizes["projects"] == 12 and sizes["marks"] == len(comp.marks)
    fp = fingerprint(comp)
    assert short(fp) == f"{fp[:4]} {fp[4:8]} {fp[8:12]} {fp[12:16]}"


def test_fingerprint_survives_a_round_trip_through_the_store(demo_store, tmp_path):
    """Loading the same database twice (a new connection) gives the same fingerprint."""
    from app.store import Store

    first = fingerprint(demo_store.load())
    demo_store.close()  # one Jury Room per file: the writer lets go first
    with Store.open(demo_store.path, read_only=True) as again:
        assert fingerprint(again.load()) == first
