"""Keeping the data safe: backups, restoring one, the file's history and its audit
check. Mixed into `JuryService` (app.service); each is the store's, asked through here
so that the window and the command line call the service and nothing lower.
"""

from __future__ import annotations

from pathlib import Path

from app.store import BackupInfo, ChainReport


class Safekeeping:
    """The safekeeping methods of `JuryService`."""

    def backups(self) -> list[BackupInfo]:
        """The database's backups, newest first, for a "Restore a backup" dialog."""
        return self.store.backups()

    def backup_now(self) -> BackupInfo | None:
        return self.store.backup("manual")

    def maybe_backup(self) -> BackupInfo | None:
        """For a timer: backs up if due and changed. `backup_error` says why not."""
        return self.store.maybe_backup()

    @property
    def backup_error(self) -> str | None:
        """Why the last automatic backup failed (None: it did not)."""
        return self.store.backup_error

    def finish_open_backup(self) -> None:
        """Finish the backup begun on opening (a window does it as soon as it is shown)."""
        self.store.finish_open_backup()

    def close(self) -> None:
        """Close the file (its writer lock is let go)."""
        self.store.close()

    @property
    def path(self) -> Path | None:
        """The open competition's file (None: in memory)."""
        return self.store.path

    def restore_backup(self, path: str | Path, *, force: bool = False) -> BackupInfo:
        """Restore `path`; returns the backup kept of what it replaced. A backup of another
        competition raises ForeignBackupError (naming it) unless `force`."""
        return self.store.restore(path, force=force)

    def mark_history(self, juror: str, project: str, criterion: str) -> list[dict]:
        """Every recorded value of one mark, oldest first, for the window's history view."""
        return self.store.history("marks", (juror, project, criterion))

    def check_history(self):
        """Does the data follow from its history (`jury-room audit`; the window checks it
        on opening)? app.store.tamper.Consistency: ok, or the first record that does
        not."""
        return self.store.check_history()

    def check_audit(self) -> ChainReport:
        """Is the audit history as the program wrote it (`jury-room audit`)?"""
        return self.store.verify_audit()
