"""The window's dialogs: each asks one thing (a decision and its reason, a reason, a
backup to restore, an import to confirm) or shows one (a mark's history)."""
