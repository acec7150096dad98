"""`opinion` and `attendance`: what the jury's meeting adds to its protocol."""

from __future__ import annotations

from app.cli.common import open_existing


def add_parser(sub) -> None:
    p = sub.add_parser("opinion", help="a juror's dissenting opinion, printed with the protocol")
    p.add_argument("db", metavar="DB")
    p.add_argument("juror", metavar="JUROR", help="the juror's code")
    p.add_argument("--text", required=True, metavar="TEXT",
                   help="the opinion as the juror wrote it (empty: withdraw it)")
    p = sub.add_parser("attendance", help="how a juror took part in the jury's meeting")
    p.add_argument("db", metavar="DB")
    p.add_argument("juror", metavar="JUROR", help="the juror's code")
    p.add_argument("state", choices=("present", "remote", "absent"))


def _service(store):
    from app.service import JuryService

    return JuryService(store)


def run_opinion(args) -> int:
    with open_existing(args.db) as store:
        _service(store).set_opinion(args.juror, args.text)
    print(f"recorded the dissenting opinion of {args.juror}" if args.text.strip()
          else f"withdrew the dissenting opinion of {args.juror}")
    return 0


def run_attendance(args) -> int:
    with open_existing(args.db) as store:
        _service(store).set_attendance(args.juror, args.state)
    print(f"{args.juror}: {args.state}")
    return 0
