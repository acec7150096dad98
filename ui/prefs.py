"""What the window remembers between runs (QSettings): the last file, recent files, the
last screen, the window geometry, the presenter's minutes and the interface language.
Tests hand in a QSettings on a temporary file, so they never touch the user's own
settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


class Prefs:
    def __init__(self, settings: QSettings | None = None):
        self.qs = settings if settings is not None else QSettings()

    # ----- files -----
    def recent_files(self) -> list[str]:
        value = self.qs.value("files/recent", [])
        if isinstance(value, str):      # QSettings gives a lone item back as a string
            value = [value]
        return [v for v in value or [] if v]

    def add_recent(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        items = [path] + [p for p in self.recent_files() if p != path]
        self.qs.setValue("files/recent", items[:MAX_RECENT])
        self.qs.setValue("files/last", path)

    def last_file(self) -> Path | None:
        value = self.qs.value("files/last", "")
        return Path(value) if value else None

    # ----- window -----
    def screen(self) -> int:
        return int(self.qs.value("window/screen", 0))

    def set_screen(self, index: int) -> None:
        self.qs.setValue("window/screen", index)

    def geometry(self) -> QByteArray | None:
        value = self.qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, value: QByteArray) -> None:
        self.qs.setValue("window/geometry", value)

    def scoring_place(self, path) -> list[str] | None:
        """Where the scoring sheet's cursor was when `path` was left (see
        ScoringScreen.place), or None."""
        value = self.qs.value("scoring/place", [])
        if isinstance(value, str) or not value or len(value) != 6:
            return None
        return list(value[1:]) if value[0] == str(Path(path).resolve()) else None

    def set_scoring_place(self, path, place) -> None:
        if place is not None:
            self.qs.setValue("scoring/place", [str(Path(path).resolve()), *place])

    # ----- presenter -----
    def presenter_minutes(self) -> int:
        return int(self.qs.value("presenter/minutes", 7))

    def set_presenter_minutes(self, minutes: int) -> None:
        self.qs.setValue("presenter/minutes", int(minutes))

    # ----- language -----
    def language(self) -> str | None:
        """The interface language chosen in the window; None until one was chosen."""
        return self.qs.value("window/language", None) or None

    def set_language(self, lang: str) -> None:
        self.qs.setValue("window/language", lang)

    def sync(self) -> None:
        self.qs.sync()
