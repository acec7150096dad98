"""The command line of the contract: `jury-room COMMAND DB ...`.

Each command lives in a small module that is imported only when that command runs, so
that a quick `results --json` does not pay for reportlab or openpyxl.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from app import __version__
from app.bulk import paused_gc
from app.entry import for_terminal
from app.errors import InputError, StoreError

# command -> the module that defines `add_parser(subparsers)` and `run_<command>(args)`
COMMANDS: dict[str, str] = {
    "import": "app.cli.data",
    "export": "app.cli.data",
    "results": "app.cli.results",
    "decide": "app.cli.results",
    "protocol": "app.cli.protocol",
    "verify": "app.cli.protocol",
    "backup": "app.cli.safety",
    "restore": "app.cli.safety",
    "audit": "app.cli.safety",
    "finalize": "app.cli.safety",
    "reopen": "app.cli.safety",
    "opinion": "app.cli.meeting",
    "attendance": "app.cli.meeting",
    "progress": "app.cli.paper",
    "jurors": "app.cli.jurors",
    "diplomas": "app.cli.reports",
    "feedback": "app.cli.reports",
    "sheets": "app.cli.paper",
    "handover": "app.cli.paper",
    "merge": "app.cli.paper",
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one clear line, exit 2, as the contract says
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    parser = _Parser(prog="jury-room", description=(
        "Jury Room: a competition jury's marks, ranking and protocol. Without a command "
        "it opens the window: jury-room [DB] or jury-room --demo."))
    parser.add_argument("--version", action="version", version=f"jury-room {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    modules = [COMMANDS[only]] if only in COMMANDS else list(dict.fromkeys(COMMANDS.values()))
    for name in modules:
        importlib.import_module(name).add_parser(sub)
    return parser


def run(argv: list[str]) -> int:
    parser = build_parser(argv[0] if argv else None)
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    module = importlib.import_module(COMMANDS[args.command])
    from app.cli.common import report_backups

    try:
        with paused_gc():  # a command is short: no collector walks over 200,000 marks
            try:
                return getattr(module, f"run_{args.command}")(args)
            finally:
                report_backups()
    except (InputError, StoreError) as exc:
        print(f"jury-room {args.command}: {for_terminal(str(exc))}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `jury-room results DB | head`
        return 0
    except OSError as exc:  # a file or folder named on the command line cannot be used
        from app.files import os_words

        where = f"{exc.filename}: " if exc.filename else ""
        print(f"jury-room {args.command}: {for_terminal(where + os_words(exc))}",
              file=sys.stderr)
        return 2


def main() -> int:
    return run(sys.argv[1:])
