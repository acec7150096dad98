"""Fast: a read-only open reads while `PRAGMA quick_check` runs on the second core
(app.store.fast.read_check); plain twin: the check first, as every open for writing does.
A damaged file is refused the same, before anything read is shown."""

def test_results_read_a_damaged_file_no_further_than_the_refusal(cup_db, capsys):
    """A page smashed: `results` prints nothing and refuses the file as damaged, though
    its integrity check ran beside the reading."""
    from main import main

    data = bytearray(cup_db.read_bytes())
    data[4096 * 3:4096 * 3 + 200] = b"\xff" * 200
    cup_db.write_bytes(bytes(data))
    assert main(["results", str(cup_db), "--json"]) == 2
    out = capsys.readouterr()
    assert out.out == "" and "damaged" in out.err
