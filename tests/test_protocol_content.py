"""The protocol PDF read back with pypdf: what it says, on which pages, in what order."""

import io
import re
from dataclasses import replace

import pytest
from pypdf import PdfReader

from app.fingerprint import fingerprint, short
from app.protocol import render_protocol, write_protocol
from app.protocol.texts import Texts
from app.scoring import compute
from tests.protocol_build import KAZAKH, REASON_LOSE, REASON_WIN, generated

PRINTED_AT = "2026-10-06T16:00:00+00:00"


def pages_of(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def flat(text: str) -> str:
    """Text with line breaks folded to spaces: table cells wrap long names."""
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def final():
    """A finalized, complete 40-project competition with a decided tie at the cut."""
    comp = generated(40, 8)
    data, printed = render_protocol(comp, printed_at=PRINTED_AT)
    return comp, data, printed, pages_of(data)


@pytest.fixture
def demo(demo_store):
    comp = demo_store.load()
    data, printed = render_protocol(comp, printed_at=demo_store.last_changed_at())
    return comp, data, printed, pages_of(data)


def test_every_winner_and_every_juror_is_in_the_protocol(final):
    """All winners by code and title, every juror and the secretary by name and role."""
    comp, _, _, pages = final
    text = flat(" ".join(pages))
    winners = [r for r in compute(comp).projects if r.winner]
    assert len(winners) == 8
    for r in winners:
        assert r.code in text and flat(r.title) in text
    for j in comp.jurors:
        assert j.name in text
    assert "Secretary of the jury" in text and "Chair of the jury" in text


def test_sections_come_in_the_agreed_order(final):
    """Heading, jury, method, ranking, winners, decisions, recusals, signatures, annex."""
    text = flat(" ".join(final[3]))
    marks = ["PROTOCOL OF THE JURY", "1. The jury", "2. How the result was computed",
             "3. Ranking of the projects", "4. The winners",
             "5. The jury's decisions on ties at the cut", "6. Recusals and absences",
             "Signatures", "Annex. Consolidated statement of marks"]
    positions = [text.index(m) for m in marks]
    assert positions == sorted(positions)


def test_heading_names_the_competition_number_and_time(final):
    """Title, venue, dates, protocol number and the print time taken from the data."""
    comp, _, printed, pages = final
    first = flat(pages[0])
    assert comp.settings.title in first
    assert "Venue: Омск" in first and "Dates: 5–6 October 2026" in first
    assert f"Protocol No. {printed.number}" in first
    fp = fingerprint(comp).upper()
    assert printed.number == f"{fp[:4]}-{fp[4:8]}"
    assert "Date and time: 6 October 2026, 16:00 UTC" in first


def test_method_is_written_out(final):
    """Criteria with max and weight, the method, the tie-break order and the winners' rule."""
    text = flat(" ".join(final[3]))
    assert "Актуальность и социальная значимость 10 2 20" in text
    assert "Largest total 55" in text
    assert "arithmetic mean" in text
    assert "1) Актуальность и социальная значимость; 2) Качество проработки проекта" in text
    assert "the 4 best projects in each group" in text


def test_decisions_are_printed_with_their_reasons(final):
    """The tie at the cut is described and each decision's reason is printed in full."""
    comp, _, _, pages = final
    text = flat(" ".join(pages))
    tie = compute(comp).ties_at_cut[0]
    assert f"Tied at {Texts().number(tie.score)} for 1 place" in text
    assert flat(REASON_WIN) in text and flat(REASON_LOSE) in text
    assert "winner by jury decision" in text and "not a winner by jury decision" in text


def test_recusals_and_absences_are_listed(final):
    """Which juror, which project, and whether recused or absent."""
    comp, _, _, pages = final
    text = flat(" ".join(pages))
    (juror, project), = comp.recusals
    assert f"{juror} — {comp.juror(juror).name}" in text
    assert f"{project} — " in text and "recused (conflict of interest)" in text
    assert "absent" in text


def test_kazakh_letters_print(final):
    """All nine Kazakh letters come back out of the PDF as text (the font has them)."""
    text = " ".join(final[3])
    assert KAZAKH in text
    for letter in KAZAKH:
        assert letter in text


def test_every_page_says_page_x_of_y_and_the_short_fingerprint(final):
    """The footer of each page: its number, the total, and the fingerprint's first digits."""
    comp, _, printed, pages = final
    assert printed.pages == len(pages) > 3
    for n, text in enumerate(pages, 1):
        assert f"Page {n} of {len(pages)}" in text
        assert short(fingerprint(comp)) in text


def test_fingerprint_is_in_metadata_text_and_qr(final):
    """The full fingerprint: in /Subject and /Keywords, and printed on page 1."""
    comp, data, printed, pages = final
    fp = fingerprint(comp)
    assert printed.fingerprint == fp
    meta = PdfReader(io.BytesIO(data)).metadata
    assert fp in meta["/Subject"] and f"sha256:{fp}" in meta["/Keywords"]
    assert fp in pages[0].replace("\n", "")
    assert meta.creation_date.isoformat() == "2026-10-06T16:00:00+00:00"


def test_qr_code_carries_the_full_fingerprint():
    """The QR widget is built from the full fingerprint (decoding needs a scanner)."""
    from app.protocol.sections.heading import qr_code, qr_payload

    fp = "ab" * 32
    drawing = qr_code(fp, 90)
    assert qr_payload(fp) == f"sha256:{fp}"
    assert drawing.contents[0].value == f"sha256:{fp}"


def test_final_protocol_says_nothing_provisional(final):
    """A finalized, complete, decided competition prints no PROVISIONAL mark anywhere."""
    _, _, printed, pages = final
    assert printed.final
    assert not any("PROVISIONAL" in text for text in pages)


@pytest.mark.parametrize("kind", ["incomplete", "not finalized", "undecided"])
def test_provisional_on_every_page(kind):
    """Missing marks, no finalization or an undecided tie: PROVISIONAL on every page."""
    comp = generated(40, 8, complete=kind != "incomplete", finalized=kind != "not finalized",
                     decide=kind != "undecided")
    data, printed = render_protocol(comp, printed_at=PRINTED_AT)
    pages = pages_of(data)
    assert len(pages) > 3 and printed.provisional
    reason = {"incomplete": "marks are missing",
              "not finalized": "the competition is not finalized",
              "undecided": "awaits the jury's decision"}[kind]
    # before finalize it is a draft; finalized with something missing, provisional
    banner = "DRAFT — NOT FOR SIGNATURE" if kind == "not finalized" else \
        "PROVISIONAL RESULT: "
    for text in pages:
        assert banner in text
        assert reason in flat(text)


def test_demo_protocol_is_provisional_and_complete_in_content(demo):
    """The bundled demo: not finalized and with missing marks, so a provisional draft
    with no signature lines; finalized, every juror signs (J5, who took part by video
    link, too, and says so); the recused juror shows in the notes; unscored projects say
    so; the time is the meeting's local time (Omsk)."""
    comp, _, printed, pages = demo
    text = flat(" ".join(pages))
    assert printed.provisional
    assert "recused: J4" in text
    assert "not scored" in text
    roles = {"chair": "Chair of the jury", "member": "Member of the jury",
             "secretary": "Secretary of the jury"}
    assert printed.draft and "No signatures: this is a draft" in text
    assert "Signatures" not in text and " signature " not in text
    assert "Date and time: 5 October 2026, 16:00 (Asia/Omsk, UTC+6)" in text
    data, final = render_protocol(replace(comp, finalized=True))
    assert not final.draft
    text = flat(" ".join(pages_of(data)))
    signing = text[text.index("Signatures"):text.index("Annex")]
    for j in comp.jurors:
        assert f"{roles[j.role]} {j.name}" in signing
    assert signing.count("signature date") == len(comp.jurors)
    assert "Наталья Сергеевна Белова took part by video link" in signing


def test_same_data_gives_the_same_bytes(final):
    """Rendering again gives byte-identical output: reproducible."""
    comp, data, _, _ = final
    again, _ = render_protocol(comp, printed_at=PRINTED_AT)
    assert again == data


def test_different_data_gives_a_different_number():
    """The protocol number follows the data: change a mark, get another number."""
    comp = generated(10, 3, tie=False)
    key = next(iter(comp.marks))
    other = replace(comp, marks={**comp.marks, key: 0.0})
    assert render_protocol(comp)[1].number != render_protocol(other)[1].number


def test_progress_rises_to_one(tmp_path):
    """The GUI's progress callback: rising fractions ending at exactly 1.0."""
    seen = []
    write_protocol(generated(40, 6), tmp_path / "p.pdf", progress=seen.append,
                   printed_at=PRINTED_AT)
    assert len(seen) >= 3
    assert seen == sorted(seen) and seen[-1] == 1.0 and 0 <= seen[0] < 1


def test_write_replaces_the_file_whole(tmp_path):
    """The file is written under a temporary name and renamed: no temporary file is left,
    and an existing file is replaced."""
    target = tmp_path / "protocol.pdf"
    target.write_bytes(b"old")
    printed = write_protocol(generated(8, 3, tie=False), target, printed_at=PRINTED_AT)
    assert printed.path == target
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["protocol.pdf"]


def test_many_jurors_are_rows_of_the_statement_and_a_long_block_repeats_its_caption():
    """30 jurors: each project's block in the consolidated statement has a row per juror
    (one table, however many jurors); a block continued on the next page repeats its
    group and project line and its header there."""
    comp = generated(10, 30, tie=False)
    pages = pages_of(render_protocol(comp, printed_at=PRINTED_AT)[0])
    start = next(i for i, p in enumerate(pages) if "Consolidated statement" in p)
    statement = pages[start:]
    first = flat(" ".join(statement)).split("P0002 — ")[0]
    for j in comp.scoring_jurors:
        assert f"{j.code} — {j.name}" in first, j.code
    for page in statement[1:]:
        assert re.search(r"P\d{4} — ", page) and "Juror" in page and "Total" in page


def test_a_partial_sheet_is_marked_in_the_annex():
    """A juror who marked only some criteria: the total is shown with an asterisk."""
    comp = generated(6, 3, tie=False, complete=False)
    text = flat(" ".join(pages_of(render_protocol(comp)[0])))
    annex = text[text.index("Annex. Consolidated statement of marks"):]
    assert re.search(r"\d+(\.\d+)?\*", annex)
    assert "*: not every criterion marked yet" in annex


def test_one_list_winners_show_overall_places():
    """With `total` winners the ranking explains that places are overall places."""
    comp = generated(12, 4, total=3, tie=False)
    text = flat(" ".join(pages_of(render_protocol(comp)[0])))
    assert "Winners: the 3 best projects overall." in text
    assert "the place among all projects" in text


def test_thousand_projects(tmp_path):
    """A 1,000-project protocol builds; every project code is in the ranking and the annex,
    and the ranking table's header is repeated on the pages it spans."""
    comp = generated(1000, 8, groups=4, tie=False)
    data, printed = render_protocol(comp, printed_at=PRINTED_AT)
    pages = pages_of(data)
    text = " ".join(pages)
    for p in comp.projects:
        assert text.count(p.code) >= 2, p.code
    ranking_pages = [t for t in pages if "P0" in t and "Notes" in t]
    assert len(ranking_pages) > 10
    assert printed.pages == len(pages)


def test_long_words_are_wrapped_inside_their_cell():
    """A title that is one 120-letter word is cut into lines that fit the column."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from app.protocol import fonts
    from app.protocol.layout import wrap

    fonts.register()
    word = "Қ" * 120
    lines = wrap(f"Жоба {word}", 148).split("\n")
    assert len(lines) > 2
    assert all(stringWidth(line, "DejaVuSans", 8.5) <= 148 - 6 for line in lines)
    assert "".join(lines).replace("Жоба", "") == word


def test_method_variants_are_described():
    """Trimmed mean with z-score: both are explained, and the annex says its totals are
    the raw ones."""
    comp = generated(10, 5, tie=False)
    comp = replace(comp, settings=replace(comp.settings, method="trimmed_mean", trim=1,
                                          normalize="zscore"))
    text = flat(" ".join(pages_of(render_protocol(comp)[0])))
    assert "dropping the 1 highest and the 1 lowest (when it has at least 3 totals" in text
    assert "normalised (z-score)" in text
    assert "the normalised totals are in the last column" in text


def test_withdrawn_project_is_listed_last_without_a_place():
    """A withdrawn project stays in the ranking, after the others, with no place or score."""
    comp = generated(10, 4, tie=False)
    gone = comp.projects[0]
    comp = replace(comp, projects=(replace(gone, withdrawn=True),) + comp.projects[1:])
    text = flat(" ".join(pages_of(render_protocol(comp)[0])))
    ranking = text[text.index("3. Ranking"):text.index("4. The winners")]
    # the group's part of the ranking: from its heading to the next heading, if any
    group = ranking.split(f"Страна: {gone.group}")[1].split("Страна: ")[0]
    assert re.search(rf"– {gone.code} [^–]*– withdrawn", group)
    assert re.findall(r"P\d{4}", group)[-1] == gone.code


def test_an_empty_competition_still_prints():
    """No projects, jurors or criteria: a short provisional document, not a crash."""
    from app.model import Competition

    data, printed = render_protocol(Competition())
    text = flat(" ".join(pages_of(data)))
    assert printed.provisional and "No jurors are recorded." in text
    assert "No projects are recorded." in text and "at most 0 points" in text


def test_a_stale_decision_is_shown_as_no_longer_applying():
    """A decision taken on a tie that has since changed is listed apart, and the tie needs
    a decision again (so the protocol is provisional)."""
    comp = generated(40, 6)
    stale = {code: replace(d, basis="an earlier tie") for code, d in comp.decisions.items()}
    comp = replace(comp, decisions=stale)
    data, printed = render_protocol(comp)
    text = flat(" ".join(pages_of(data)))
    assert "Decisions recorded earlier that no longer apply" in text
    assert "recorded decision no longer applies" in text
    assert "jury decision needed" in text
    assert "a tie at the winners' cut awaits the jury's decision" in printed.provisional
