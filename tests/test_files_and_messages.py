"""Files and messages (issue 13): formula cells, restoring the wrong backup or onto a
mistyped name, an overwritten header, read-only media, UTF-16 files, failed automatic
backups and temporary names."""

import shutil

import pytest

from app.errors import DamagedError, ForeignBackupError, InputError, StoreError
from app.folder import export_folder, import_folder
from app.service import JuryService
from app.store import Store
from main import main
from tests.helpers import db_dump, write_folder
from tests.mishaps import read_only

FORMULAS = ("code,title,organization,group,category,order\n"
            "P1,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",+7 Org,RU,,1\n"
            "P2,@SUM(A1),-Org,KZ,'=already quoted,2\n"
            "P3,'plain quoted',Org,KZ,''=two,3\n")


def _db(tmp_path, name="cup.jury", title="Test cup", scores=None, winners="per_group = 1"):
    path = tmp_path / "data" / name
    path.parent.mkdir(exist_ok=True)
    toml = f'title = "{title}"\ntie_break = ["a"]\n[winners]\n{winners}\n'
    with Store.open(path) as store:
        import_folder(store, write_folder(tmp_path / f"src-{name}", toml=toml, scores=scores
                                          or "juror,project,criterion,score\nJ1,P1,a,7\n"))
    return path


def test_export_neutralises_formula_cells_and_import_restores_them(store, tmp_path):
    """A cell a spreadsheet would run (= + - @ first) is written with an apostrophe in
    front; import takes it off, so the titles come back as typed and export -> import ->
    export gives the same bytes."""
    import_folder(store, write_folder(tmp_path / "f", projects=FORMULAS))
    comp = store.load()
    assert comp.project("P1").title.startswith("=HYPERLINK(")
    export_folder(comp, tmp_path / "out")
    text = (tmp_path / "out" / "projects.csv").read_text()
    for line in text.splitlines()[1:]:
        for cell in line.split(","):
            assert not cell.lstrip('"').startswith(("=", "+", "-", "@")), line
    assert "'=HYPERLINK" in text and "'@SUM(A1)" in text and "'+7 Org" in text
    with Store.open(tmp_path / "again.jury") as again:
        import_folder(again, tmp_path / "out")
        back = again.load()
        assert [p.title for p in back.projects] == [p.title for p in comp.projects]
        # an apostrophe before a formula character is taken as a neutraliser, as a
        # spreadsheet takes it; any other leading apostrophe stays
        assert back.project("P2").category == "=already quoted"
        assert back.project("P3").title == "'plain quoted'"
        assert back.project("P3").category == "'=two"
        export_folder(back, tmp_path / "out2")
    for f in (tmp_path / "out").iterdir():
        assert (tmp_path / "out2" / f.name).read_bytes() == f.read_bytes()


def test_restoring_another_competitions_backup_needs_force(tmp_path, capsys):
    """`restore` of a backup of another competition names it and exits 2 without
    --force, changing nothing; with --force it is done."""
    mine = _db(tmp_path, "mine.jury", "Leaders")
    other = _db(tmp_path, "other.jury", "Someone else's cup")
    assert main(["backup", str(other)]) == 0
    theirs = next((tmp_path / "data" / "backups").glob("other.*.manual.jury"))
    capsys.readouterr()
    before = db_dump(mine)
    assert main(["restore", str(mine), str(theirs)]) == 2
    err = capsys.readouterr().err
    assert "another competition" in err and "Someone else's cup" in err and "--force" in err
    assert err.count("\n") == 1
    assert db_dump(mine) == before
    assert main(["restore", str(mine), str(theirs), "--force"]) == 0
    with Store.open(mine) as store:
        assert store.load().settings.title == "Someone else's cup"


def test_restoring_its_own_backup_needs_no_force(tmp_path, capsys):
    """A backup of the same competition is restored as before."""
    db = _db(tmp_path)
    assert main(["backup", str(db)]) == 0
    own = next((tmp_path / "data" / "backups").glob("cup.*.manual.jury"))
    assert main(["restore", str(db), str(own)]) == 0


def test_the_window_asks_before_restoring_another_competitions_backup(tmp_path, qtbot,
                                                                      monkeypatch):
    """The Backups dialog names whose backup it is and restores it only when told to."""
    from ui.dialogs.backups_dialog import BackupsDialog
    from ui.ask import Ask

    mine, other = _db(tmp_path, "mine.jury", "Leaders"), _db(tmp_path, "other.jury", "Rivals")
    with Store.open(other) as store:
        theirs = store.backup("manual").path
    # the dialog lists this file's backups: put the other one among them
    planted = theirs.with_name(theirs.name.replace("other.", "mine."))
    shutil.copyfile(theirs, planted)
    asked = []
    with Store.open(mine) as store:
        service = JuryService(store)
        dialog = BackupsDialog(service)
        qtbot.addWidget(dialog)
        monkeypatch.setattr(Ask, "confirm", staticmethod(
            lambda parent, title, text: asked.append(text) or len(asked) > 1))
        monkeypatch.setattr(Ask, "error", staticmethod(lambda *a, **k: asked.append(a)))
        row = next(i for i, b in enumerate(dialog.infos) if b.path == planted)
        dialog.view.selectRow(row)
        dialog.restore_selected()   # first question (restore?) yes is False: nothing
        assert service.competition().settings.title == "Leaders"
        asked.clear()
        monkeypatch.setattr(Ask, "confirm", staticmethod(
            lambda parent, title, text: asked.append(text) or "another" not in text))
        dialog.restore_selected()   # says yes to restoring, no to the other competition
        assert any("Rivals" in str(a) for a in asked)
        assert service.competition().settings.title == "Leaders"
        monkeypatch.setattr(Ask, "confirm", staticmethod(lambda *a: True))
        dialog.restore_selected()
        assert service.competition().settings.title == "Rivals"


def test_the_service_refuses_another_competitions_backup_without_force(tmp_path):
    """The rule lives in the store: ForeignBackupError carries the other title."""
    mine, other = _db(tmp_path, "mine.jury", "Leaders"), _db(tmp_path, "other.jury", "Rivals")
    with Store.open(other) as store:
        theirs = store.backup("manual").path
    with Store.open(mine) as store:
        with pytest.raises(ForeignBackupError) as err:
            store.restore(theirs)
        assert err.value.title == "Rivals"


def test_restore_onto_a_mistyped_name_is_an_error_and_makes_no_file(tmp_path, capsys):
    """`restore` never creates a database: a mistyped name exits 2 and makes nothing."""
    db = _db(tmp_path)
    assert main(["backup", str(db)]) == 0
    own = next((tmp_path / "data" / "backups").glob("cup.*.manual.jury"))
    typo = tmp_path / "data" / "cpu.jury"
    assert main(["restore", str(typo), str(own)]) == 2
    assert "no such database" in capsys.readouterr().err
    assert not typo.exists()


def test_a_zeroed_header_is_offered_its_newest_good_backup(tmp_path, capsys):
    """A file whose first page was overwritten with zeros looks like any other file;
    with a good backup beside it, it is refused as damaged and the backup is offered
    (the window's offer is the same DamagedError)."""
    db = _db(tmp_path)
    assert main(["backup", str(db)]) == 0
    with open(db, "r+b") as fh:
        fh.write(b"\0" * 100)
    with pytest.raises(DamagedError) as err:
        Store.open(db)
    assert err.value.backup is not None
    capsys.readouterr()
    assert main(["results", str(db)]) == 2
    err_text = capsys.readouterr().err
    assert "damaged" in err_text and "jury-room restore" in err_text
    assert main(["restore", str(db), str(err.value.backup)]) == 0
    with Store.open(db) as store:
        assert store.load().marks


def test_a_file_that_is_not_a_database_without_backups_stays_not_ours(tmp_path, capsys):
    """Without a backup nothing is offered: a text file is still 'not a Jury Room
    database'."""
    fake = tmp_path / "notes.jury"
    fake.write_text("hello")
    assert main(["results", str(fake)]) == 2
    assert "not a Jury Room database" in capsys.readouterr().err


def test_reading_commands_work_on_a_read_only_medium(tmp_path, capsys):
    """On a write-protected medium (a folder nothing can be created in) `results`,
    `export` and `protocol` work; a writing command says the folder is read-only, not
    'disk I/O error'."""
    db = _db(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    with read_only(db.parent):
        assert main(["results", str(db)]) == 0
        assert main(["results", str(db), "--json"]) == 0
        assert main(["export", str(db), str(out / "folder")]) == 0
        assert main(["protocol", str(db), "-o", str(out / "p.pdf")]) == 0
        capsys.readouterr()
        assert main(["decide", str(db), "P1", "--winner", "yes", "--reason", "x"]) == 2
        err = capsys.readouterr().err
        assert "read-only" in err and "disk I/O error" not in err
    assert (out / "p.pdf").exists() and (out / "folder" / "scores.csv").exists()


def test_a_utf16_file_is_named_utf16(store, tmp_path):
    """A table saved as Excel's 'Unicode Text' (UTF-16) is named as such, not cp1251."""
    folder = write_folder(tmp_path / "f")
    text = (folder / "jurors.csv").read_text()
    for encoding in ("utf-16", "utf-16-le"):
        (folder / "jurors.csv").write_bytes(text.encode(encoding))
        with pytest.raises(InputError) as err:
            import_folder(store, folder)
        assert "UTF-16" in str(err.value) and "cp1251" not in str(err.value)
        assert err.value.file == "jurors.csv"


def test_a_failed_automatic_backup_is_reported_by_the_command_line(tmp_path, capsys):
    """When the backup on opening cannot be written (here `backups` is a file), the
    command still does its work and says on stderr that the backup failed."""
    db = _db(tmp_path, winners="total = 1",  # a tie at the cut, for `decide`
             scores="juror,project,criterion,score\nJ1,P1,a,7\nJ1,P2,a,7\n")
    backups = db.parent / "backups"
    if backups.exists():
        shutil.rmtree(backups)
    backups.write_text("not a folder")
    capsys.readouterr()
    assert main(["decide", str(db), "P1", "--winner", "yes", "--reason", "x"]) == 0
    err = capsys.readouterr().err
    assert "automatic backup failed" in err


def test_messages_never_name_a_temporary_file(tmp_path, capsys):
    """A protocol or an export into a folder that cannot be written names the file asked
    for, never the hidden temporary name it is first written under."""
    db = _db(tmp_path)
    target = tmp_path / "locked"
    target.mkdir()
    with read_only(target):
        assert main(["protocol", str(db), "-o", str(target / "p.pdf")]) == 2
        err = capsys.readouterr().err
        assert "p.pdf" in err and ".tmp" not in err
        with Store.open(db) as store:
            with pytest.raises(StoreError) as exc:
                store.save_copy(target / "copy.jury")
        assert ".tmp" not in str(exc.value)


def test_a_read_only_open_does_not_leave_files_behind(tmp_path):
    """The check for a writable folder leaves no file of its own in it."""
    db = _db(tmp_path)
    with Store.open(db, read_only=True) as store:
        store.load()
        assert not [p for p in db.parent.iterdir() if "probe" in p.name]
    assert not [p for p in db.parent.iterdir() if "probe" in p.name]
