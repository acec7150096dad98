"""The protocol's text catalogue: every fixed text comes from it, in every language."""

import re
from pathlib import Path

import pytest

from app.errors import InputError
from app.model import ROLES
from app.protocol.texts import CATALOGUE, EN, LANGUAGES, PLURAL_FORMS, Texts

PROTOCOL = Path(__file__).resolve().parent.parent / "app" / "protocol"
# t("id"...), texts.each("id"...), lang("id"...), t.symbol / t.stacked("id"): a literal id
LOOKUP = re.compile(r"""\b(?:t|texts|self|lang)(?:\.each|\.symbol|\.stacked)?"""
                    r"""\(\s*["']([a-z_.]+)["']""")
COUNTED = ("place", "point")


def used_ids() -> set[str]:
    ids = set()
    for path in PROTOCOL.rglob("*.py"):
        ids.update(LOOKUP.findall(path.read_text(encoding="utf-8")))
    # ids built at run time: roles, methods, months, plural forms
    ids.update(f"role.{r}" for r in ROLES)
    ids.update(f"role.short.{r}" for r in ROLES)
    ids.update(f"method.{m}" for m in ("mean", "trimmed_mean", "median"))
    ids.update(f"month.{m}" for m in range(1, 13))
    ids.update(f"jury.col.{c}" for c in ("no", "code", "name", "position", "role"))
    ids.update(f"method.col.{c}" for c in ("no", "criterion", "max", "weight", "weighted"))
    ids.update(f"ranking.col.{c}" for c in ("place", "code", "title", "organization", "score",
                                            "notes"))
    ids.update(f"decisions.col.{c}" for c in ("code", "project", "decision", "reason"))
    ids.update(f"absence.col.{c}" for c in ("juror", "project", "kind"))
    return ids


def counted_ids(lang: str) -> set[str]:
    return {f"count.{noun}.{form}" for noun in COUNTED for form in PLURAL_FORMS[lang]}


def test_every_id_the_code_uses_is_in_the_catalogue():
    """No fixed text is missing from English (the scan finds the ids, so it can fail)."""
    used = used_ids()
    assert len(used) > 60
    assert sorted(used - EN.keys()) == []
    assert "provisional.banner" in used and "annex.recused" in used


def test_every_language_has_every_id_and_the_same_placeholders():
    """Russian and Kazakh cover every id with the same {placeholders} as English; counted
    nouns have exactly the plural forms of their language (Russian 4, Kazakh 1)."""
    fields = re.compile(r"{(\w+)}")
    plain = EN.keys() - counted_ids("en")
    assert set(CATALOGUE) == {"en", "ru", "kk"}
    for lang, table in CATALOGUE.items():
        assert table.keys() - counted_ids(lang) == plain, lang
        assert counted_ids(lang) <= table.keys(), lang
        for key, text in table.items():
            source = EN.get(key, EN.get(key.rsplit(".", 1)[0] + ".other"))
            assert set(fields.findall(text)) == set(fields.findall(source)), (lang, key)
            assert text.strip(), (lang, key)


def test_russian_and_kazakh_texts_are_not_english():
    """Every Russian and Kazakh text with a letter in it has Cyrillic letters: none was
    left in English (codes and symbols such as "№" or "–" have no letters)."""
    for lang in ("ru", "kk"):
        for key, text in CATALOGUE[lang].items():
            letters = re.sub(r"{\w+}|UTC|SHA-256|QR|m_j|s_j|\bz\b|\b[tms]\b", "", text)
            if re.search(r"[A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]", letters):
                assert re.search(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]", letters), (lang, key)


def test_no_fixed_english_text_in_the_sections_code():
    """Section code passes ids, not sentences: no string literal in any section's module
    has three words."""
    files = sorted((PROTOCOL / "sections").glob("*.py"))
    assert len(files) > 5
    for path in files:
        code = re.sub(r'"""[\s\S]*?"""', "", path.read_text(encoding="utf-8"))  # docstrings
        code = re.sub(r"#.*", "", code)                                          # comments
        sentences = [s for s in re.findall(r'"([^"\n]*)"', code) if len(s.split()) >= 3]
        assert sentences == [], path.name


def test_unknown_language_is_an_input_error():
    """Asking for a language the catalogue lacks is bad input, named as such."""
    with pytest.raises(InputError) as exc:
        Texts("xx")
    assert exc.value.field == "lang"


def test_dates_and_numbers():
    """Dates as words, ranges folded inside a month, two-decimal scores, UTC times."""
    t = Texts("en")
    assert t.dates(("2026-10-05", "2026-10-06")) == "5–6 October 2026"
    assert t.dates(("2026-09-30", "2026-10-02")) == "30 September – 2 October 2026"
    assert t.dates(("2025-12-30", "2026-01-02")) == "30 December 2025 – 2 January 2026"
    assert t.dates(("2026-10-05",)) == "5 October 2026"
    assert t.datetime("2026-10-05T13:07:00+06:00") == "5 October 2026, 07:07 UTC"
    assert t.number(45.125) == "45.13" and t.number(None) == "–"
    assert t.plain_number(1.5) == "1.5" and t.plain_number(10.0) == "10"
    assert t.count("place", 1) == "1 place" and t.count("place", 2) == "2 places"
    assert t.count("point", 0.5) == "0.5 points" and t.count("point", 1.0) == "1 point"


def test_russian_dates_numbers_and_plurals():
    """Months in the genitive with «г.», a decimal comma, and «место / места / мест»."""
    t = Texts("ru")
    assert t.date("2021-10-05") == "5 октября 2021 г."
    assert t.dates(("2026-10-05", "2026-10-06")) == "5–6 октября 2026 г."
    assert t.dates(("2026-09-30", "2026-10-02")) == "30 сентября – 2 октября 2026 г."
    assert t.dates(("2025-12-30", "2026-01-02")) == "30 декабря 2025 г. – 2 января 2026 г."
    assert t.datetime("2026-10-05T13:07:00+06:00") == "5 октября 2026 г., 07:07 UTC"
    assert t.number(45.125) == "45,13" and t.plain_number(0.5) == "0,5"
    assert [t.count("place", n) for n in (1, 2, 5, 11, 21, 22, 25)] == [
        "1 место", "2 места", "5 мест", "11 мест", "21 место", "22 места", "25 мест"]
    assert t.count("point", 0.5) == "0,5 балла" and t.count("point", 100) == "100 баллов"


def test_kazakh_dates_numbers_and_plurals():
    """The official order «2021 жылғы 5 қазан», a decimal comma, a singular noun after
    any numeral."""
    t = Texts("kk")
    assert t.date("2021-10-05") == "2021 жылғы 5 қазан"
    assert t.dates(("2026-10-05", "2026-10-06")) == "2026 жылғы 5–6 қазан"
    assert t.dates(("2026-09-30", "2026-10-02")) == "2026 жылғы 30 қыркүйек – 2 қазан"
    assert t.dates(("2025-12-30", "2026-01-02")) == \
        "2025 жылғы 30 желтоқсан – 2026 жылғы 2 қаңтар"
    assert t.number(45.125) == "45,13"
    assert t.count("place", 1) == "1 орын" and t.count("place", 5) == "5 орын"
    assert t.count("point", 0.5) == "0,5 балл"


def test_two_languages_give_both_texts():
    """"ru+kk" gives both texts (the section number once), per-language values in each
    language, numbers in tables as the first language writes them; "kk+ru" puts Kazakh
    first; English pairs too."""
    t = Texts("ru+kk")
    assert t("doc.title") == "Протокол жюри / Қазылар алқасының хаттамасы"
    assert t("jury.heading") == "1. Состав жюри / Қазылар алқасының құрамы"
    assert t("jury.col.code") == "Код"            # the same in both: said once
    assert t.each("doc.dates", dates=lambda lang: lang.dates(("2026-10-05",))) == [
        "Даты проведения: 5 октября 2026 г.", "Өткізілген күндері: 2026 жылғы 5 қазан"]
    assert t.count("place", 2) == "2 места / 2 орын"
    assert t.number(45.125) == "45,13" and t.symbol("annex.recused") == "С"
    assert Texts("kk+ru")("doc.title").startswith("Қазылар")
    assert Texts("en+ru")("ranking.col.place") == "Place / Место"
    assert Texts("en+ru").number(1.5) == "1.50"
    assert {"ru", "kk", "en", "ru+kk", "kk+ru", "ru+en"} <= set(LANGUAGES)


def test_a_language_with_itself_or_three_is_refused():
    """Only one language or a pair of two different ones."""
    for bad in ("ru+ru", "ru+kk+en", "ru+", "+kk", "RU"):
        with pytest.raises(InputError):
            Texts(bad)
