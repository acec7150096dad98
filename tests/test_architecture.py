"""The domain layer stays free of Qt, so everything in it runs without a screen."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_app_imports_no_qt_and_no_ui():
    """No module under app/ imports PySide6, shiboken, PyQt or the ui package, even lazily."""
    offenders = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        for name in _imports(path):
            top = name.split(".")[0]
            if top in {"PySide6", "shiboken6", "PyQt5", "PyQt6", "ui"}:
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_the_check_sees_a_lazy_import(tmp_path):
    """The walker finds an import hidden inside a function, so the test above can fail."""
    f = tmp_path / "m.py"
    f.write_text("def f():\n    from PySide6.QtCore import QObject\n")
    assert "PySide6.QtCore" in _imports(f)


def test_widgets_write_no_sql():
    """ui/ never talks to SQLite: no sqlite3 import and no SQL statement in its files."""
    for path in (ROOT / "ui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "sqlite" not in text, path
        for verb in ("INSERT INTO", "UPDATE ", "DELETE FROM"):
            assert verb not in text, (path, verb)
