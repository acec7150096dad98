"""The tables the store writes, by their primary key columns."""

from __future__ import annotations

# the primary key columns of every table the store writes
KEYS: dict[str, tuple[str, ...]] = {
    "settings": ("key",),
    "projects": ("code",),
    "jurors": ("code",),
    "criteria": ("code",),
    "marks": ("juror", "project", "criterion"),
    "recusals": ("juror", "project"),
    "absences": ("juror", "project"),
    "decisions": ("project",),
}
