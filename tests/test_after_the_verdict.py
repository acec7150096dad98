"""After the verdict: the ceremony's order, the diplomas, the award script and the
feedback pages, read back from the PDFs."""

from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli import run
from app.errors import InputError
from app.reports.ceremony import awards, steps
from app.reports.diplomas import load_template
from app.store import Store
from tests.helpers import write_folder

TOML = """title = "Лидерлер таңдауы"
venue = "Омск"
dates = ["2026-10-05", "2026-10-06"]
group_label = "Страна"
method = "mean"
[winners]
per_group = 2
"""
PROJECTS = ("code,title,organization,group,category,order\n"
            "R1,Театр без границ,Фонд «Культурный мост»,Россия,,1\n"
            "K1,Ертіс өзенінің жағалауын тазарту,«Жасыл Ертіс» экологиялық қоры,Казахстан,,2\n"
            "R2,Школа эколога,АНО «Экопатруль»,Россия,,3\n"
            "K2,Асық ату,«Дала мұрасы» жастар ұйымы,Казахстан,,4\n"
            "R3,Волонтёры,Центр,Россия,,5\n")
JURORS = ("code,name,position,role\nJ1,Ғалымжан Қайратұлы Ізбасаров,Министр,chair\n"
          "J2,Ирина Соколова,Агентство,member\nS,Мария Ким,,secretary\n")
CRITERIA = "code,name,max,weight\na,Актуальность,10,1\n"
# R1 9, R2 7, R3 5 (Россия); K1 8, K2 6 (Казахстан): no tie, two winners each
SCORES = "juror,project,criterion,score\n" + "".join(
    f"{j},{p},a,{v}\n" for p, v in (("R1", 9), ("R2", 7), ("R3", 5), ("K1", 8), ("K2", 6))
    for j in ("J1", "J2"))


@pytest.fixture
def final_db(tmp_path) -> Path:
    folder = write_folder(tmp_path / "f", toml=TOML, projects=PROJECTS, jurors=JURORS,
                          criteria=CRITERIA, scores=SCORES)
    db = tmp_path / "c.jury"
    assert run(["import", str(db), str(folder)]) == 0
    assert run(["finalize", str(db)]) == 0
    return db


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_awards_go_group_by_group_from_the_last_place_up(final_db):
    """Groups in running order (Россия presents first), inside a group the second place
    before the first; the reveal starts each group with its title card."""
    with Store.open(final_db, read_only=True) as store:
        comp = store.load()
    assert [(a.group, a.place, a.code) for a in awards(comp)] == [
        ("Россия", 2, "R2"), ("Россия", 1, "R1"), ("Казахстан", 2, "K2"), ("Казахстан", 1, "K1")]
    reveal = steps(comp)
    assert [s.is_title for s in reveal] == [True, False, False, True, False, False]
    assert reveal[0].group == "Россия" and reveal[2].awards[0].code == "R1"


def test_no_ceremony_and_no_diplomas_before_finalize(tmp_path, capsys):
    """Before finalize the winners can still change: the reveal is refused, and so are
    `diplomas` and `feedback` (exit 2, one line, no file written)."""
    folder = write_folder(tmp_path / "f", toml=TOML, projects=PROJECTS, jurors=JURORS,
                          criteria=CRITERIA, scores=SCORES)
    db = tmp_path / "c.jury"
    assert run(["import", str(db), str(folder)]) == 0
    with Store.open(db, read_only=True) as store:
        with pytest.raises(InputError, match="not finalized"):
            steps(store.load())
    capsys.readouterr()
    assert run(["diplomas", str(db), "-o", str(tmp_path / "d")]) == 2
    assert run(["feedback", str(db), "-o", str(tmp_path / "fb")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all("not finalized" in line for line in err)
    assert not (tmp_path / "d").exists() and not (tmp_path / "fb").exists()


def test_a_diploma_per_winner_landscape_with_names_as_entered(final_db, tmp_path):
    """Four winners, four one-page landscape A4 diplomas; each names its project and
    organisation exactly as entered (guillemets, Kazakh letters) in both languages, and
    the chair and the secretary under the signature lines."""
    out = tmp_path / "diplomas"
    assert run(["diplomas", str(final_db), "-o", str(out)]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == ["award-script.pdf", "diploma-K1.pdf", "diploma-K2.pdf",
                     "diploma-R1.pdf", "diploma-R2.pdf"]
    reader = PdfReader(out / "diploma-K1.pdf")
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)             # landscape
    assert round(float(box.width)) == 842                     # A4
    text = _text(out / "diploma-K1.pdf")
    assert "ДИПЛОМ" in text
    assert "«Жасыл Ертіс» экологиялық қоры" in text
    assert "Ертіс өзенінің жағалауын тазарту" in text
    assert "победитель конкурса" in text and "жеңімпазы" in text
    assert "Ғалымжан Қайратұлы Ізбасаров" in text and "Мария Ким" in text


def test_certificates_of_participation_for_the_others(final_db, tmp_path):
    """`--all` adds a certificate for the one project that did not win (R3)."""
    out = tmp_path / "d"
    assert run(["diplomas", str(final_db), "-o", str(out), "--all"]) == 0
    assert (out / "certificate-R3.pdf").exists()
    assert not (out / "certificate-R1.pdf").exists()
    text = _text(out / "certificate-R3.pdf")
    assert "СЕРТИФИКАТ" in text and "за участие в конкурсе" in text and "Волонтёры" in text


def test_a_changed_template_changes_the_wording(final_db, tmp_path):
    """The organisers' own template: one language, their heading and wording, their
    signatory; fields are filled exactly as entered."""
    template = tmp_path / "mine.toml"
    template.write_text(
        'languages = "en"\n[en]\nheading = "HONOURS"\nparticipation_heading = "THANKS"\n'
        'winner = "to {organization} for {title} ({code})"\nparticipant = "to {title}"\n'
        '[[signature]]\nname = "Dr. A. Organiser"\nrole = { en = "Organiser" }\n',
        encoding="utf-8")
    out = tmp_path / "d"
    assert run(["diplomas", str(final_db), "-o", str(out), "--template", str(template)]) == 0
    text = _text(out / "diploma-R1.pdf")
    assert "HONOURS" in text and "to Фонд «Культурный мост» for Театр без границ (R1)" in text
    assert "Dr. A. Organiser" in text and "Organiser" in text and "ДИПЛОМ" not in text


@pytest.mark.parametrize("body, field", [
    ('languages = "en"\n[en]\nheading = "H"\nparticipation_heading = "P"\n'
     'winner = "{prize}"\nparticipant = "x"\n', "en.winner"),
    ('languages = "en"\n[en]\nheading = "H"\n', "en.participation_heading"),
    ('languages = "xx"\n', "languages"),
    ('languages = \n', None),
])
def test_a_template_that_cannot_be_used_is_refused_naming_the_key(tmp_path, body, field):
    """An unknown {field}, a missing text, an unknown language, broken TOML: one error
    naming the file (and the key), before anything is printed."""
    template = tmp_path / "t.toml"
    template.write_text(body, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_template(template)
    assert caught.value.file == str(template)
    if field:
        assert caught.value.field == field
    assert str(template) in str(caught.value)


def test_the_award_script_lists_the_awards_in_order(final_db, tmp_path):
    """The script names each winner with its title and organisation, in the reveal's
    order: R2 before R1, and Россия before Казахстан."""
    out = tmp_path / "d"
    assert run(["diplomas", str(final_db), "-o", str(out)]) == 0
    text = _text(out / "award-script.pdf")
    order = [text.index(code) for code in ("R2", "R1", "K2", "K1")]
    assert order == sorted(order)
    assert "АНО «Экопатруль»" in text and "Сценарий награждения" in text


def test_feedback_pages_in_the_group_language_with_numbers(final_db, tmp_path):
    """One page per project; a Kazakh group's page is in Kazakh, a Russian group's in
    Russian; the place, the score and the criterion means against the group's."""
    out = tmp_path / "fb"
    assert run(["feedback", str(final_db), "-o", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        f"feedback-{c}.pdf" for c in ("K1", "K2", "R1", "R2", "R3")]
    kk = _text(out / "feedback-K2.pdf")
    assert "Жоба туралы қазылар пікірі" in kk and "2 ішінен 2" in kk
    # K2's mean 6,00 against the group's (8 + 6)/2 = 7,00
    assert "6,00" in kk and "7,00" in kk
    ru = _text(out / "feedback-R1.pdf")
    assert "Отзыв жюри о проекте" in ru and "1 из 3" in ru and "Балл: 9,00" in ru
    assert len(PdfReader(out / "feedback-R1.pdf").pages) == 1


def test_feedback_without_numbers(final_db, tmp_path):
    """`--no-numbers` leaves out the place, the score and the table."""
    out = tmp_path / "fb"
    assert run(["feedback", str(final_db), "-o", str(out), "--no-numbers"]) == 0
    text = _text(out / "feedback-R1.pdf")
    assert "Балл" not in text and "1 из 3" not in text and "Критерий" not in text
    assert "Комментарии членов жюри" in text


def test_feedback_shows_the_comments_with_the_jurors_anonymised(tmp_path):
    """Comments from comments.csv appear on their project's page, numbered "Член жюри 1,
    2" in the order of the jurors, a criterion named where one is given, and no juror's
    name or code anywhere on the page."""
    folder = write_folder(tmp_path / "f", toml=TOML, projects=PROJECTS, jurors=JURORS,
                          criteria=CRITERIA, scores=SCORES)
    (folder / "comments.csv").write_text(
        "juror,project,criterion,comment\n"
        "J2,R1,,Сильная команда\nJ1,R1,a,Очень актуально\n", encoding="utf-8")
    db = tmp_path / "c.jury"
    assert run(["import", str(db), str(folder)]) == 0
    assert run(["finalize", str(db)]) == 0
    out = tmp_path / "fb"
    assert run(["feedback", str(db), "-o", str(out)]) == 0
    text = _text(out / "feedback-R1.pdf")
    assert "Член жюри 1 · Актуальность: Очень актуально" in text
    assert "Член жюри 2: Сильная команда" in text
    for who in ("Ізбасаров", "Соколова", "J1", "J2"):
        assert who not in text
    assert "Письменных комментариев нет." in _text(out / "feedback-R2.pdf")


@pytest.mark.parametrize("lang, heading, wording", [
    ("en", "DIPLOMA", "winner of the competition"),
    ("kk", "ДИПЛОМ", "байқауының жеңімпазы"),
    ("ru", "ДИПЛОМ", "победитель конкурса"),
])
def test_diplomas_in_one_language_on_request(final_db, tmp_path, lang, heading, wording):
    """`--lang` prints the bundled template's wording in that language only, and the
    award script with it."""
    out = tmp_path / lang
    assert run(["diplomas", str(final_db), "-o", str(out), "--lang", lang]) == 0
    text = _text(out / "diploma-R1.pdf")
    assert heading in text and wording in text
    others = {"en": "победитель", "kk": "winner", "ru": "жеңімпазы"}
    assert others[lang] not in text
    script = _text(out / "award-script.pdf")
    assert {"en": "Award script", "kk": "Марапаттау сценарийі",
            "ru": "Сценарий награждения"}[lang] in script


def test_a_diploma_from_one_list_of_winners_has_no_empty_brackets(tmp_path):
    """With `[winners] total = N` the awards have no group: the diploma said
    "— 1 место ()" and "place 1 ()"; the empty brackets are left out."""
    toml = TOML.replace("per_group = 2", "total = 1")
    folder = write_folder(tmp_path / "f", toml=toml, projects=PROJECTS, jurors=JURORS,
                          criteria=CRITERIA, scores=SCORES)
    db = tmp_path / "c.jury"
    assert run(["import", str(db), str(folder)]) == 0
    assert run(["finalize", str(db)]) == 0
    out = tmp_path / "d"
    assert run(["diplomas", str(db), "-o", str(out)]) == 0
    text = _text(out / "diploma-R1.pdf")
    assert "1 место" in text and "1 орын" in text
    assert "()" not in text
