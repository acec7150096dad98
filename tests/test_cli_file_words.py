"""A file or folder named on the command line that cannot be used (issue 17, QA): one
plain line naming it and saying why, as the program's other messages do, exit 2; never
Python's "[Errno 2] No such file or directory" nor a temporary name of ours."""

import pytest

from main import main


@pytest.mark.parametrize("args, says", [
    (["protocol", "{db}", "-o", "{tmp}/nope/p.pdf"], "{tmp}/nope/p.pdf: there is no folder {tmp}/nope"),
    (["sheets", "{db}", "-o", "{tmp}/nope/s.pdf"], "{tmp}/nope/s.pdf: there is no folder {tmp}/nope"),
    (["sheets", "{db}", "-o", "{tmp}"], "{tmp}: it is a folder, not a file"),
    (["export", "{db}", "{tmp}/nope/r.xlsx"], "{tmp}/nope/r.xlsx: there is no folder {tmp}/nope"),
    (["export", "{db}", "{tmp}/a-file/out"], "a part of the path is a file, not a folder"),
    (["verify", "{tmp}", "{db}"], "{tmp}: cannot read the file: it is a folder, not a file"),
    (["handover", "{db}", "{tmp}/nope/k.jury"], "{tmp}/nope/k.jury: there is no folder"),
])
def test_a_file_that_cannot_be_used_is_one_plain_line(cup_db, tmp_path, capsys, args, says):
    """Exit 2 and one line that names the file as given and says why in plain words."""
    (tmp_path / "a-file").write_text("x")
    fill = {"db": str(cup_db), "tmp": str(tmp_path)}
    assert main([a.format(**fill) for a in args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and says.format(**fill) in err, err
    assert "No such file or directory" not in err and "Errno" not in err
    assert ".writing" not in err and not (tmp_path / "nope").exists()
