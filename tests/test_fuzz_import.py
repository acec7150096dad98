"""Fuzzing the importer: whatever a file of the folder holds, the import either succeeds
or is refused with one clean InputError line that leaves the competition as it was."""

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import InputError
from app.folder import import_folder
from app.store import Store
from tests.helpers import TOML, write_folder

VALID = {
    "competition.toml": TOML,
    "projects.csv": "code,title,organization,group,category,order\n"
                    "P1,Первый,Org,RU,,1\nP2,Екінші,Org,KZ,,2\n",
    "jurors.csv": "code,name,position,role\nJ1,Анна,Minister,chair\nJ2,Әлия,Agency,member\n"
                  "S,Secretary,,secretary\n",
    "criteria.csv": "code,name,max,weight\na,Актуальность,10,2\nb,Quality,5,1\n",
    "scores.csv": "juror,project,criterion,score\nJ1,P1,a,7\nJ1,P1,b,4\nJ2,P1,a,9\n"
                  "J2,P2,,R\nJ1,P2,a,6\n",
    "absences.csv": "juror,project\nJ2,P1\n",
    "decisions.csv": "project,winner,reason\nP1,yes,vote 4:2\n",
}

# what a spreadsheet, a text editor or a tired secretary puts into a file
TOKENS = ["", ",", ";", '"', "\n", "\r\n", "\r", "\t", " ", "R", "Р", "-1", "0", "10", "11",
          "7,5", "7.5", "0.25", "1e309", "nan", "inf", "1_0", "٣", "\ufeff", "\x00", "P1",
          "P9", "J1", "J9", "S", "a", "z", "code", "order", "role", "max", "[", "]", "=",
          "[winners]", "total = 0", "per_group = 2", "score_step = 0", "score_step = 0.5",
          'method = "median"', "'", "é", "ә", "x" * 300, "9" * 40, "secretary", "chair"]

mutation = st.tuples(st.sampled_from(["insert", "delete", "replace_line", "duplicate_line",
                                      "swap_lines"]),
                     st.floats(0, 1), st.floats(0, 1), st.sampled_from(TOKENS))


def mutate(text: str, steps) -> str:
    for kind, a, b, token in steps:
        lines = text.split("\n")
        i, j = int(a * len(lines)) % len(lines), int(b * len(lines)) % len(lines)
        pos = int(a * len(text))
        if kind == "insert":
            text = text[:pos] + token + text[pos:]
        elif kind == "delete":
            text = text[:pos] + text[pos + 1 + int(b * 8):]
        elif kind == "replace_line":
            lines[i] = token
            text = "\n".join(lines)
        elif kind == "duplicate_line":
            lines.insert(j, lines[i])
            text = "\n".join(lines)
        else:
            lines[i], lines[j] = lines[j], lines[i]
            text = "\n".join(lines)
    return text


def _base_store(into_empty: bool) -> Store:
    store = Store.memory()
    if not into_empty:
        with tempfile.TemporaryDirectory() as d:
            folder = write_folder(Path(d), scores=VALID["scores.csv"])
            import_folder(store, folder)
    return store


def check_import(name: str, content: bytes, into_empty: bool) -> None:
    """Import the valid folder with `name` replaced by `content`; judge the outcome."""
    store = _base_store(into_empty)
    before, audit = store.load(), len(store.audit_rows())
    with tempfile.TemporaryDirectory() as d:
        folder = Path(d)
        for file, text in VALID.items():
            (folder / file).write_text(text, encoding="utf-8")
        if name == "projects.xlsx":
            (folder / "projects.csv").unlink()
        (folder / name).write_bytes(content)
        try:
            import_folder(store, folder)
        except InputError as exc:
            message = str(exc)
            assert message and "\n" not in message and "\r" not in message, repr(message)
            assert store.load() == before and len(store.audit_rows()) == audit
        else:
            assert store.verify_audit().intact
    store.close()


@settings(max_examples=300, deadline=None)
@given(name=st.sampled_from(list(VALID) + ["projects.xlsx"]), content=st.binary(max_size=400),
       into_empty=st.booleans())
def test_random_bytes_in_any_file_never_crash_the_import(name, content, into_empty):
    check_import(name, content, into_empty)


@settings(max_examples=500, deadline=None)
@given(name=st.sampled_from(list(VALID)), steps=st.lists(mutation, min_size=1, max_size=4),
       into_empty=st.booleans())
def test_near_valid_files_never_crash_the_import(name, steps, into_empty):
    check_import(name, mutate(VALID[name], steps).encode("utf-8", "surrogatepass"),
                 into_empty)


def test_the_valid_folder_imports_cleanly():
    """The fuzzers start from a folder that is itself accepted, so their mutations are
    what gets refused."""
    store = Store.memory()
    with tempfile.TemporaryDirectory() as d:
        for file, text in VALID.items():
            (Path(d) / file).write_text(text, encoding="utf-8")
        summary = import_folder(store, d)
    assert summary.marks == 4 and summary.recusals == 1
    assert store.load().decisions["P1"].winner
