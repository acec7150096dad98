"""The protocol's layout: every text fits its column in the face it is drawn in, words are
never cut, a heading is never left alone at a page's foot, a group's heading comes back on
the pages its table continues on, and figures are rounded half up."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether
from reportlab.platypus.tables import Table

from app.display import fixed
from app.protocol import render_protocol
from app.model import Criterion
from app.protocol.document import story_of
from app.protocol.layout import FRAME_W
from app.protocol.sections.signatures import Shrinking
from app.protocol.texts import CATALOGUE, Texts
from tests.protocol_build import generated

PRINTED_AT = "2026-10-06T16:00:00+00:00"
# the longest names we could find: a Kazakh full name with patronymic, a 150-character
# Kazakh title, a long organisation and a long Russian position
LONG_NAME = "Ғалымжан Қайратұлы Ізбасаров"
LONGER_NAME = "Әбдірахманова-Сейітқалиева Гүлнәрәй Нұрсұлтанқызы"
LONG_TITLE = ("Қазақстан Республикасының шекаралас аудандарындағы ауыл жастарының "
              "цифрлық сауаттылығын арттыру және әлеуметтік кәсіпкерлікті дамытуға арналған "
              "жобасы")
LONG_ORG = ("Павлодар облысының үкіметтік емес ұйымдарының қауымдастығы "
            "«Жастар бастамаларын қолдау орталығы» қоғамдық бірлестігі")
LONG_POSITION = ("Заместитель председателя Комитета по делам гражданского общества "
                 "Министерства информации и общественного развития Республики Казахстан")


def long_names():
    """A complete, decided, finalized competition whose names are as long as they come."""
    comp = generated(24, 7)
    assert len(LONG_TITLE) >= 150
    jurors = list(comp.jurors)
    jurors[1] = replace(jurors[1], name=LONG_NAME, position=LONG_POSITION)
    jurors[2] = replace(jurors[2], name=LONGER_NAME)
    projects = [replace(p, title=LONG_TITLE, organization=LONG_ORG) if i % 3 == 0 else p
                for i, p in enumerate(comp.projects)]
    return replace(comp, jurors=tuple(jurors), projects=tuple(projects))


def tables(flowables):
    for f in flowables:
        if isinstance(f, KeepTogether):
            yield from tables(f._content)
        elif isinstance(f, Shrinking):
            yield from tables(f.content(f._least))
        elif isinstance(f, Table):
            yield f


def cells(t: Table):
    """Every text cell of a table: (text, font, size, room for the text)."""
    spans = {}
    for _, (c0, r0), (c1, r1) in t._spanCmds:
        n = len(t._colWidths)
        c1 = c1 % n
        spans[(r0 % len(t._cellvalues), c0 % n)] = sum(t._colWidths[c0 % n:c1 + 1])
    if getattr(t, "caption", False):    # drawn from its first cell across the table
        spans[(0, 0)] = sum(t._colWidths)
    for r, row in enumerate(t._cellvalues):
        for c, value in enumerate(row):
            if not isinstance(value, str) or not value:
                continue
            style = t._cellStyles[r][c]
            width = spans.get((r, c), t._colWidths[c])
            yield value, style.fontname, style.fontsize, \
                width - style.leftPadding - style.rightPadding


def words_of(comp, lang: str) -> set[str]:
    """Every whole word the protocol may print: from the data and the fixed texts."""
    texts = [p.title for p in comp.projects] + [p.organization for p in comp.projects]
    texts += [j.name for j in comp.jurors] + [j.position for j in comp.jurors]
    texts += [k.name for k in comp.criteria] + [d.reason for d in comp.decisions.values()]
    texts += [comp.settings.group_label] + list(comp.groups)
    for code in lang.split("+"):
        texts += list(CATALOGUE[code].values())
    words = {bare(w) for text in texts for w in re.split(r"[\s{}]+", text) if w}
    # a compound name may break after its hyphen, as a typesetter breaks it
    return words | {piece + "-" for w in words for piece in w.split("-")[:-1]} | \
        {piece for w in words for piece in w.split("-")}


def bare(word: str) -> str:
    return word.strip(",;:.()«»\"'")


def ten_criteria(comp):
    """`comp` marked on ten criteria, maxima of 10 and 100, weights 1.5, 2 and 0.25 (so
    totals have three decimals), by a trimmed mean (totals left out in brackets)."""
    crits = tuple(Criterion(f"k{i}", f"Критерий {i}", 10 if i % 3 else 100,
                            (1.5, 2, 0.25)[i % 3], i) for i in range(1, 11))
    marks = {(j, p, k.code): (len(j) * 7 + len(p) * 3 + i * 5) % (2 * k.max + 1) / 2
             for (j, p, _c) in comp.marks for i, k in enumerate(crits)}
    return replace(comp, criteria=crits, marks=marks, settings=replace(
        comp.settings, tie_break=(), method="trimmed_mean"))


@pytest.mark.parametrize("lang", ["ru", "kk", "en", "ru+kk"])
def test_ten_criteria_fit_the_statement_in_every_language(lang):
    """The consolidated statement with ten criteria and the longest names: every cell of
    every project's table fits its column in the face and size it is drawn in (the type
    steps down when it must), and no word is cut."""
    comp = ten_criteria(long_names())
    known = words_of(comp, lang)
    statement = [t for t in tables(story_of(comp, lang, PRINTED_AT))
                 if len(t._colWidths) == 12]
    assert len(statement) == len(comp.projects)
    for t in statement:
        assert sum(t._colWidths) <= FRAME_W + 0.01
        for text, font, size, room in cells(t):
            for line in text.split("\n"):
                assert stringWidth(line, font, size) <= room + 0.01, (line, font, size, room)
                for word in map(bare, line.split()):
                    assert word in known or re.fullmatch(r"[\d.,:;*–/()+\-—№\[\]≤×≈]*"
                                                         r"|[A-Z]+\d*|[A-ZА-Я]+-?\d+|P\d{4}",
                                                         word), (word, line)


@pytest.mark.parametrize("lang", ["ru", "kk", "en", "ru+kk"])
def test_every_text_cell_fits_its_column_in_the_face_it_is_drawn_in(lang):
    """Each line of every table cell (the signature block's bold 9.5-point names
    included), measured with the font and size the cell is drawn in, is no wider than its
    column less the padding; and no word is cut to fit ("Примечани/я"): every word on a
    line is a whole word of the data or the fixed texts, or a figure."""
    comp = long_names()
    known = words_of(comp, lang)
    checked = 0
    for t in tables(story_of(comp, lang, PRINTED_AT)):
        for text, font, size, room in cells(t):
            for line in text.split("\n"):
                assert stringWidth(line, font, size) <= room + 0.01, (line, font, size, room)
                for word in map(bare, line.split()):
                    # a figure: a mark, a total ("[7.5]" left out, "≈7.6667"), a
                    # criterion's maximum and weight in the statement's header ("≤10", "×1.5")
                    assert word in known or re.fullmatch(r"[\d.,:;*–/()+\-—№\[\]≤×≈]*"
                                                         r"|[A-Z]+\d*|[A-ZА-Я]+-?\d+|P\d{4}",
                                                         word), \
                        (word, line)
                checked += 1
    assert checked > 500
    names = [text for t in tables(story_of(comp, lang, PRINTED_AT))
             for text, font, size, _ in cells(t) if LONG_NAME.split()[0] in text]
    assert names, "the long name is printed in a table"


def test_the_signature_block_draws_names_in_bold_and_larger_and_measures_them_so():
    """The defect: names were measured at 8.5 pt regular and drawn at 9.5 pt bold. The
    signature table's name cells now say bold 9.5, and the longest names fit or wrap."""
    comp = long_names()
    found = 0
    for t in tables(story_of(comp, "kk", PRINTED_AT)):
        for text, font, size, room in cells(t):
            joined = text.replace("-\n", "-").replace("\n", " ")
            if joined in (LONG_NAME, LONGER_NAME) and font.endswith("Bold"):
                assert size == 9.5
                assert all(stringWidth(line, font, size) <= room for line in text.split("\n"))
                found += 1
    assert found == 2


HEADINGS = ("1. ", "2. ", "3. ", "4. ", "5. ", "6. ", "Signatures", "Annex")


def test_no_heading_is_left_alone_at_the_foot_of_a_page():
    """On every page, the last line of text above the footer is not a section's heading
    or a group's heading: a heading always has what it heads below it."""
    for comp in (long_names(), generated(150, 7), generated(7, 3, tie=False)):
        data, _ = render_protocol(comp, printed_at=PRINTED_AT)
        texts = Texts("en")
        heads = {t for key in ("jury.heading", "method.heading", "ranking.heading",
                               "winners.heading", "decisions.heading", "absence.heading",
                               "sign.heading", "statement.heading") for t in [texts(key)]}
        heads |= {texts.first("ranking.group", label=comp.settings.group_label, group=g)
                  for g in comp.groups}
        for n, page in enumerate(PdfReader(io.BytesIO(data)).pages, 1):
            lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
            body = [line for line in lines if not line.startswith(("Protocol No.", "Page "))]
            assert body and body[-1] not in heads, (n, body[-3:])


def test_a_groups_heading_is_repeated_on_every_page_its_ranking_continues_on():
    """A ranking table of 150 projects spans pages; each page that lists a group's
    projects says which group they are (the caption row repeats with the header)."""
    comp = generated(150, 5, groups=2)
    data, _ = render_protocol(comp, printed_at=PRINTED_AT)
    by_code = {p.code: p.group for p in comp.projects}
    texts = Texts("en")
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]
    start = next(i for i, p in enumerate(pages) if "3. Ranking of the projects" in p)
    end = next(i for i, p in enumerate(pages) if "4. The winners" in p)
    continued = 0
    for text in pages[start:end + 1]:
        # the ranking's part of the page (section 2's worked example names a project too)
        ranking = text.split("4. The winners")[0].split("3. Ranking of the projects")[-1]
        groups = {by_code[code] for code in re.findall(r"P\d{4}", ranking)}
        for g in groups:
            assert texts("ranking.group", label=comp.settings.group_label, group=g) in ranking
        continued += bool(groups)
    assert continued >= 3


def test_two_languages_notes_are_separated():
    """In a bilingual protocol the notes column reads «победитель / жеңімпаз», never
    the two languages run together."""
    data, _ = render_protocol(generated(12, 5), lang="ru+kk", printed_at=PRINTED_AT)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert re.search(r"победитель\s*/\s*жеңімпаз", text)
    assert not re.search(r"победитель\s+жеңімпаз", text)


def test_display_rounding_is_half_up_as_a_calculator_rounds():
    """45.125 prints 45.13 (half to even would give 45.12); 0.145 prints 0.15 although
    the double behind it is a little below; negatives round away from zero."""
    assert fixed(45.125) == "45.13" and fixed(45.125, 2, ",") == "45,13"
    assert fixed(0.145) == "0.15" and fixed(2.675) == "2.68" and fixed(1.005) == "1.01"
    assert fixed(33.58333333) == "33.58" and fixed(12) == "12.00"
    assert fixed(-2.345) == "-2.35" and fixed(-0.001) == "0.00"
    assert Texts("ru").number(45.125) == "45,13"


def test_a_short_table_is_not_split_and_a_long_one_leaves_no_lone_row():
    """The criteria table (five rows) is never split; no ranking page begins with a
    single project row under the repeated header."""
    comp = generated(61, 5, groups=1, tie=False)
    comp = replace(comp, projects=tuple(replace(p, title=LONG_TITLE) for p in comp.projects))
    data, _ = render_protocol(comp, printed_at=PRINTED_AT)
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]
    for text in pages:
        if "Maximum total" in text:
            assert "Relevance" in text or "Актуальность" in text
        codes = re.findall(r"P\d{4}", text.split("4. The winners")[0])
        assert len(codes) != 1 or "Annex" in text or "The winners" in text


def test_criteria_too_many_for_the_page_come_in_parts():
    """Twenty criteria do not fit across A4 even at 6.5 points: each project's statement
    comes in parts (its caption says which), every criterion's column is in exactly one
    part, every cell fits, the juror's totals are in every part and the score in the
    last part only."""
    comp = ten_criteria(generated(4, 5, tie=False))
    crits = tuple(Criterion(f"k{i}", f"Критерий {i}", 10, 1.5, i) for i in range(1, 21))
    marks = {(j, p, k.code): 7.5 for (j, p, _c) in comp.marks for k in crits}
    comp = replace(comp, criteria=crits, marks=marks)
    statement = [t for t in tables(story_of(comp, "en", PRINTED_AT))
                 if "part " in t._cellvalues[0][0]]
    first = [t for t in statement if t._cellvalues[0][0].startswith("Страна")
             and comp.running_order[0].code in t._cellvalues[0][0]]
    parts = int(re.search(r"part 1 of (\d+)\)", first[0]._cellvalues[0][0]).group(1))
    assert parts >= 2 and len(first) == parts
    headers = [h.split("\n")[0] for t in first for h in t._cellvalues[1][1:-1]]
    assert headers == [str(i) for i in range(1, 21)]
    for n, t in enumerate(first, 1):
        assert sum(t._colWidths) <= FRAME_W + 0.01
        labels = [row[0] for row in t._cellvalues]
        assert ("Score" in labels) == (n == parts)
        assert t._cellvalues[1][-1] == "Total"
        for text, font, size, room in cells(t):
            for line in text.split("\n"):
                assert stringWidth(line, font, size) <= room + 0.01, (line, room)
