"""The protocol states the regulation's arithmetic in plain words in every language and
works one project's score out step by step; adjustments are listed with their rules."""

import io
import re
from dataclasses import replace

from pypdf import PdfReader

from app.model import Adjustment, Criterion, Juror, Project, Settings, Competition
from app.protocol import render_protocol

PRINTED_AT = "2026-10-06T15:00:00+00:00"


def _comp():
    """Two criteria (weights 1.5 and 0.5), three jurors; P1's marks a 7, 8, 8 and b 5, 6,
    6: a's panel score 23/3 ≈ 7.6667 -> 7.7, × 1.5 = 11.55 -> 11.6; b's 17/3 ≈ 5.6667 ->
    5.7, × 0.5 = 2.85 -> 2.9; 14.5; + 1.5 for a registered provider = 16."""
    crits = (Criterion("a", "Relevance", 10, 1.5, 0), Criterion("b", "Quality", 10, 0.5, 1))
    jurors = tuple(Juror(f"J{i}", f"Juror {i}", role="chair" if i == 1 else "member", order=i)
                   for i in (1, 2, 3))
    projects = (Project("P1", "Clean river", group="G", order=1),
                Project("P2", "Old town", group="G", order=2))
    marks = {}
    for j, (a1, b1, a2, b2) in zip(("J1", "J2", "J3"), ((7, 5, 3, 3), (8, 6, 4, 2), (8, 6, 3, 3))):
        marks.update({(j, "P1", "a"): a1, (j, "P1", "b"): b1, (j, "P2", "a"): a2,
                      (j, "P2", "b"): b2})
    s = Settings(title="Cup", venue="Omsk", dates=("2026-10-05",), aggregate="criterion",
                 rounding_criterion=1, rounding_weighted=1, rounding_score=2,
                 winners_per_group=1, min_score=10.0)
    return Competition(s, projects, jurors, crits, marks,
                       adjustments=(Adjustment("P1", 1.5, "Registered provider, rule 4.2"),))


def _text(comp, lang):
    data, _ = render_protocol(comp, lang=lang, printed_at=PRINTED_AT)
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages))


def test_the_method_section_says_each_step_in_plain_words():
    """English: aggregation per criterion, each rounding step in order, the rule for a
    half, the least winning score, the adjustment with its rule."""
    text = _text(_comp(), "en")
    assert "Each criterion's panel score is the arithmetic mean of the marks" in text
    assert ("Rounding, in this order: each criterion's panel score to tenths; each weight × "
            "panel score to tenths; the project's score to hundredths") in text
    assert "A half is rounded away from zero" in text
    assert "A project scoring below 10 does not win" in text
    assert "Registered provider, rule 4.2" in text and "+1.5" in text


def test_the_worked_example_follows_the_score_step_by_step():
    """P1 (the winner): a's marks 7; 8; 8, mean ≈7.6667 -> 7.7, 1.5 × 7.7 = 11.55 ->
    11.6; the sum 14.5; the adjustment; the score 16, as ranked."""
    text = _text(_comp(), "en")
    assert "Worked example: how the score of P1 is made" in text
    assert "marks 7; 8; 8; arithmetic mean ≈7.6667 → 7.7; 1.5 × 7.7 = 11.55 → 11.6" in text
    assert "Sum over the criteria: 11.6 + 2.9 = 14.5" in text
    assert "Score: 16" in text


def test_every_language_says_it():
    """Russian and Kazakh say the same steps, with a decimal comma."""
    ru = _text(_comp(), "ru")
    assert "Округление, в таком порядке" in ru and "до десятых" in ru and "до сотых" in ru
    assert "Пример расчёта" in ru and "11,55 → 11,6" in ru and "ниже 10" in ru
    kk = _text(_comp(), "kk")
    assert "Дөңгелектеу, осы ретпен" in kk and "Есептеу үлгісі" in kk and "11,55 → 11,6" in kk
    both = _text(_comp(), "ru+kk")
    assert "Пример расчёта" in both and "Есептеу үлгісі" in both


def test_without_the_regulations_keys_the_method_reads_as_before():
    """No rounding, no floor, no adjustment: the usual sentences, and the example."""
    comp = _comp()
    comp = replace(comp, adjustments=(), settings=replace(
        comp.settings, aggregate="juror", rounding_criterion=None, rounding_weighted=None,
        rounding_score=None, min_score=None))
    text = _text(comp, "en")
    assert "Scores are shown rounded to two decimals; the ranking uses the unrounded" in text
    assert "Rounding, in this order" not in text and "does not win" not in text
    assert "Mean of 3 totals" in text


def test_the_jurors_comments_are_printed_in_the_consolidated_statement():
    """Each comment under its project's marks in the consolidated statement, with the
    juror's name (and the criterion's), jurors in the jury's order."""
    comp = replace(_comp(), comments={("J2", "P1", ""): "Сильная команда",
                                      ("J1", "P1", "a"): "Актуально для региона"})
    text = _text(comp, "ru")
    statement = text[text.index("Приложение. Сводная ведомость оценок"):]
    block = statement[statement.index("P1 — Clean river"):statement.index("P2 — Old town")]
    assert "Комментарии:" in block
    assert block.index("Juror 1 (Relevance): Актуально для региона") < \
        block.index("Juror 2: Сильная команда")
    assert "Comments" not in _text(_comp(), "en")
