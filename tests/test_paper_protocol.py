"""The protocol and finalize follow the second keying: provisional while a sheet is in
conflict or, with verification = "required", while one is unverified; the protocol says
how many sheets were verified."""

import pytest
from pypdf import PdfReader

from app.errors import InputError
from app.service import JuryService
from app.store import Store
from main import main
from tests.helpers import TOML, db_dump, write_folder

SCORES = ("juror,project,criterion,score\n"
          "J1,P1,a,8\nJ1,P1,b,4\nJ2,P1,a,6\nJ2,P1,b,3\n"
          "J1,P2,a,5\nJ1,P2,b,5\nJ2,P2,a,7\nJ2,P2,b,1\n")


def _db(tmp_path, capsys, toml=TOML):
    folder = write_folder(tmp_path / "f", toml=toml, scores=SCORES)
    path = tmp_path / "c.jury"
    assert main(["import", str(path), str(folder)]) == 0
    capsys.readouterr()
    return path


def _key_twice(path, *, differ=None):
    """Key every sheet a second time, the same marks except `differ` (sheet, crit)."""
    with Store.open(path) as store:
        svc = JuryService(store)
        desk = svc.paper
        desk.keyed_by = "Второй"
        for (j, p, c), v in sorted(svc.competition().marks.items()):
            desk.second_mark(j, p, c, str(v + (1 if (j, p, c) == differ else 0)))


def _protocol(path, tmp_path, capsys) -> tuple[str, str]:
    pdf = tmp_path / "p.pdf"
    assert main(["protocol", str(path), "-o", str(pdf)]) == 0
    err = capsys.readouterr().err
    return " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split()), err


def test_a_conflict_keeps_the_protocol_provisional_and_finalize_refused(tmp_path, capsys):
    """One mark keyed differently the second time: the protocol is provisional saying
    so, and finalize is refused with the reason, changing nothing; once settled, the
    protocol says 4 of 4 sheets were verified and finalize goes through."""
    path = _db(tmp_path, capsys)
    _key_twice(path, differ=("J2", "P2", "b"))
    text, err = _protocol(path, tmp_path, capsys)
    assert "score sheets keyed twice differ" in err and "score sheets keyed twice differ" in text
    assert "verified): 3 of 4" in text
    before = db_dump(path)
    assert main(["finalize", str(path)]) == 2
    assert "1 sheet(s) keyed twice with different marks" in capsys.readouterr().err
    assert db_dump(path) == before
    with Store.open(path) as store:
        svc = JuryService(store)
        with pytest.raises(InputError, match="settle them first"):
            svc.finalize()
        svc.paper.settle("J2", "P2", "b", "1")
    text, err = _protocol(path, tmp_path, capsys)
    assert "differ" not in err and "verified): 4 of 4" in text
    assert main(["finalize", str(path)]) == 0


def test_required_verification_waits_for_every_sheet(tmp_path, capsys):
    """With verification = "required", sheets keyed once keep the protocol provisional
    (in Russian too) and finalize refused; keyed twice alike, both pass."""
    path = _db(tmp_path, capsys, toml=TOML.replace("tie_break",
                                                   'verification = "required"\ntie_break'))
    with Store.open(path, read_only=True) as store:
        assert store.load().settings.verification == "required"
    text, err = _protocol(path, tmp_path, capsys)
    assert "not every score sheet is verified" in err
    assert "verified): 0 of 4" in text
    assert main(["finalize", str(path)]) == 2
    assert "verification is required and 4 sheet(s)" in capsys.readouterr().err
    pdf = tmp_path / "ru.pdf"
    assert main(["protocol", str(path), "-o", str(pdf), "--lang", "ru"]) == 0
    assert "не все оценочные листы сверены" in " ".join(
        PdfReader(pdf).pages[0].extract_text().split())
    _key_twice(path)
    text, err = _protocol(path, tmp_path, capsys)
    assert "verified" not in err and "verified): 4 of 4" in text
    assert main(["finalize", str(path)]) == 0


def test_export_keeps_the_verification_setting(tmp_path, capsys):
    """verification = "required" survives export and import; a wrong value is refused
    naming the file and field."""
    path = _db(tmp_path, capsys, toml=TOML.replace("tie_break",
                                                   'verification = "required"\ntie_break'))
    out = tmp_path / "out"
    assert main(["export", str(path), str(out)]) == 0
    assert 'verification = "required"' in (out / "competition.toml").read_text()
    bad = write_folder(tmp_path / "bad", toml=TOML.replace("tie_break",
                                                           'verification = "twice"\ntie_break'))
    capsys.readouterr()
    assert main(["import", str(tmp_path / "n.jury"), str(bad)]) == 2
    err = capsys.readouterr().err
    assert "competition.toml" in err and "verification" in err
