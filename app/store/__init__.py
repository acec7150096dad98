"""The SQLite store: the only code that reads or writes a competition database."""

from app.store.store import Change, Store, Transaction

__all__ = ["Change", "Store", "Transaction"]
