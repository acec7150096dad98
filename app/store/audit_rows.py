"""Audit rows as the file holds them: one changed record per row, or one packed row
listing several changed records of one table (an import, a new running order, a project
deleted with its marks). `unpack` reads either kind back as (key, old row, new row).
"""

from __future__ import annotations

import json

# the `key` of an audit row that lists several changed records of one table (see unpack)
PACKED = "*"
ZLIB = "zlib:"  # how a packed row's compressed JSON begins


def pack(doc: dict) -> str:
    """A packed row's `new`: its JSON, zlib-compressed, in base64 after "zlib:" (an import
    of 200,000 marks takes 0.4 MB instead of 5: a smaller file to write, check and back
    up)."""
    import base64
    import zlib

    text = json.dumps(doc, ensure_ascii=False, check_circular=False)
    return ZLIB + base64.b64encode(zlib.compress(text.encode("utf-8"), 1)).decode("ascii")


def unpack_doc(new: str) -> dict:
    if new.startswith(ZLIB):
        import base64
        import zlib

        new = zlib.decompress(base64.b64decode(new[len(ZLIB):])).decode("utf-8")
    return json.loads(new)


def unpack(entity: str, key: str, old: str | None, new: str | None, only: tuple | None = None
           ) -> list[tuple[tuple, dict | None, dict | None]]:
    """The changed records of one audit row: (key, old row, new row) for each, in order.

    A row of one record holds its key and its old and new rows as JSON. A packed row
    (key PACKED) holds in `new` (see `pack`) {"columns", "keys": how many leading
    columns are the key, "added": the records that did not exist, "removed": the records
    deleted, both as one list of values per column, in the order of "columns", and
    "changed": [old row, new row] pairs, each row a list of values in that order}; a
    packed row's old and new rows name the columns the action wrote. With `only`, just
    the records with that key (a whole import is not made into rows for one)."""
    if key != PACKED:
        return [(tuple(json.loads(key)), json.loads(old) if old else None,
                 json.loads(new) if new else None)]
    doc = unpack_doc(new)
    if only is not None:
        return _records_of(doc, only)
    cols, n = doc["columns"], doc["keys"]
    return ([(tuple(r[:n]), None, dict(zip(cols, r))) for r in zip(*doc.get("added", ()))] +
            [(tuple(b[:n]), dict(zip(cols, a)), dict(zip(cols, b)))
             for a, b in doc.get("changed", ())] +
            [(tuple(r[:n]), dict(zip(cols, r)), None) for r in zip(*doc.get("removed", ()))])


def _records_of(doc: dict, only: tuple) -> list[tuple[tuple, dict | None, dict | None]]:
    """The changed records of a packed row whose key is `only`, in the order `unpack`
    gives them."""
    cols, n = doc["columns"], doc["keys"]

    def rows(columns):  # the records of `columns` whose key is `only`
        at = [i for i, k in enumerate(zip(*columns[:n])) if k == only] if columns else []
        return [[c[i] for c in columns] for i in at]
    added, removed = rows(doc.get("added", ())), rows(doc.get("removed", ()))
    changed = [(a, b) for a, b in doc.get("changed", ()) if tuple(b[:n]) == only]
    return ([(only, None, dict(zip(cols, r))) for r in added] +
            [(only, dict(zip(cols, a)), dict(zip(cols, b))) for a, b in changed] +
            [(only, dict(zip(cols, r)), None) for r in removed])
