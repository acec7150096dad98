"""Every fixed text of the protocol, by language and message id, and how dates, numbers
and counted nouns are written in each language.

One catalogue per language (texts_en.py, texts_ru.py, texts_kk.py) with the same ids
(a test checks that). Texts are `str.format` templates; what a template may use is
named in braces. Data (names, titles, the group label) is never translated: it prints
as entered.

A protocol is in one language ("ru") or in two ("ru+kk": every fixed text in both, the
first language first). `Texts("ru+kk")("jury.heading")` gives "1. Состав жюри /
Қазылар алқасының құрамы"; `each()` gives the texts one by one, for running text that
reads better as one paragraph per language. A value that must be written in each
language (a date, a counted noun) is passed as a function of the one-language Texts:
`t("doc.dates", dates=lambda l: l.dates(...))`.
"""

from __future__ import annotations

import datetime as _dt
import re
from app import meeting
from app.display import fixed
from app.model import Settings
from app.errors import InputError
from app.protocol.texts_en import EN
from app.protocol.texts_kk import KK
from app.protocol.texts_ru import RU
from app.protocol import texts_regulation as _reg

# the regulation's texts live in a file of their own, and join each catalogue here
for _table, _extra in ((RU, _reg.RU), (KK, _reg.KK), (EN, _reg.EN)):
    _table.update(_extra)
CATALOGUE: dict[str, dict[str, str]] = {"ru": RU, "kk": KK, "en": EN}
SINGLE = tuple(CATALOGUE)
# every choice `lang` accepts: one language, or two joined by "+" (first language first)
LANGUAGES = SINGLE + tuple(f"{a}+{b}" for a in SINGLE for b in SINGLE if a != b)
# the plural forms a counted noun has in each language (CLDR's categories, integers
# and fractions); a catalogue has `count.<noun>.<form>` for exactly these
PLURAL_FORMS = {"en": ("one", "other"), "ru": ("one", "few", "many", "other"),
                "kk": ("other",)}
SEPARATOR = " / "
_NUMBERED = re.compile(r"^(\d+\.\s)")


def plural_form(lang: str, n: float) -> str:
    if lang == "kk":
        return "other"          # a noun after a numeral stays singular
    if lang == "ru":
        if not float(n).is_integer():
            return "other"      # «0,5 балла», «1,5 балла»
        n = int(n)
        if n % 10 == 1 and n % 100 != 11:
            return "one"
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return "few"
        return "many"
    return "one" if n == 1 else "other"


def split_languages(lang: str) -> tuple[str, ...]:
    """("ru",) or ("ru", "kk"); InputError for anything not in LANGUAGES."""
    if lang not in LANGUAGES:
        raise InputError(f"no protocol texts in language {lang!r}; available: "
                         f"{', '.join(LANGUAGES)}", field="lang")
    return tuple(lang.split("+"))


class Language:
    """The fixed texts, numbers and dates of one language. `extra` adds another
    document's catalogues ({lang: {id: text}}: the score sheets', the organisers'
    files') to the protocol's, so they write numbers and dates the same way."""

    def __init__(self, lang: str, extra: dict[str, dict[str, str]] | None = None):
        self.lang = lang
        self._table = {**CATALOGUE[lang], **extra[lang]} if extra else CATALOGUE[lang]

    def __call__(self, key: str, **values) -> str:
        values = {k: v(self) if callable(v) else v for k, v in values.items()}
        return self._table[key].format(**values) if values else self._table[key]

    def count(self, noun: str, n: float) -> str:
        """"1 place", "3 места", "5 мест", "0,5 балла", "3 орын"."""
        return self(f"count.{noun}.{plural_form(self.lang, n)}", n=self.plain_number(n))

    def number(self, value: float | None, places: int = 2) -> str:
        """A number for display, rounded half up, with the language's decimal sign; None
        as a dash."""
        if value is None:
            return "–"
        return fixed(value, places, self("number.decimal"))

    def plain_number(self, value: float) -> str:
        """A mark step, maximum or weight: no trailing zeros (10, 1.5, 0,5)."""
        return f"{value:g}".replace(".", self("number.decimal"))

    def date(self, iso: str) -> str:
        d = _parse_date(iso)
        if d is None:
            return iso
        return self("date.full", day=d.day, month=self(f"month.{d.month}"), year=d.year)

    def dates(self, isos: tuple[str, ...] | list[str]) -> str:
        """The competition's dates: one day, a range inside a month or a year, or
        first – last."""
        if not isos:
            return ""
        first, last = _parse_date(isos[0]), _parse_date(isos[-1])
        if first is None or last is None or len(isos) == 1 or first == last:
            return ", ".join(self.date(d) for d in dict.fromkeys(isos))
        if (first.year, first.month) == (last.year, last.month):
            return self("date.same_month", day1=first.day, day2=last.day,
                        month=self(f"month.{first.month}"), year=first.year)
        if first.year == last.year:
            return self("date.same_year", day1=first.day, month1=self(f"month.{first.month}"),
                        day2=last.day, month2=self(f"month.{last.month}"), year=first.year)
        return self("date.range", first=self.date(isos[0]), last=self.date(isos[-1]))

    def datetime(self, iso: str, settings: Settings | None = None) -> str:
        """A stored moment (ISO 8601) as date and time of day, local to the meeting's
        time zone (`settings.timezone`, UTC without one), the zone named."""
        settings = settings or Settings()
        moment = meeting.local(iso, settings)
        if moment is None:
            return iso
        return self("datetime", date=self.date(moment.date().isoformat()),
                    time=moment.strftime("%H:%M"), zone=meeting.zone_label(moment, settings))

    def wall_time(self, local: str, settings: Settings) -> str:
        """A meeting time written in local time ("2026-10-06T10:00"), with its zone."""
        try:
            moment = _dt.datetime.fromisoformat(local).replace(tzinfo=meeting.zone(settings))
        except ValueError:
            return local
        return self("datetime", date=self.date(moment.date().isoformat()),
                    time=moment.strftime("%H:%M"), zone=meeting.zone_label(moment, settings))


class Texts:
    """The fixed texts of a protocol in one or two languages: `texts("doc.number",
    number=...)`. Numbers inside tables follow the first language."""

    def __init__(self, lang: str = "en", extra: dict[str, dict[str, str]] | None = None):
        self.lang = lang
        self.languages = [Language(code, extra) for code in split_languages(lang)]
        self.first = self.languages[0]

    @property
    def bilingual(self) -> bool:
        return len(self.languages) > 1

    def each(self, key: str, **values) -> list[str]:
        """The text in each language, first language first (once if they are equal)."""
        return list(dict.fromkeys(lang(key, **values) for lang in self.languages))

    def __call__(self, key: str, **values) -> str:
        """The text in each language on one line: "Код", "Место / Орны",
        "1. Состав жюри / Қазылар алқасының құрамы" (a section number is said once)."""
        return join(self.each(key, **values))

    def stacked(self, key: str, **values) -> str:
        """A table header: one line per language ("Место" over "Орны"), so that a narrow
        column is not split in the middle of a word."""
        return "\n".join(self.each(key, **values))

    def symbol(self, key: str) -> str:
        """A one-letter mark in a table cell: the first language's, explained in every
        language's legend."""
        return self.first(key)

    def count(self, noun: str, n: float) -> str:
        return join([lang.count(noun, n) for lang in self.languages])

    def number(self, value: float | None, places: int = 2) -> str:
        return self.first.number(value, places)

    def plain_number(self, value: float) -> str:
        return self.first.plain_number(value)

    def date(self, iso: str) -> str:
        return join([lang.date(iso) for lang in self.languages])

    def dates(self, isos) -> str:
        return join([lang.dates(isos) for lang in self.languages])

    def datetime(self, iso: str, settings: Settings | None = None) -> str:
        return join([lang.datetime(iso, settings) for lang in self.languages])


def join(texts: list[str]) -> str:
    texts = list(dict.fromkeys(texts))
    if len(texts) > 1:
        prefix = _NUMBERED.match(texts[0])
        if prefix and texts[1].startswith(prefix.group(1)):
            texts[1] = texts[1][len(prefix.group(1)):]
    return SEPARATOR.join(texts)


def _parse_date(iso: str) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(iso)
    except (TypeError, ValueError):
        return None
