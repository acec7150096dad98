"""`diplomas` and `feedback`: what the organisers take away once the verdict is final."""

from __future__ import annotations

from app.cli.common import open_existing
from app.protocol.texts import LANGUAGES


def add_parser(sub) -> None:
    p = sub.add_parser("diplomas", help="a diploma per winner (finalized competitions)")
    p.add_argument("db", metavar="DB")
    p.add_argument("-o", "--output", required=True, metavar="DIR")
    p.add_argument("--all", action="store_true",
                   help="also a certificate of participation for every other project")
    p.add_argument("--template", metavar="FILE.toml",
                   help="the wording and signatures (default: the bundled diploma.toml)")
    p.add_argument("--lang", choices=LANGUAGES, default=None,
                   help="languages of the diplomas and the award script (default: the "
                        "template's, ru+kk in the bundled one)")
    p = sub.add_parser("feedback", help="a feedback page per project (finalized competitions)")
    p.add_argument("db", metavar="DB")
    p.add_argument("-o", "--output", required=True, metavar="DIR")
    p.add_argument("--lang", choices=("auto",) + LANGUAGES, default="auto",
                   help="auto (each group's language, the default) or a protocol language")
    p.add_argument("--no-numbers", action="store_true",
                   help="leave out the place, the score and the criterion table")


def run_diplomas(args) -> int:
    from app.reports.diplomas import load_template, write_diplomas

    # a bad template is refused before any work
    template = load_template(args.template, args.lang)
    with open_existing(args.db, read_only=True) as store:
        comp = store.load()
    written = write_diplomas(comp, args.output, template=template, participants=args.all,
                             script_lang="+".join(template.languages))
    script = written[-1]
    diplomas = sum(1 for path in written if path.name.startswith("diploma-"))
    certificates = sum(1 for path in written if path.name.startswith("certificate-"))
    also = f", {certificates} certificate(s) of participation" if certificates else ""
    print(f"wrote {diplomas} diploma(s){also} and the award script {script.name} "
          f"to {args.output}")
    return 0


def run_feedback(args) -> int:
    from app.reports.feedback import write_feedback

    with open_existing(args.db, read_only=True) as store:
        comp = store.load()
    written = write_feedback(comp, args.output, lang=args.lang, numbers=not args.no_numbers)
    print(f"wrote {len(written)} feedback page(s) to {args.output}")
    return 0

