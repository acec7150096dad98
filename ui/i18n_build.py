"""Build the interface translations: `uv run python -m ui.i18n_build`.

1. lupdate reads every tr() / QCoreApplication.translate() text in ui/ and brings the
   `.ts` sources in resources/i18n/ up to date: new texts appear there as unfinished,
   texts gone from the code are dropped, translations already made are kept.
2. lrelease compiles each `.ts` into the `.qm` the application loads.

Translate in the `.ts` files (by hand or with `pyside6-linguist`), then run this again.
Both `.ts` and `.qm` are committed, so the application runs without a build step.
Both tools come with the PySide6 wheel.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"
I18N = ROOT / "resources" / "i18n"
TRANSLATED = ("ru", "kk")       # English is the source language


def ts_file(lang: str) -> Path:
    return I18N / f"jury_room_{lang}.ts"


def sources() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if "__pycache__" not in p.parts)


def tool(name: str) -> str:
    """lupdate or lrelease: the binary inside the PySide6 package, else on the PATH."""
    import PySide6

    exe = Path(PySide6.__file__).parent / (name + (".exe" if sys.platform == "win32" else ""))
    if exe.exists():
        return str(exe)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: it comes with PySide6 (uv sync installs it)")
    return found


def lupdate(targets: list[Path]) -> None:
    """Write the texts found in ui/ into each .ts in `targets` (created if missing).

    No source locations are written: they would change with every edit of the code and
    make every merge conflict in the .ts files."""
    files = [str(p.relative_to(ROOT)) for p in sources()]
    for target in targets:
        lang = target.stem.rsplit("_", 1)[-1]
        subprocess.run([tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                        "-source-language", "en", "-target-language", lang, *files,
                        "-ts", str(target)], cwd=ROOT, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> int:
    I18N.mkdir(parents=True, exist_ok=True)
    targets = [ts_file(lang) for lang in TRANSLATED]
    lupdate(targets)
    for ts in targets:
        lrelease(ts, ts.with_suffix(".qm"))
        print(f"{ts.relative_to(ROOT)} -> {ts.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
