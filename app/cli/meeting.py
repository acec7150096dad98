"""`opinion` and `attendance`: what the jury's meeting adds to its protocol."""

from __future__ import annotations

from app.cli.common import open_existing


def add_parser(sub) -> None:
    p = sub.add_parser("opinion", help="a juror's dissenting opinion, printed with the protocol")
    p.add_argument("db", metavar="DB")
    p.add_argument("juror", metavar="JUROR", help="the juror's code")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--text", metavar="TEXT",
                      help="the opinion as the juror wrote it (empty: withdraw it)")
    what.add_argument("--remove", action="store_true",
                      help="withdraw the juror's opinion (the same as --text \"\")")
    p = sub.add_parser("attendance", help="how a juror took part in the jury's meeting")
    p.add_argument("db", metavar="DB")
    p.add_argument("juror", metavar="JUROR", help="the juror's code")
    # the service refuses any other state, in the words the import's and the window's use
    p.add_argument("state", metavar="STATE", help="present, remote or absent")


def _service(store):
    from app.service import JuryService

    return JuryService(store)


def run_opinion(args) -> int:
    text = "" if args.remove else args.text
    with open_existing(args.db) as store:
        _service(store).set_opinion(args.juror, text)
    print(f"recorded the dissenting opinion of {args.juror}" if text.strip()
          else f"withdrew the dissenting opinion of {args.juror}")
    return 0


def run_attendance(args) -> int:
    with open_existing(args.db) as store:
        _service(store).set_attendance(args.juror, args.state)
    print(f"{args.juror}: {args.state}")
    return 0
