"""The consolidated statement of marks (the protocol's annex): every juror's mark on
every criterion, recused, absent and missing cells marked, the jurors' totals, the
score worked out as section 2 says and the places, read back from the PDF; in every
language; in the public copy with the jurors as J1…Jn."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from fractions import Fraction

import pytest
from pypdf import PdfReader

from app.model import Adjustment, Competition, Criterion, Juror, Project, Settings
from app.protocol import render_protocol
from app.scoring import compute
from app.scoring.statement import left_out, workings
from tests.protocol_build import generated

PRINTED_AT = "2026-10-06T15:00:00+00:00"


def small(**settings) -> Competition:
    """Two criteria (a: max 10, weight 2; b: max 10, weight 1), four jurors and a
    secretary, three projects in two regions:

    P1: J1 8, 6 → 22; J2 7, 9 → 23; J3 recused; J4 9, 5 → 23; mean 68/3 ≈ 22.6667
    P2: J1 6, 6 → 18; J2 5, 7 → 17; J3 8, 8 → 24; J4 absent; mean 59/3 ≈ 19.6667
    P3: J1 9, 9 → 27; J2 8, – → 16 (partial); J3 7, 7 → 21; J4 10, 10 → 30; mean 94/4 = 23.5
    """
    crits = (Criterion("a", "Relevance", 10, 2.0, 1), Criterion("b", "Quality", 10, 1.0, 2))
    jurors = (Juror("J1", "Анна Белова", role="chair", order=1),
              Juror("J2", "Ғалымжан Сейітқали", order=2),
              Juror("J3", "Ирина Кравцова", order=3), Juror("J4", "Нұрлан Өмірбеков", order=4),
              Juror("S1", "Мария Ким", role="secretary", order=5))
    projects = (Project("P1", "Clean river", "Eco", group="North", order=1),
                Project("P2", "Old town", "Heritage", group="North", order=2),
                Project("P3", "Young coders", "Code club", group="South", order=3))
    sheets = {("J1", "P1"): (8, 6), ("J2", "P1"): (7, 9), ("J4", "P1"): (9, 5),
              ("J1", "P2"): (6, 6), ("J2", "P2"): (5, 7), ("J3", "P2"): (8, 8),
              ("J1", "P3"): (9, 9), ("J2", "P3"): (8, None), ("J3", "P3"): (7, 7),
              ("J4", "P3"): (10, 10)}
    marks = {}
    for (j, p), (a, b) in sheets.items():
        marks[(j, p, "a")] = a
        if b is not None:
            marks[(j, p, "b")] = b
    s = Settings(title="Small cup", winners_per_group=1, group_label="Region", **settings)
    return Competition(s, projects, jurors, crits, marks, recusals=frozenset({("J3", "P1")}),
                       absences=frozenset({("J4", "P2")}),
                       comments={("J2", "P1", "a"): "Strong relevance to the river basin",
                                 ("J1", "P1", ""): "Well prepared"})


def statement_text(comp: Competition, lang: str = "en", public: bool = False) -> str:
    data, _ = render_protocol(comp, lang=lang, printed_at=PRINTED_AT, public=public)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    text = re.sub(r"\s+", " ", text)
    heading = {"en": "Annex. Consolidated statement of marks",
               "ru": "Приложение. Сводная ведомость оценок"}[lang.split("+")[0]]
    return text[text.index(heading):]


def block(text: str, code: str, title: str) -> str:
    """One project's part of the statement: from its project line to the next one."""
    rest = text[text.index(f"{code} — {title}"):]
    following = re.search(r"P\d — ", rest[5:])
    return rest[:following.start() + 5] if following else rest


def test_every_mark_the_recusal_the_absence_and_the_arithmetic_are_printed():
    """P1: each juror's marks and total (Σ 2 × a + b: 22, 23, 23), J3's recusal as R in
    every cell, the mean of the three totals ≈22.6667 and the score 22.67 (the ranking's
    rounding), first in its region and second overall; P2: J4 absent (A), mean of 18,
    17, 24 = 59/3 ≈ 19.6667; P3: J2's partial sheet 16* (b not marked: –), mean of 27,
    16, 21, 30 = 94/4 = 23.5."""
    text = statement_text(small())
    p1 = block(text, "P1", "Clean river")
    assert "Region: North" in text[:text.index("P1 — Clean river")]
    assert "J1 — Анна Белова 8 6 22" in p1
    assert "J2 — Ғалымжан Сейітқали 7 9 23" in p1
    assert "J3 — Ирина Кравцова R R R" in p1
    assert "J4 — Нұрлан Өмірбеков 9 5 23" in p1
    assert Fraction(22 + 23 + 23, 3) == Fraction(68, 3)
    assert "Panel score ≈22.6667" in p1 and "Score 22.67" in p1
    assert "Place in the group 1" in p1 and "Place overall 2" in p1
    p2 = block(text, "P2", "Old town")
    assert "J4 — Нұрлан Өмірбеков A A A" in p2
    assert "Panel score ≈19.6667" in p2 and "Score 19.67" in p2
    assert "Place in the group 2" in p2 and "Place overall 3" in p2
    p3 = block(text, "P3", "Young coders")
    assert "Region: South" in p3 or "Region: South" in text[:text.index("P3 — Young")]
    assert "J2 — Ғалымжан Сейітқали 8 – 16*" in p3
    assert (27 + 16 + 21 + 30) / 4 == 23.5
    assert "Panel score 23.5" in p3 and "Score 23.50" in p3
    assert "Place in the group 1" in p3 and "Place overall 1" in p3
    # the header: the criteria by number with their maximum and weight
    assert "1 ≤10 ×2 2 ≤10 ×1 Total" in p1
    # the legend says what the symbols mean
    assert "R: recused; A: absent; –: no mark; *: not every criterion marked yet" in text


def test_the_comments_are_under_their_projects_marks():
    """P1's two comments follow its result, jurors in their order, the criterion named;
    P2 has none."""
    text = statement_text(small())
    p1 = block(text, "P1", "Clean river")
    assert "Comments: Анна Белова: Well prepared Ғалымжан Сейітқали (Relevance): Strong " \
           "relevance to the river basin" in p1
    assert "Comments" not in block(text, "P2", "Old town")


def test_trimmed_totals_are_in_brackets_and_the_rounded_totals_have_a_column():
    """Trimmed mean (trim 1) with each total rounded to a whole number: P3's totals 27,
    16, 21, 30 → the lowest (16) and the highest (30) in brackets; (27 + 21) / 2 = 24."""
    text = statement_text(small(method="trimmed_mean", trim=1, rounding_weighted=0))
    p3 = block(text, "P3", "Young coders")
    assert "Total Rounded" in p3
    assert "J2 — Ғалымжан Сейітқали 8 – 16* [16]" in p3
    assert "J4 — Нұрлан Өмірбеков 10 10 30 [30]" in p3
    assert "J1 — Анна Белова 9 9 27 27" in p3
    assert "Panel score 24 Score 24.00" in p3
    assert "In [brackets]: a value the method of section 2 leaves out." in text


def test_per_criterion_panel_scores_each_rounding_and_the_adjustment():
    """aggregate = criterion, rounded to tenths, tenths, hundredths, P1 of the regulation
    test: a 7, 8, 8 → 23/3 ≈ 7.6667 → 7.7, × 1.5 = 11.55 → 11.6; b 5, 6, 6 → 17/3 ≈
    5.6667 → 5.7, × 0.5 = 2.85 → 2.9; the sum 14.5; + 1.5 adjustment = 16."""
    crits = (Criterion("a", "Relevance", 10, 1.5, 0), Criterion("b", "Quality", 10, 0.5, 1))
    jurors = tuple(Juror(f"J{i}", f"Juror {i}", role="chair" if i == 1 else "member",
                         order=i) for i in (1, 2, 3))
    projects = (Project("P1", "Clean river", group="G", order=1),
                Project("P2", "Old town", group="G", order=2))
    marks = {}
    for j, (a1, b1, a2, b2) in zip(("J1", "J2", "J3"),
                                   ((7, 5, 3, 3), (8, 6, 4, 2), (8, 6, 3, 3))):
        marks.update({(j, "P1", "a"): a1, (j, "P1", "b"): b1, (j, "P2", "a"): a2,
                      (j, "P2", "b"): b2})
    s = Settings(title="Cup", aggregate="criterion", rounding_criterion=1,
                 rounding_weighted=1, rounding_score=2, winners_per_group=1)
    comp = Competition(s, projects, jurors, crits, marks,
                       adjustments=(Adjustment("P1", 1.5, "Registered provider"),))
    p1 = block(statement_text(comp), "P1", "Clean river")
    assert "Panel score ≈7.6667 ≈5.6667" in p1
    assert "Rounded to tenths 7.7 5.7" in p1
    assert "× weight, rounded to tenths; sum 11.6 2.9 14.5" in p1
    assert "Score rounded to hundredths 14.5" in p1
    assert "Adjustment +1.5" in p1 and "Score 16.00" in p1


def test_russian_and_kazakh_side_by_side():
    """ru+kk: headings, column heads and row labels in both languages; symbols are the
    first language's (С for a recusal, О for an absence)."""
    text = statement_text(small(), "ru+kk")
    assert text.startswith("Приложение. Сводная ведомость оценок / Қосымша. Бағалардың "
                           "жиынтық ведомосі")
    assert "Член жюри Алқа мүшесі" in text
    assert "Сумма Жиынтық" in text
    assert "Итоговый балл / Қорытынды балл 22,67" in text
    assert "Место в группе / Топтағы орны 1" in text
    assert "J3 — Ирина Кравцова С С С" in text and "J4 — Нұрлан Өмірбеков О О О" in text
    assert "Region: North" in text


def test_the_public_copy_names_no_juror():
    """The public copy's statement has J1…J4 for rows and in the comments, and no name."""
    text = statement_text(small(), public=True)
    for name in ("Анна Белова", "Ғалымжан", "Кравцова", "Өмірбеков"):
        assert name not in text
    p1 = block(text, "P1", "Clean river")
    assert "J1 8 6 22" in p1 and "J3 R R R" in p1
    assert "Comments: J1: Well prepared J2 (Relevance): Strong relevance" in p1


@pytest.mark.parametrize("settings", [
    {}, {"method": "median"}, {"method": "trimmed_mean", "trim": 1},
    {"method": "trimmed_mean", "aggregate": "criterion", "rounding_criterion": 1,
     "rounding_weighted": 1, "rounding_score": 1},
    {"method": "median", "rounding_weighted": 0, "rounding_score": 1,
     "rounding_mode": "half_even"}])
def test_the_statements_arithmetic_gives_the_ranked_score(settings):
    """For every project of a generated competition, the working's score is the exact
    score the ranking uses (the statement redoes no arithmetic of its own)."""
    comp = generated(30, 7)
    comp = replace(comp, settings=replace(comp.settings, **settings))
    results = compute(comp)
    work = workings(comp)
    scored = [r for r in results.projects if r.score is not None]
    assert scored
    for r in scored:
        assert work[r.code].score == r.exact_score, r.code


def test_left_out_follows_the_method():
    """Trimmed mean drops the trim lowest and highest (among equal values the first
    listed counts as lower); the median keeps the middle one or two; the mean keeps all."""
    values = {"a": 5, "b": 9, "c": 7, "d": 5, "e": 8}
    assert left_out(values, "trimmed_mean", 1) == {"a", "b"}
    assert left_out(values, "trimmed_mean", 2) == {"a", "d", "e", "b"}
    assert left_out(values, "trimmed_mean", 3) == set()          # fewer than 7 values
    assert left_out(values, "median", 1) == {"a", "d", "e", "b"}
    assert left_out({"a": 1, "b": 2, "c": 3, "d": 4}, "median", 1) == {"a", "d"}
    assert left_out(values, "mean", 1) == set()
