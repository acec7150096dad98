"""`results` and `decide`: the ranking as the scoring package computes it, and the jury's
decision on a tie at the winners' cut."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from app import entry
from app.cli.common import open_existing, warn
from app.display import fixed
from app.errors import InputError

if TYPE_CHECKING:
    from app.model import Competition
    from app.scoring import Results

# app.scoring is imported once the file is open, so that its import runs beside the
# file's integrity check (which opening starts on the second core), not before it

TITLE_WIDTH = 40


def add_parser(sub) -> None:
    p = sub.add_parser("results", help="print the ranking; --json for programs")
    p.add_argument("db", metavar="DB")
    p.add_argument("--json", action="store_true", help="the contract's JSON object")
    p.add_argument("--compare", action="store_true",
                   help="the winners under every method and normalisation, and without "
                        "each juror's marks")
    p = sub.add_parser("decide", help="record the jury's decision on a tie at the cut")
    p.add_argument("db", metavar="DB")
    p.add_argument("code", metavar="CODE")
    p.add_argument("--winner", required=True, choices=("yes", "no"))
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.add_argument("--votes", metavar="FOR:AGAINST:ABSTAIN",
                   help="the jury's vote on it, such as 4:2:0")
    p.add_argument("--casting-vote", action="store_true",
                   help="the vote was tied and the chair's casting vote settled it")


def run_results(args) -> int:
    with open_existing(args.db, read_only=True) as store:
        from app.scoring import results_json

        if args.compare:
            return _compare(store.load(), as_json=args.json)
        comp, results = _results(store, with_outliers=not args.json)
    warn(results.warnings)
    if args.json:
        print(json.dumps(results_json(results), ensure_ascii=False))
    else:
        # a title may hold a terminal's escape codes: the table never passes them on
        print(entry.for_terminal(format_results(comp, results)), end="")
    return 0


def _compare(comp: Competition, *, as_json: bool) -> int:
    """`results --compare`: the other methods, and each juror left out in turn."""
    from app.scoring import compare, compute, format_comparison
    from app.scoring.compare import comparison_json
    from app.scoring.influence import influence_line, margins, without_each, without_json

    comparison = compare(comp)
    base = compute(comp)
    without = without_each(comp, base)
    if as_json:
        doc = comparison_json(comparison)
        doc["without"] = without_json(without)
        doc["margins"] = [{"project": m.project, "winner": m.winner, "juror": m.juror,
                           "points": m.points} for m in margins(comp, base)]
        print(json.dumps(doc, ensure_ascii=False))
    else:
        print(entry.for_terminal(format_comparison(comparison)), end="")
        print(entry.for_terminal(influence_line(without)))
    return 0


def _results(store, *, with_outliers: bool = True) -> tuple[Competition, Results]:
    """The competition (without its marks) and its results, from each sheet's total
    summed by the store when that sum is exact (200,000 marks are not read one by one),
    else from every mark. The JSON has no outlier flags: it does not work them out."""
    from app.scoring import evaluate, prepare, prepare_totals

    with store.reading():
        # a score made per criterion needs every mark, not each sheet's total
        per_juror = store.setting("aggregate", "juror") == "juror"
        summed = store.sheet_totals() if per_juror else None
        if summed is None:
            comp = store.load()
            prepared = prepare(comp)
        else:
            comp = store.load(marks=False)
            prepared = prepare_totals(comp, summed, store.marked_criteria)
        return comp, evaluate(prepared, comp.settings.method, comp.settings.normalize,
                              with_outliers=with_outliers)


def run_decide(args) -> int:
    # here, not at the top: `results --json` never needs it
    from app.meeting import parse_votes

    try:
        votes = parse_votes(args.votes or "")
    except ValueError as exc:
        raise InputError(str(exc), field="--votes") from None
    from app.service import JuryService

    with open_existing(args.db) as store:
        service = JuryService(store)
        # the service holds the rules of a decision (a reason, the vote), as for the window
        service.record_decision(args.code, args.winner == "yes", args.reason, votes=votes,
                                casting=args.casting_vote)
        tie = service.results().tie_at_cut(args.code)
        reason = service.competition().decisions[args.code].reason
    verdict = "a winner" if args.winner == "yes" else "not a winner"
    print(f"recorded: {args.code} is {verdict} ({reason}{_vote_words(votes, args)})")
    if tie is not None and tie.undecided:
        # one tie, one outcome: it applies once every project in it is decided
        print(f"still to decide in this tie: {', '.join(tie.undecided)} (the tie's outcome "
              "applies once every project in it is decided)")
    if tie is not None and tie.quota_problem:
        warn([f"tie at the cut ({', '.join(tie.tied)}): {tie.quota_problem}"])
    return 0


def _vote_words(votes, args) -> str:
    if votes is None:
        return ""
    casting = ", settled by the chair's casting vote" if args.casting_vote else ""
    return f"; votes {votes[0]} for, {votes[1]} against, {votes[2]} abstaining{casting}"


# (a flag, whether a ranked project carries it), in the order the table lists them
_FLAGS = (
    ("withdrawn", lambda p: p.withdrawn),
    ("unscored", lambda p: not p.withdrawn and p.score is None),
    ("winner", lambda p: p.winner),
    ("tie", lambda p: p.tie),
    ("decision needed", lambda p: p.decision_needed),
    ("decided", lambda p: not p.decision_needed and p.decision is not None
     and not p.decision_stale),
    ("stale decision", lambda p: p.decision_stale),
    ("below the least winning score", lambda p: p.below_min),
)


def _flags(p) -> str:
    flags = [flag for flag, carried in _FLAGS if carried(p)]
    if p.adjustment:
        flags.append(f"adjusted {float(p.adjustment):+g}")
    if p.uncommented:
        flags.append("comment missing: " + ", ".join(p.uncommented))
    if not p.complete and not p.withdrawn:
        flags.append("incomplete")
    return ", ".join(flags)


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def format_results(comp: Competition, results: Results) -> str:
    """The human table: place, code, title, group, score (two decimals), flags."""
    s = comp.settings
    lines = [s.title, ""] if s.title else []
    lines += _table(s, results)
    lines.append("")
    lines.append(f"Score: {_how(s)}. Winners: {_quota(s)}.")
    lines.append(_completeness(results))
    lines += _tie_lines(results)
    lines += [f"Outlier: {o.juror} on {o.project}: total {fixed(o.total)}, "
              f"{fixed(o.distance)} from the median {fixed(o.median)}."
              for o in results.outliers]
    return "\n".join(lines) + "\n"


def _table(s, results: Results) -> list[str]:
    """The ranking, one line per project, its columns padded to line up."""
    rows = [("Place", "Code", "Title", s.group_label or "Group", "Score", "Flags")]
    rows += [_row(p) for p in results.projects]
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    right = {0, 4}
    return ["  ".join([r[i].rjust(widths[i]) if i in right else r[i].ljust(widths[i])
                       for i in range(5)] + [r[5]]).rstrip() for r in rows]


def _row(p) -> tuple[str, ...]:
    place = "" if p.rank is None else (f"{p.rank}=" if p.tie else str(p.rank))
    score = "" if p.score is None else fixed(p.score)
    return place, p.code, _cut(p.title, TITLE_WIDTH), p.group, score, _flags(p)


def _how(s) -> str:
    """How a project's score is worked out, in a few words."""
    how = s.method.replace("_", " ")
    if s.method == "trimmed_mean":
        how += f" (trim {s.trim})"
    if s.aggregate == "criterion":
        how += " per criterion, weighted and summed"
    if s.normalize == "zscore":
        how += ", z-score normalised"
    steps = [f"{name} to {places} decimal(s)" for name, places in (
        ("criterion", s.rounding_criterion), ("weighted", s.rounding_weighted),
        ("score", s.rounding_score)) if places is not None]
    if steps:
        how += f"; rounded ({s.rounding_mode.replace('_', ' ')}): " + ", ".join(steps)
    return how


def _quota(s) -> str:
    quota = (f"top {s.winners_per_group} per {s.group_label or 'group'}"
             if s.winners_per_group is not None else
             f"top {s.winners_total} overall" if s.winners_total is not None else "none")
    return quota + ("" if s.min_score is None else f" with at least {s.min_score:g}")


def _completeness(results: Results) -> str:
    if results.complete:
        return "All marks are in."
    missing = sum(len(p.missing) for p in results.projects)
    unscored = sum(1 for p in results.projects if p.unscored)
    parts = ([f"{missing} mark(s) missing"] if missing else []) + \
        ([f"{unscored} project(s) unscored"] if unscored else [])
    return "Not complete: " + (", ".join(parts) or "marks missing") + "."


def _tie_lines(results: Results) -> list[str]:
    lines = []
    for t in results.ties_at_cut:
        where = "overall" if t.scope is None else f"in {t.scope}"
        if t.undecided:
            lines.append(f"Decision needed: tie at the cut {where} for {t.places} place(s): "
                         f"{', '.join(t.tied)} (jury-room decide DB CODE --winner yes|no "
                         f"--reason TEXT)")
        if t.quota_problem:
            lines.append(f"Check: tie at the cut {where}: {t.quota_problem}.")
    return lines
