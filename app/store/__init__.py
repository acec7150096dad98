"""The SQLite store: the only code that reads or writes a competition database."""

from app.store.audit_chain import ChainReport
from app.store.backup import BackupInfo, check_backup, list_backups
from app.store.store import Change, Store, Transaction, restore_file

__all__ = ["BackupInfo", "Change", "ChainReport", "Store", "Transaction", "check_backup",
           "list_backups", "restore_file"]
