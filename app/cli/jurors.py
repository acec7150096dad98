"""`jurors`: each juror against the panel, and how far the jury agreed."""

from __future__ import annotations

import json

from app.cli.common import open_existing
from app.entry import for_terminal


def add_parser(sub) -> None:
    p = sub.add_parser("jurors", help="each juror against the panel; how far the jury agreed")
    p.add_argument("db", metavar="DB")
    p.add_argument("--json", action="store_true", help="one JSON object for programs")


def _num(x, digits: int = 2) -> str:
    return "—" if x is None else f"{x:.{digits}f}"


def format_agreement(report, names: dict[str, str]) -> str:
    rows = [("Juror", "Name", "Projects", "Mean", "Spread", "Deviation", "|Dev.|", "Flagged",
             "Rank corr.")]
    for a in report.jurors:
        rows.append((a.juror, names.get(a.juror, ""), str(a.projects), _num(a.mean),
                     _num(a.spread), _num(a.deviation), _num(a.abs_deviation), str(a.flagged),
                     _num(a.rank_correlation)))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(widths[i]) if i < 2 else c.rjust(widths[i])
                       for i, c in enumerate(r)).rstrip() for r in rows]
    lines += ["", report.sentence,
              "Deviation: the juror's total minus the panel's mean (+ more generous, "
              "- stricter). Rank corr.: Spearman, against the other jurors' mean."]
    return "\n".join(lines) + "\n"


def run_jurors(args) -> int:
    from app.scoring import compute
    from app.scoring.agreement import agreement, agreement_json

    with open_existing(args.db, read_only=True) as store:
        comp = store.load()
    report = agreement(comp, compute(comp))
    if args.json:
        print(json.dumps(agreement_json(report), ensure_ascii=False))
    else:
        names = {j.code: j.name for j in comp.jurors}
        print(for_terminal(format_agreement(report, names)), end="")
    return 0
