"""Jury Room's domain: model, store, scoring, files, protocol and command line. No Qt here."""

__version__ = "0.1.0"
