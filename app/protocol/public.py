"""The public copy of a protocol (`jury-room protocol --public`): the same pages with
the jurors shown as J1…Jn (in the order the jury is listed), no positions and no
signatures; a closing note names the signed protocol by its number and fingerprint.

The data is anonymised before the pages are made, codes included (a juror's code is
often their initials), so every section that names a juror (the jury, recusals and
absences, dissenting opinions, the consolidated statement, comments) shows only J1…Jn.
The number and fingerprint printed stay those of the real data: the copy is a copy of
that protocol, not of other data.
"""

from __future__ import annotations

from dataclasses import replace

from app.model import Competition


def anonymised(competition: Competition) -> Competition:
    order = sorted(competition.jurors, key=lambda j: (j.order, j.code))
    alias = {j.code: f"J{i}" for i, j in enumerate(order, start=1)}

    def a(code: str) -> str:
        return alias.get(code, code)

    jurors = tuple(replace(j, code=alias[j.code], name=alias[j.code], position="")
                   for j in competition.jurors)
    return replace(
        competition, jurors=jurors,
        marks={(a(j), p, c): v for (j, p, c), v in competition.marks.items()},
        recusals=frozenset((a(j), p) for j, p in competition.recusals),
        absences=frozenset((a(j), p) for j, p in competition.absences),
        comments={(a(j), p, c): text for (j, p, c), text in competition.comments.items()},
        opinions={a(j): replace(o, juror=a(j)) for j, o in competition.opinions.items()})
