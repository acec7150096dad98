"""The jury's meeting (issue 17): [meeting] settings, attendance, the quorum that
finalizing needs, votes on a decision at the cut, dissenting opinions, and how the
protocol prints them (local times, operative wording, signature lines)."""

from __future__ import annotations

import io
import re
import shutil
from dataclasses import replace

import pytest
from pypdf import PdfReader

from app import meeting
from app.errors import InputError
from app.fingerprint import fingerprint
from app.folder import import_folder
from app.model import Opinion, Settings
from app.protocol import render_protocol, verify
from app.scoring import compute
from app.service import JuryService
from app.store import Store
from main import main
from tests.helpers import db_dump
from tests.protocol_build import generated

PRINTED_AT = "2026-10-05T22:30:00+00:00"    # after midnight in Omsk


def text_of(data: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text()
                                        for p in PdfReader(io.BytesIO(data)).pages))


def test_the_demo_folder_brings_the_meeting_and_export_writes_it_back(tmp_path, demo_folder):
    """[meeting] and the attendance column are read, stored and written back by export;
    importing the export gives the same fingerprint."""
    db = tmp_path / "a.jury"
    assert main(["import", str(db), str(demo_folder)]) == 0
    with Store.open(db) as store:
        comp = store.load()
    s = comp.settings
    assert (s.meeting_number, s.timezone, s.quorum) == ("7", "Asia/Omsk", "2/3")
    assert s.meeting_start == "2026-10-06T15:00" and s.meeting_end == "2026-10-06T17:30"
    assert comp.juror("J5").attendance == "remote"
    assert main(["export", str(db), str(tmp_path / "out")]) == 0
    exported = (tmp_path / "out" / "competition.toml").read_text(encoding="utf-8")
    assert "[meeting]" in exported and 'timezone = "Asia/Omsk"' in exported
    assert "attendance" in (tmp_path / "out" / "jurors.csv").read_text(encoding="utf-8")
    db2 = tmp_path / "b.jury"
    assert main(["import", str(db2), str(tmp_path / "out")]) == 0
    with Store.open(db2) as store:
        assert fingerprint(store.load()) == fingerprint(comp)


@pytest.mark.parametrize("line, field", [
    ('timezone = "Mars/Olympus"', "meeting.timezone"),
    ('quorum = "3/2"', "meeting.quorum"),
    ('quorum = "most"', "meeting.quorum"),
    ('start = "25:00"', "meeting.start"),
])
def test_a_bad_meeting_key_is_refused_with_its_line_and_nothing_changes(
        tmp_path, demo_folder, capsys, line, field):
    """A wrong time zone, quorum or time: one line naming the file, line and key; exit 2;
    the database as it was."""
    db = tmp_path / "a.jury"
    assert main(["import", str(db), str(demo_folder)]) == 0
    before = db_dump(db)
    toml = demo_folder / "competition.toml"
    text = toml.read_text(encoding="utf-8")
    key = line.split(" =")[0]
    text = re.sub(rf"(?m)^{key} = .*$", line, text)
    toml.write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(db), str(demo_folder)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "competition.toml" in err and field in err
    assert db_dump(db) == before


def test_bad_attendance_is_refused(tmp_path, demo_folder, capsys):
    """attendance = "maybe" in jurors.csv: refused with the file, line and column."""
    jurors = demo_folder / "jurors.csv"
    jurors.write_text(jurors.read_text(encoding="utf-8").replace(",remote", ",maybe"),
                      encoding="utf-8")
    assert main(["import", str(tmp_path / "a.jury"), str(demo_folder)]) == 2
    err = capsys.readouterr().err
    assert "jurors.csv" in err and "attendance" in err and "maybe" in err


def test_quorum_counts_remote_jurors_and_rounds_up():
    """2/3 of 7 scoring jurors needs 5; remote counts, absent does not; "" sets none."""
    comp = generated(4, 7, tie=False)
    assert meeting.quorum(comp).needed == 5 and meeting.quorum(comp).met
    jurors = [replace(j, attendance="absent") if j.code in ("J2", "J3") else
              replace(j, attendance="remote") if j.code == "J4" else j for j in comp.jurors]
    comp = replace(comp, jurors=tuple(jurors))
    q = meeting.quorum(comp)
    assert (q.taking_part, q.present, q.remote, q.needed, q.met) == (5, 4, 1, 5, True)
    jurors[4] = replace(jurors[4], attendance="absent")
    assert not meeting.quorum(replace(comp, jurors=tuple(jurors))).met
    no_rule = replace(comp, jurors=tuple(jurors),
                      settings=replace(comp.settings, quorum=""))
    assert meeting.quorum(no_rule).met and meeting.quorum_problem(no_rule) is None
    assert meeting.parse_quorum("50%") == meeting.parse_quorum("1/2")


def test_finalize_is_refused_without_the_quorum_in_service_and_command(tmp_path, demo_folder,
                                                                       capsys):
    """Three of six scoring jurors absent: the service and `jury-room finalize` refuse with
    the reason (who took part, what the quorum needs); nothing is finalized."""
    db = tmp_path / "a.jury"
    assert main(["import", str(db), str(demo_folder)]) == 0
    for code in ("J2", "J3", "J4"):
        assert main(["attendance", str(db), code, "absent"]) == 0
    capsys.readouterr()
    assert main(["finalize", str(db)]) == 2
    err = capsys.readouterr().err
    assert "no quorum: 3 of 6 scoring jurors" in err and "2/3 needs 4" in err
    with Store.open(db) as store:
        service = JuryService(store)
        with pytest.raises(Exception, match="no quorum"):
            service.finalize()
        assert not store.load().finalized
        service.set_attendance("J3", "remote")
        service.finalize()
        assert store.load().finalized


def test_every_printed_time_is_local_to_the_meeting():
    """22:30 UTC is 04:30 the next day in Omsk: the protocol prints the room's date and
    time with its zone; the meeting's own start and end print as written."""
    comp = generated(8, 4, tie=False)
    s = replace(comp.settings, timezone="Asia/Omsk", meeting_start="2026-10-06T10:00",
                meeting_end="2026-10-06T12:15", meeting_number="7",
                meeting_place="Омск, Дом дружбы")
    data, printed = render_protocol(replace(comp, settings=s), lang="ru",
                                    printed_at=PRINTED_AT)
    text = text_of(data)
    assert "Дата и время: 6 октября 2026 г., 04:30 (Asia/Omsk, UTC+6)" in text
    assert "Начало заседания: 6 октября 2026 г., 10:00 (Asia/Omsk, UTC+6)" in text
    assert "Окончание заседания: 6 октября 2026 г., 12:15" in text
    assert "Протокол № 7" in text and f"Идентификатор данных: {printed.number}" in text
    assert "Место проведения заседания: Омск, Дом дружбы" in text
    assert "5 октября 2026 г., 22:30" not in text


@pytest.mark.parametrize("lang, resolved", [
    ("ru", "РЕШИЛИ: признать победителями конкурса следующие проекты."),
    ("kk", "ШЕШІМ ҚАБЫЛДАДЫ:"),
    ("en", "RESOLVED: to declare the following projects the winners"),
])
def test_the_protocol_states_the_quorum_resolves_and_only_those_who_took_part_sign(
        lang, resolved):
    """The quorum statement, the operative wording above the winners, who chaired, and
    signature lines (with a line for the date) only for the jurors who took part."""
    comp = generated(8, 5, tie=False)
    jurors = [replace(j, attendance="absent") if j.code == "J2" else
              replace(j, attendance="remote") if j.code == "J3" else j for j in comp.jurors]
    comp = replace(comp, jurors=tuple(jurors))
    text = text_of(render_protocol(comp, lang=lang, printed_at=PRINTED_AT)[0])
    assert resolved in text
    assert text.index(resolved) < text.index(comp.projects[0].code, text.index(resolved) - 1)
    signing = text[text.rindex({"ru": "Подписи", "kk": "Қолдар", "en": "Signatures"}[lang]):
                   text.rindex({"ru": "Приложение", "kk": "Қосымша", "en": "Annex"}[lang])]
    absent = comp.juror("J2").name
    assert absent not in signing and comp.juror("J3").name in signing
    date_word = {"ru": "дата", "kk": "күні", "en": "date"}[lang]
    assert signing.count(date_word) >= len(comp.jurors) - 1
    quorum = {"ru": "приняли участие 4 из 5", "kk": "5 алқа мүшесінің 4 қатысты",
              "en": "4 of the 5 voting members"}[lang]
    assert quorum in text


def test_no_quorum_makes_the_protocol_provisional():
    """A meeting without its quorum cannot give a final protocol: the banner says why."""
    comp = generated(6, 4, tie=False)
    jurors = tuple(replace(j, attendance="absent") if j.code in ("J2", "J3") else j
                   for j in comp.jurors)
    data, printed = render_protocol(replace(comp, jurors=jurors), printed_at=PRINTED_AT)
    assert "the meeting had no quorum" in printed.provisional
    assert "is NOT present" in text_of(data)


def test_decide_records_the_votes_and_the_casting_vote_and_the_protocol_prints_them(
        tmp_path, capsys):
    """`decide --votes 3:3:0 --casting-vote` on a tie at the cut: recorded, printed with
    the reason in the decisions table; votes that are not tied refuse a casting vote;
    more votes than jurors are refused; bad votes are one line, exit 2."""
    comp = generated(40, 8, decide=False)
    db = tmp_path / "d.jury"
    with Store.open(db) as store:
        _load(store, comp)
    tie = compute(comp).ties_at_cut[0]
    a, b = tie.tied[:2]
    before = db_dump(db)
    assert main(["decide", str(db), a, "--winner", "yes", "--reason", "шире охват",
                 "--votes", "3:2:1", "--casting-vote"]) == 2
    assert "not tied" in capsys.readouterr().err
    assert main(["decide", str(db), a, "--winner", "yes", "--reason", "r",
                 "--votes", "5:5:0"]) == 2
    assert "only 8 scoring jurors took part" in capsys.readouterr().err
    assert main(["decide", str(db), a, "--winner", "yes", "--reason", "r",
                 "--votes", "5-1"]) == 2
    assert "FOR:AGAINST:ABSTAIN" in capsys.readouterr().err
    assert db_dump(db) == before
    assert main(["decide", str(db), a, "--winner", "yes", "--reason", "шире охват",
                 "--votes", "3:3:0", "--casting-vote"]) == 0
    assert "settled by the chair's casting vote" in capsys.readouterr().out
    for code in tie.tied[1:]:
        assert main(["decide", str(db), code, "--winner", "no", "--reason", "уже получил грант",
                     "--votes", "4:1:1"]) == 0
    with Store.open(db) as store:
        got = store.load()
    assert got.decisions[a].votes == (3, 3, 0) and got.decisions[a].casting
    text = text_of(render_protocol(got, lang="ru", printed_at=PRINTED_AT)[0])
    assert "за — 3, против — 3, воздержались — 0; при равенстве голосов решающий голос " \
           "председателя" in text
    assert "за — 4, против — 1, воздержались — 1" in text and "шире охват" in text
    out = tmp_path / "out"
    assert main(["export", str(db), str(out)]) == 0
    assert "3:3:0,yes" in (out / "decisions.csv").read_text(encoding="utf-8")


def test_a_dissenting_opinion_is_printed_fingerprinted_and_audited(tmp_path, demo_folder,
                                                                   capsys):
    """`jury-room opinion` records it (audited), the protocol prints it in its own section,
    the fingerprint changes with it, and a protocol printed before no longer verifies."""
    db = tmp_path / "a.jury"
    assert main(["import", str(db), str(demo_folder)]) == 0
    with Store.open(db) as store:
        comp = store.load()
    before = fingerprint(comp)
    pdf = tmp_path / "before.pdf"
    assert main(["protocol", str(db), "-o", str(pdf)]) == 0
    assert main(["opinion", str(db), "J3", "--text", "Считаю, что RU-03 заслуживал победы."]) == 0
    assert main(["opinion", str(db), "S1", "--text", "x"]) == 2
    assert main(["opinion", str(db), "J99", "--text", "x"]) == 2
    capsys.readouterr()
    with Store.open(db) as store:
        comp = store.load()
    assert comp.opinions["J3"].text == "Считаю, что RU-03 заслуживал победы."
    assert fingerprint(comp) != before
    assert not verify(pdf, comp).ok
    assert main(["audit", str(db)]) == 0
    assert "opinion" in capsys.readouterr().out
    text = text_of(render_protocol(comp, lang="ru", printed_at=PRINTED_AT)[0])
    section = text[text.index("7. Особые мнения членов жюри"):text.index("Подписи")]
    assert "J3 — Андрей Викторович Кравцов" in section and "заслуживал победы" in section
    assert main(["export", str(db), str(tmp_path / "out")]) == 0


def test_without_a_meeting_the_fingerprint_is_what_it_was():
    """A competition with no [meeting], everyone present, no votes and no opinions has
    the fingerprint of before issue 17: protocols printed earlier still verify."""
    comp = generated(12, 4)
    assert comp.settings == replace(comp.settings, **{k: getattr(Settings, k)
                                                      for k in meeting_keys()})
    import app.fingerprint as fp
    sections = fp.sections(comp)
    assert "meeting" not in sections["settings"] and "opinions" not in sections
    assert all("attendance" not in j for j in sections["jurors"].values())
    with_opinion = replace(comp, opinions={"J2": Opinion("J2", "не согласен", "t")})
    assert fingerprint(with_opinion) != fingerprint(comp)


def meeting_keys():
    from app.fingerprint import MEETING
    return MEETING


def _load(store, comp):
    """Put a built competition into a store through its folder."""
    from app.folder.write import export_folder

    folder = store.path.parent / "folder"
    export_folder(comp, folder)
    import_folder(store, folder)
    shutil.rmtree(folder)


def test_a_place_the_tie_break_decided_says_so_with_the_values():
    """Two projects with the same score, parted by the first tie-break criterion: the
    one above is "ahead on Relevance 20,00 : 14,00", the one below "behind on" it."""
    comp = generated(6, 3, groups=1, tie=False)
    marks = dict(comp.marks)
    for j in ("J1", "J2", "J3"):
        for code, rel, qual in (("P0001", 10, 0), ("P0002", 7, 4)):
            marks[(j, code, "relevance")] = rel
            marks[(j, code, "quality")] = qual
            marks[(j, code, "impact")] = 10
            marks[(j, code, "sustainability")] = 10
    comp = replace(comp, marks=marks, recusals=frozenset(), absences=frozenset())
    res = compute(comp)
    assert res.project("P0001").score == res.project("P0002").score
    text = text_of(render_protocol(comp, lang="en", printed_at=PRINTED_AT)[0])
    name = comp.criterion("relevance").name
    assert f"ahead on {name} 20.00 : 14.00" in text
    assert f"behind on {name} 14.00 : 20.00" in text


def test_a_vote_that_did_not_carry_the_decision_is_refused(tmp_path, capsys, qapp):
    """The votes are for and against the decision recorded: 2 for and 4 against, or 3 and
    3 with no casting vote, did not carry it, so `decide` refuses it (one line naming the
    votes, exit 2, the database as it was) instead of printing "decided" beside a vote
    that says otherwise; 3:3 settled by the chair's casting vote stands. The window words
    the same refusals in Russian."""
    from ui import i18n, messages

    comp = generated(40, 8, decide=False)
    db = tmp_path / "d.jury"
    with Store.open(db) as store:
        _load(store, comp)
    a = compute(comp).ties_at_cut[0].tied[0]
    before = db_dump(db)
    for votes, says in (("2:4:0", "voted this decision down"),
                        ("3:3:0", "tied vote"), ("0:0:5", "tied vote")):
        assert main(["decide", str(db), a, "--winner", "yes", "--reason", "r",
                     "--votes", votes]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "field 'votes'" in err and says in err, err
    assert db_dump(db) == before
    assert main(["decide", str(db), a, "--winner", "yes", "--reason", "r",
                 "--votes", "3:3:0", "--casting-vote"]) == 0
    i18n.set_language("ru")
    with pytest.raises(InputError) as refused:
        meeting.check_votes(comp, (2, 4, 0), False)
    assert messages.explain(refused.value) == ("за — 2, против — 4: жюри отклонило это "
                                               "решение, его нельзя записать как принятое")


@pytest.mark.parametrize("lang, numbered", [("en", "Protocol No. 7 · {n}"),
                                             ("ru", "Протокол № 7 · {n}"),
                                             ("kk", "№ 7 · {n} хаттама")])
def test_with_a_register_number_no_page_calls_the_protocol_by_another_number(lang, numbered):
    """With `[meeting] number = "7"` page 1 says "Protocol No. 7"; every page's footer
    said "Protocol No. 7593-C66E" (the data's id) as if it were a second protocol number.
    Now header and footer both say "No. 7 · 7593-C66E", in each language."""
    comp = generated(8, 4, tie=False)
    comp = replace(comp, settings=replace(comp.settings, meeting_number="7"))
    data, printed = render_protocol(comp, lang=lang, printed_at=PRINTED_AT)
    want = numbered.format(n=printed.number)
    alone = numbered.replace("7 · ", "").format(n=printed.number)
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]
    assert len(pages) > 1
    for text in pages:
        assert want in text and alone not in text, text[-300:]


def test_the_command_line_names_the_printed_protocol_by_its_register_number(
        tmp_path, demo_folder, capsys):
    """The demo's `[meeting] number = "7"` is what page 1 prints; `jury-room protocol` said
    "wrote protocol No. <data id>" as if it were another number. It now says what the
    pages say: "No. 7 · <data id>"."""
    db = tmp_path / "demo.jury"
    assert main(["import", str(db), str(demo_folder)]) == 0
    capsys.readouterr()
    assert main(["protocol", str(db), "-o", str(tmp_path / "p.pdf")]) == 0
    out = capsys.readouterr().out
    assert re.search(r"wrote protocol No\. 7 · [0-9A-F]{4}-[0-9A-F]{4} to ", out), out
