"""`protocol` and `verify`: print the protocol of winners, and check a printed one."""

from __future__ import annotations

import sys

from app.cli.common import ProgressLine, open_existing, warn


def add_parser(sub) -> None:
    from app.protocol.texts import LANGUAGES

    p = sub.add_parser("protocol", help="print the protocol of winners (PDF)")
    p.add_argument("db", metavar="DB")
    p.add_argument("-o", "--output", metavar="FILE.pdf", required=True,
                   help="where to write the PDF")
    p.add_argument("--lang", choices=LANGUAGES, default="en",
                   help="language of the protocol's fixed texts (default: en)")
    p.add_argument("--public", action="store_true",
                   help="the public copy: jurors shown as J1…Jn, no signatures, a line "
                        "naming the signed protocol")
    p = sub.add_parser("verify", help="does this printed protocol (PDF), or a photo or scan of "
                                      "the paper (PNG, JPEG), match the data? exit 0 / 1")
    p.add_argument("pdf", metavar="FILE")
    p.add_argument("db", metavar="DB")


def run_protocol(args) -> int:
    from app.service import JuryService

    with open_existing(args.db, read_only=True) as store, ProgressLine("protocol") as progress:
        printed = JuryService(store).print_protocol(args.output, lang=args.lang,
                                                    progress=progress, public=args.public)
    if printed.draft:
        # one line: before finalize the protocol is a draft, never the one to sign
        warn([f"this is a DRAFT, not for signature ({'; '.join(printed.provisional)}): "
              f"run `jury-room finalize {args.db}`, then print the protocol again to sign it"])
    elif printed.provisional:
        warn([f"the protocol is PROVISIONAL: {'; '.join(printed.provisional)}"])
    print(f"wrote protocol No. {printed.shown_number} to {args.output} ({printed.pages} pages, "
          f"fingerprint {printed.fingerprint})")
    return 0


def run_verify(args) -> int:
    from app.protocol.check import check, read_evidence
    from app.service import JuryService

    # not a protocol, a damaged file, an image with no QR code: exit 2 before the
    # database is opened
    evidence = read_evidence(args.pdf)
    with open_existing(args.db, read_only=True) as store:
        source = JuryService(store).protocol_source()
        history = store.verify_audit()
        consistent = store.check_history() if history.intact else None
        found = check(evidence, source, store.changed_at)
    if not history.intact or not consistent.ok:
        # the data may hold what the protocol printed, but nothing vouches for it
        print(f"{args.pdf}: cannot be verified against {args.db}: the data was changed "
              "outside Jury Room (" + (history.problem if not history.intact else
                                       consistent.problem) + "); see jury-room audit",
              file=sys.stderr)
        return 1
    return _report(args, found)


def _report(args, found) -> int:
    what = "the QR code of this photo or scan" if found.photo else "every page"
    if found.ok:
        print(f"{args.pdf}: matches {args.db} (fingerprint {found.data}; {what} checked)")
        for note in found.notes:
            print(f"  note: {note}")
        return 0
    print(f"{args.pdf}: does NOT match {args.db}", file=sys.stderr)
    for line in found.lines():
        print(f"  {line}", file=sys.stderr)
    print(f"  fingerprint in the protocol: {found.protocol}\n"
          f"  fingerprint of the database: {found.data}", file=sys.stderr)
    for note in found.notes:
        print(f"  note: {note}", file=sys.stderr)
    return 1
