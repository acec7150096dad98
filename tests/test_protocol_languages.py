"""The protocol in Russian, in Kazakh and in two languages, read back with pypdf: key
headings in each language, Kazakh letters, the dates and the decimal comma of the
language; and `verify` passes whatever the language (the fingerprint is over the data)."""

import io
import re

import pytest
from pypdf import PdfReader

from app.protocol import render_protocol, verify
from main import main
from tests.protocol_build import KAZAKH, generated

PRINTED_AT = "2026-10-06T16:00:00+00:00"
SECTIONS = [("1. Состав жюри", "1. Қазылар алқасының құрамы"),
            ("2. Порядок подсчёта результатов", "2. Нәтижелерді есептеу тәртібі"),
            ("3. Рейтинг проектов", "3. Жобалардың рейтингі"),
            ("4. Победители", "4. Жеңімпаздар"),
            ("6. Самоотводы и отсутствие", "6. Өздігінен бас тартулар және қатыспаулар")]
RU = ["ПРОТОКОЛ ЖЮРИ", "Подписи", "Секретарь жюри", "подпись",
      "Приложение. Сводная ведомость оценок", "Контрольная сумма данных (SHA-256)",
      "Даты проведения: 5–6 октября 2026 г.", "6 октября 2026 г., 16:00 UTC", "Страница 1 из",
      "самоотвод"]
KK = ["ҚАЗЫЛАР АЛҚАСЫНЫҢ ХАТТАМАСЫ", "Қолдар", "Қазылар алқасының төрағасы", "қолы",
      "Қосымша. Бағалардың жиынтық ведомосі", "Деректердің бақылау сомасы (SHA-256)",
      "Өткізілген күндері: 2026 жылғы 5–6 қазан", "2026 жылғы 6 қазан, 16:00 UTC",
      "беттің 1-беті", "өздігінен бас тарту"]
RU_SECTIONS = [ru for ru, _ in SECTIONS]
KK_SECTIONS = [kk for _, kk in SECTIONS]
# in two languages a section's number is said once: "1. Состав жюри / Қазылар …"
RU_KK = [f"{ru} / {kk.split('. ', 1)[1]}" for ru, kk in SECTIONS]
KK_RU = [f"{kk} / {ru.split('. ', 1)[1]}" for ru, kk in SECTIONS]
EN = ["PROTOCOL OF THE JURY", "1. The jury", "Signatures", "Page 1 of"]


def text_of(data: bytes) -> str:
    """All pages' text with line breaks folded to spaces (cells and lines wrap)."""
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]
    return re.sub(r"\s+", " ", " ".join(pages))


@pytest.fixture(scope="module")
def competition():
    """A finalized, complete competition (a decided tie at the cut, a recusal)."""
    return generated(24, 6)


@pytest.fixture(scope="module")
def provisional():
    """The same, still open and with marks missing: every page says PROVISIONAL."""
    return generated(24, 6, finalized=False, complete=False)


def scores(text: str) -> list[str]:
    return re.findall(r"\b\d{2}[.,]\d{2}\b", text)


@pytest.mark.parametrize("lang, present, absent", [
    ("ru", RU + RU_SECTIONS, KK + KK_SECTIONS + EN),
    ("kk", KK + KK_SECTIONS, RU + RU_SECTIONS + EN),
    ("ru+kk", RU + KK + RU_KK, EN), ("kk+ru", KK + RU + KK_RU, EN)])
def test_headings_dates_and_numbers_in_the_language(competition, lang, present, absent):
    """Each language's headings, captions, date forms and footer are there, and no other
    language's; scores have a decimal comma; Kazakh letters print."""
    data, printed = render_protocol(competition, lang=lang, printed_at=PRINTED_AT)
    text = text_of(data)
    for phrase in present:
        assert phrase in text, (lang, phrase)
    for phrase in absent:
        assert phrase not in text, (lang, phrase)
    assert scores(text) and all("," in s for s in scores(text))
    assert set(KAZAKH) <= set(text)
    assert printed.final


def test_two_languages_keep_names_as_entered(competition):
    """Names and titles print once, as entered: only the fixed texts are doubled."""
    data, _ = render_protocol(competition, lang="ru+kk", printed_at=PRINTED_AT)
    text = text_of(data)
    heading_pages = [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages][:1]
    assert re.sub(r"\s+", " ", heading_pages[0]).count(competition.settings.title) == 1
    chair = next(j.name for j in competition.jurors if j.role == "chair")
    assert chair in text
    assert "Протокол жюри / Қазылар алқасының хаттамасы" in \
        PdfReader(io.BytesIO(data)).metadata.title


@pytest.mark.parametrize("lang, banner", [
    ("ru", ["ЧЕРНОВИК — НЕ ДЛЯ ПОДПИСИ", "итоги конкурса не утверждены"]),
    ("kk", ["ҚАРАЛАМА — ҚОЛ ҚОЮҒА АРНАЛМАҒАН", "байқау қорытындысы бекітілмеген"]),
    ("ru+kk", ["ЧЕРНОВИК — НЕ ДЛЯ ПОДПИСИ", "ҚАРАЛАМА — ҚОЛ ҚОЮҒА АРНАЛМАҒАН"])])
def test_the_provisional_banner_is_on_every_page_in_full(provisional, lang, banner):
    """Before finalize the banner says DRAFT — NOT FOR SIGNATURE and every reason, in
    each language, on every page: a longer Russian or Kazakh banner wraps instead of
    being cut off."""
    data, printed = render_protocol(provisional, lang=lang, printed_at=PRINTED_AT)
    assert len(printed.provisional) == 2
    for page in PdfReader(io.BytesIO(data)).pages:
        text = re.sub(r"\s+", " ", page.extract_text())
        for phrase in banner:
            assert phrase in text, (lang, phrase)
        assert "…" not in text


@pytest.mark.parametrize("lang", ["en", "ru", "kk", "ru+kk", "kk+ru", "ru+en"])
def test_verify_passes_in_every_language(demo_store, tmp_path, capsys, lang):
    """The command line prints the demo in each language and `verify` finds it matches
    the database: the fingerprint is over the data, not the words around it."""
    pdf = tmp_path / f"protocol-{lang}.pdf"
    comp = demo_store.load()
    demo_store.close()  # a command cannot open a file a Jury Room holds
    assert main(["protocol", str(demo_store.path), "-o", str(pdf), "--lang", lang]) == 0
    assert main(["verify", str(pdf), str(demo_store.path)]) == 0
    assert "matches" in capsys.readouterr().out
    assert verify(pdf, comp).ok


def test_the_same_data_gives_the_same_number_in_every_language(competition):
    """The protocol number and fingerprint do not depend on the language."""
    numbers = {render_protocol(competition, lang=lang, printed_at=PRINTED_AT)[1].number
               for lang in ("en", "ru", "kk", "ru+kk")}
    assert len(numbers) == 1
