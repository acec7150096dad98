"""Entry point: `jury-room COMMAND ...` runs the command line, anything else opens the window."""

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from app.cli import COMMANDS, run

    if argv and (argv[0] in COMMANDS or argv[0] in ("-h", "--help", "--version")):
        return run(argv)
    from ui.launch import launch

    return launch(argv)


if __name__ == "__main__":
    sys.exit(main())
