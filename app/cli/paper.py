"""The paper loop's commands: `progress`, `sheets`, `handover`, `merge`."""

from __future__ import annotations

import json

from app.cli.common import open_existing
from app.paper import state


def add_parser(sub) -> None:
    p = sub.add_parser("progress", help="the state of every sheet; --json for programs")
    p.add_argument("db", metavar="DB")
    p.add_argument("--json", action="store_true", help="the contract's JSON object")
    p = sub.add_parser("sheets", help="blank score sheets for the jurors to fill in by hand")
    p.add_argument("db", metavar="DB")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.add_argument("--juror", metavar="CODE", help="only this juror's sheet")
    p.add_argument("--lang", default="en", metavar="LANG",
                   help="ru, kk or en, or two joined by + (ru+kk): as the protocol")
    p = sub.add_parser("handover", help="a keying copy for a second laptop: the set-up, "
                                        "no marks")
    p.add_argument("db", metavar="DB")
    p.add_argument("file", metavar="FILE.jury")
    p = sub.add_parser("merge", help="bring a keying copy's marks in; differences are "
                                     "listed, not applied")
    p.add_argument("db", metavar="DB")
    p.add_argument("file", metavar="FILE.jury")


def _service(store):
    from app.service import JuryService

    return JuryService(store)


def run_progress(args) -> int:
    with open_existing(args.db, read_only=True) as store:
        desk = _service(store).paper
        if args.json:
            print(json.dumps(desk.progress_json(), ensure_ascii=False))
            return 0
        print(format_progress(desk), end="")
    return 0


def format_progress(desk) -> str:
    """Jurors down, projects across (running order), one symbol per sheet; then the
    count of each state and every difference still to settle."""
    states = desk.states()
    lines = _grid(desk.service.competition(), states)
    lines.append("")
    c = state.counts(states)
    lines.append(", ".join(f"{state.SYMBOLS[s]} {s} {c[s]}" for s in state.STATES))
    verified, to_verify = desk.verified_count()
    lines.append(f"Verified: {verified} of {to_verify} sheets with marks.")
    for d in desk.conflicts():
        lines.append(conflict_line(d))
    return "\n".join(lines) + "\n"


def _grid(comp, states) -> list[str]:
    """Jurors down, projects across, one symbol per sheet, the columns lined up."""
    projects = [p.code for p in comp.running_order if not p.withdrawn]
    by = {(j, p): s for j, p, s in states}
    width = max([len(p) for p in projects] + [1])
    jw = max([len(j.code) for j in comp.scoring_jurors] + [5])
    lines = ["".ljust(jw) + "  " + " ".join(p.rjust(width) for p in projects)]
    for j in comp.scoring_jurors:
        lines.append(j.code.ljust(jw) + "  " + " ".join(
            state.SYMBOLS[by[(j.code, p)]].rjust(width) for p in projects))
    return lines


def conflict_line(d, here: str = "first", there: str = "second") -> str:
    """One difference between two keyings of a sheet, on one line."""
    from app.paper.desk import fmt

    where = f"{d.juror} {d.project}" + (f" {d.criterion}" if d.criterion else "")
    by = f" (keyed by {d.second_by})" if d.second_by else ""
    if here == "first":
        return f"conflict: {where}: first {fmt(d.first)}, second {fmt(d.second)}{by}"
    return f"conflict: {where}: {fmt(d.first)} {here}, {fmt(d.second)} {there}{by}"


def run_sheets(args) -> int:
    from app.protocol.texts import split_languages

    split_languages(args.lang)  # a wrong language is refused before anything is read
    with open_existing(args.db, read_only=True) as store:
        desk = _service(store).paper
        path, count = desk.print_sheets(args.output, juror=args.juror, lang=args.lang)
    print(f"{path}: {count} score sheet(s)")
    return 0


def run_handover(args) -> int:
    with open_existing(args.db) as store:
        desk = _service(store).paper
        meta = desk.handover(args.file)
    print(f"{args.file}: keying copy of {args.db} (set-up {meta['setup'][:8]}, copy "
          f"{meta['copy'][:12]}): key sheets into it, then `jury-room merge {args.db} "
          f"{args.file}`")
    return 0


def run_merge(args) -> int:
    with open_existing(args.db) as store:
        desk = _service(store).paper
        plan = desk.plan_merge(args.file)
        desk.apply_merge(plan)
    for line in plan.lines():
        print(line)
    print(f"merged {args.file}: {plan.summary()}")
    return 0
