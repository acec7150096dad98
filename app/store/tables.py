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
    # migration 0006: the jurors' dissenting opinions
    "opinions": ("juror",),
}
# the regulation's adjustments and comments (migration 0005)
KEYS.update({
    "adjustments": ("project", "reason"),
    "comments": ("juror", "project", "criterion"),
})
# the paper loop's tables (migration 0007; app.paper.records describes them)
KEYS.update({
    "second_marks": ("juror", "project", "criterion"),
    "second_sheets": ("juror", "project"),
    "paper_sheets": ("juror",),
    "paper_meta": ("key",),
    "merged": ("copy", "juror", "project"),
})
