"""Build small competitions by hand for the scoring tests."""

from __future__ import annotations

from app.model import Competition, Criterion, Decision, Juror, Project, Settings


def build(sheets, *, criteria=(("q", 10, 1.0),), groups=None, order=None, method="mean",
          trim=1, normalize="none", tie_break=(), per_group=None, total=None, recused=(),
          absent=(), withdrawn=(), decisions=None, jurors=None, projects=None):
    """`sheets`: {project: {juror: score or [score per criterion, None = not marked]}}.

    Jurors and projects are taken from `sheets` in order unless given; `groups` maps a
    project to its group (default "G"), `order` to its running order (default listing).
    """
    if projects is None:
        projects = list(sheets)
    if jurors is None:
        jurors = []
        for row in sheets.values():
            for j in row:
                if j not in jurors:
                    jurors.append(j)
    crits = tuple(Criterion(code, code.upper(), mx, w, i)
                  for i, (code, mx, w) in enumerate(criteria))
    marks = {}
    for p, row in sheets.items():
        for j, vals in row.items():
            if not isinstance(vals, (list, tuple)):
                vals = [vals]
            for c, v in zip(crits, vals):
                if v is not None:
                    marks[(j, p, c.code)] = v
    groups = groups or {}
    order = order or {}
    settings = Settings(method=method, trim=trim, normalize=normalize,
                        tie_break=tuple(tie_break),
                        winners_per_group=per_group if total is None else None,
                        winners_total=total)
    return Competition(
        settings=settings,
        projects=tuple(Project(p, f"Project {p}", group=groups.get(p, "G"),
                               order=order.get(p, i + 1), withdrawn=p in withdrawn)
                       for i, p in enumerate(projects)),
        jurors=tuple(Juror(j, f"Juror {j}", order=i) for i, j in enumerate(jurors)),
        criteria=crits, marks=marks, recusals=frozenset(recused),
        absences=frozenset(absent), decisions=decisions or {})


def decide(competition, code, winner, basis, reason="jury vote"):
    return Decision(project=code, winner=winner, reason=reason, basis=basis)
