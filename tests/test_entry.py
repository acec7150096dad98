"""Subtle numbers and text (issue 13): one set of rules (app.entry) for what an import, a
cell typed in the window and a command-line argument may bring in."""

import io
import unicodedata
from dataclasses import replace

import pypdf
import pytest

from app.entry import LIMITS
from app.errors import InputError
from app.folder import import_folder
from app.service import JuryService
from main import main
from tests.helpers import db_dump, write_folder

PROJECTS = "code,title,organization,group,category,order\nP1,One,Org,RU,,1\nP2,Two,Org,KZ,,2\n"


@pytest.fixture
def service(store, tmp_path):
    import_folder(store, write_folder(tmp_path / "f"))
    return JuryService(store)


@pytest.mark.parametrize("text", ["5.00000000049", "10.0000000001", "4.999999999999",
                                  "9.9999999999"])
def test_a_mark_a_hair_off_the_grid_or_over_the_max_is_refused_on_import(
        store, tmp_path, text):
    """A mark is on the score_step grid exactly, and at most the max, or refused: read as
    a decimal from its text, not through floating point's 1e-9 slack."""
    folder = write_folder(tmp_path / "f", scores=f"juror,project,criterion,score\n"
                                                 f"J1,P1,a,{text}\n")
    with pytest.raises(InputError) as err:
        import_folder(store, folder)
    assert err.value.file == "scores.csv" and err.value.line == 2
    assert "off the grid" in str(err.value) or "out of range" in str(err.value)
    assert store.load().marks == {}


@pytest.mark.parametrize("text", ["5.00000000049", "10.0000000001"])
def test_a_mark_a_hair_off_is_refused_in_the_window_too(service, text):
    """The scoring cell goes through the same rule: nothing is saved."""
    before = db_dump(service.store.path)
    with pytest.raises(InputError):
        service.enter_mark("J1", "P1", "a", text)
    assert db_dump(service.store.path) == before


def test_a_mark_exactly_on_a_fine_grid_is_kept(store, tmp_path):
    """Exactness cuts both ways: 0.3 on a 0.1 grid (which floating point misjudges) is in."""
    toml = 'title = "T"\nscore_step = 0.1\ntie_break = ["a"]\n[winners]\nper_group = 1\n'
    folder = write_folder(tmp_path / "f", toml=toml,
                          scores="juror,project,criterion,score\nJ1,P1,a,0.3\nJ1,P1,b,4.7\n")
    import_folder(store, folder)
    assert store.load().marks[("J1", "P1", "a")] == 0.3


@pytest.mark.parametrize("file, text, field", [
    ("scores", "juror,project,criterion,score\nJ1,P1,a,\"1,000\"\n", "score"),
    ("criteria", "code,name,max,weight\na,A,\"1,000\",1\nb,B,5,1\n", "max"),
    ("criteria", "code,name,max,weight\na,A,10,\"2,500\"\nb,B,5,1\n", "weight"),
])
def test_a_comma_and_three_digits_is_refused_as_ambiguous(store, tmp_path, file, text, field):
    """`1,000` may be a thousand or 1.0: neither is guessed; the field is named."""
    folder = write_folder(tmp_path / "f", **{file: text})
    with pytest.raises(InputError) as err:
        import_folder(store, folder)
    assert err.value.field == field and "ambiguous" in str(err.value)
    assert f"{file}.csv" in str(err.value)


def test_an_ambiguous_mark_is_refused_in_the_window(service):
    """The same rule for a typed cell."""
    with pytest.raises(InputError) as err:
        service.enter_mark("J1", "P1", "a", "1,000")
    assert "ambiguous" in str(err.value)


@pytest.mark.parametrize("invisible", ["\u200b", "\ufeff", "\u200e", "\u202e", "\x07",
                                       "\x85", "\u00a0"])
def test_an_invisible_character_in_a_code_is_refused(store, tmp_path, invisible):
    """A zero-width space, a BOM, a bidi mark or a control character inside a code would
    make a second `P1` that looks like the first: refused, naming the line and field."""
    projects = PROJECTS + f"P{invisible}1,Three,Org,RU,,3\n"
    with pytest.raises(InputError) as err:
        import_folder(store, write_folder(tmp_path / "f", projects=projects))
    assert err.value.line == 4 and err.value.field == "code"
    assert store.load().projects == ()


def test_an_invisible_character_in_a_code_is_refused_in_the_window(service):
    """Adding a project in the window goes through the same rule."""
    with pytest.raises(InputError) as err:
        service.add_project("P\u200b3", "Three")
    assert err.value.field == "code" and "invisible" in str(err.value)


def test_names_and_titles_are_stored_composed(store, tmp_path, service):
    """A name typed with a combining mark (и + ̆) is stored as the one letter й (NFC),
    from a file and from the window alike."""
    decomposed = unicodedata.normalize("NFD", "Йошкар-Ола")
    assert decomposed != "Йошкар-Ола"
    projects = f"code,title,organization,group,category,order\nP1,{decomposed},Org,RU,,1\n" \
               "P2,Two,Org,KZ,,2\n"
    import_folder(service.store, write_folder(tmp_path / "g", projects=projects))
    assert service.store.load().project("P1").title == "Йошкар-Ола"
    juror = service.competition().juror("J1")
    service.save_juror(replace(juror, name=unicodedata.normalize("NFD", "Әлия Қанатқызы")))
    assert service.competition().juror("J1").name == "Әлия Қанатқызы"


@pytest.mark.parametrize("file, column, kind", [
    ("projects", "title", "title"), ("jurors", "name", "name"), ("criteria", "name", "name"),
])
def test_a_text_over_its_limit_is_refused_on_import(store, tmp_path, file, column, kind):
    """Each kind of text has a limit; one character more is refused naming the field."""
    long = "ж" * (LIMITS[kind] + 1)
    texts = {"projects": f"code,title,organization,group,category,order\nP1,{long},O,RU,,1\n",
             "jurors": f"code,name,position,role\nJ1,{long},,chair\n",
             "criteria": f"code,name,max,weight\na,{long},10,1\n"}
    with pytest.raises(InputError) as err:
        import_folder(store, write_folder(tmp_path / "f", **{file: texts[file]}))
    assert err.value.field == column and f"at most {LIMITS[kind]}" in str(err.value)


def test_a_code_over_its_limit_is_refused(store, tmp_path, service):
    """Codes: at most 32 characters, on import and in the window."""
    code = "P" * (LIMITS["code"] + 1)
    with pytest.raises(InputError) as err:
        import_folder(store, write_folder(tmp_path / "g", projects=PROJECTS +
                                          f"{code},Three,Org,RU,,3\n"))
    assert err.value.field == "code"
    with pytest.raises(InputError):
        service.add_project(code, "Three")


def test_a_text_over_its_limit_is_refused_in_the_window(service):
    """The set-up tables and the decision dialog go through the same limits."""
    before = db_dump(service.store.path)
    project = service.competition().project("P1")
    with pytest.raises(InputError) as err:
        service.save_project(replace(project, title="т" * (LIMITS["title"] + 1)))
    assert err.value.field == "title"
    with pytest.raises(InputError):
        service.record_decision("P1", True, "x" * (LIMITS["reason"] + 1))
    assert db_dump(service.store.path) == before


def test_a_reason_over_its_limit_is_refused_on_the_command_line(store, tmp_path, capsys):
    """`decide --reason` and `reopen --reason`: one line, exit 2, nothing changed."""
    import_folder(store, write_folder(tmp_path / "f"))
    store.close()
    before = db_dump(store.path)
    long = "r" * (LIMITS["reason"] + 1)
    assert main(["decide", str(store.path), "P1", "--winner", "yes", "--reason", long]) == 2
    assert main(["reopen", str(store.path), "--reason", long]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 2 and "at most 2000" in err
    assert db_dump(store.path) == before


@pytest.mark.parametrize("words", [True, False])
def test_the_protocol_lays_out_every_text_at_its_limit(words):
    """Every text at its limit, as words or as one unbroken word: the protocol prints
    (no LayoutError) and holds the whole of the longest reason."""
    from app.protocol import render_protocol
    from tests.protocol_build import generated

    comp = generated(12, 5, per_group=2, tie=True, decide=True)

    def long(n: int, mark: str = "ж") -> str:
        text = ("Қазақстан " * (n // 10 + 1))[:n] if words else mark * n
        return text

    s = replace(comp.settings, title=long(LIMITS["title"]), subtitle=long(LIMITS["title"]),
                venue=long(LIMITS["name"]), group_label=long(LIMITS["name"]))
    projects = tuple(replace(p, title=long(LIMITS["title"]),
                             organization=long(LIMITS["name"]),
                             group=long(LIMITS["name"] - 1) + str(i % 2),
                             notes={"n" * LIMITS["code"]: long(LIMITS["note"])})
                     for i, p in enumerate(comp.projects))
    jurors = tuple(replace(j, name=long(LIMITS["name"]), position=long(LIMITS["name"]))
                   for j in comp.jurors)
    criteria = tuple(replace(c, name=long(LIMITS["name"])) for c in comp.criteria)
    decisions = {k: replace(d, reason=long(LIMITS["reason"], "Ә"))
                 for k, d in comp.decisions.items()}
    assert decisions
    big = replace(comp, settings=s, projects=projects, jurors=jurors, criteria=criteria,
                  decisions=decisions)
    data = render_protocol(big)[0]
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
    if not words:
        assert text.count("Ә") >= LIMITS["reason"] * len(decisions)


def test_results_on_a_terminal_carry_no_escape_codes(store, tmp_path, capsys):
    """A title holding a terminal's escape codes (clear screen, colours) is printed by
    `results` without them."""
    projects = "code,title,organization,group,category,order\n" \
               "P1,\x1b[2J\x1b[31mEvil\x1b]0;owned\x07,Org,RU,,1\nP2,Two,Org,KZ,,2\n"
    import_folder(store, write_folder(tmp_path / "f", projects=projects))
    store.close()
    assert main(["results", str(store.path)]) == 0
    out = capsys.readouterr().out
    assert "Evil" in out
    assert "\x1b" not in out and "\x07" not in out


def test_a_tiny_weight_exports_as_a_plain_decimal(store, tmp_path):
    """A weight of 0.00001 is written `0.00001`, never `1e-05` (which import refuses),
    so export -> import round-trips."""
    from app.folder import export_folder

    criteria = "code,name,max,weight\na,A,10,0.00001\nb,B,5,1\n"
    import_folder(store, write_folder(tmp_path / "f", criteria=criteria))
    export_folder(store.load(), tmp_path / "out")
    text = (tmp_path / "out" / "criteria.csv").read_text()
    assert "0.00001" in text and "e-" not in text
    import_folder(store, tmp_path / "out")
    assert store.load().criterion("a").weight == 0.00001


def test_equal_decimal_totals_tie_with_weights_of_a_million(store, tmp_path, capsys):
    """Weights up to 10^6 are allowed; juror totals equal in decimal arithmetic are
    equal, so the projects tie (binary floating point would rank them 1st and 2nd):
    one juror's 10^6×10 + 0.1×3 and 10^6×10 + 0.1×1 + 0.2×1, and two jurors' totals
    whose means agree to the last decimal."""
    criteria = "code,name,max,weight\na,A,10,1000000\nb,B,10,0.1\nc,C,10,0.2\nd,D,10,0.01\n"
    toml = 'title = "T"\ntie_break = ["a"]\n[winners]\ntotal = 1\n'
    projects = ("code,title,organization,group,category,order\n"
                "P1,One,O,G,,1\nP2,Two,O,G,,2\nP3,Three,O,G,,3\nP4,Four,O,G,,4\n")
    jurors = "code,name,position,role\nJ1,A,,chair\nJ2,B,,member\n"
    marks = {("J1", "P1"): (10, 3, 0, 0), ("J1", "P2"): (10, 1, 1, 0),
             ("J2", "P1"): (10, 0, 0, 0), ("J2", "P2"): (10, 0, 0, 0),
             ("J1", "P3"): (10, 0, 0, 1), ("J2", "P3"): (10, 0, 0, 4),
             ("J1", "P4"): (10, 0, 0, 0), ("J2", "P4"): (10, 0, 0, 5)}
    scores = "juror,project,criterion,score\n" + "".join(
        f"{j},{p},{c},{v}\n" for (j, p), vs in marks.items() for c, v in zip("abcd", vs))
    import_folder(store, write_folder(tmp_path / "f", toml=toml, projects=projects,
                                      jurors=jurors, criteria=criteria, scores=scores))
    store.close()
    assert main(["results", str(store.path), "--json"]) == 0
    import json

    rows = {p["code"]: p for p in json.loads(capsys.readouterr().out)["projects"]}
    assert rows["P1"]["rank"] == rows["P2"]["rank"] and rows["P1"]["tie"]
    assert rows["P3"]["rank"] == rows["P4"]["rank"] and rows["P3"]["tie"]
