"""File > Check a printed protocol or a photo: what `jury-room verify` says, in the
window's language.

The check itself is the domain's (app.protocol.check, through the service); this dialog
only words its answer: matches or not, and why, one line each, naming the page that
differs, is missing or is extra, and for a photo what a photo cannot prove.
"""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout)

OK_COLOUR, BAD_COLOUR = "#1b5e20", "#b00020"


class CheckDialog(QDialog):
    """The answer for one file. `history_problem`: why the history does not vouch for
    the data (the audit's answer), or None."""

    def __init__(self, path: str, check, finalized: bool, history_problem: str | None = None,
                 parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check a printed protocol"))
        self.ok = check.ok and history_problem is None
        what = self.tr("every page") if not check.photo else \
            self.tr("the QR code of this photo or scan")
        verdict = self.tr("Matches the data ({what} checked).").format(what=what) \
            if self.ok else self.tr("Does NOT match the data.")
        self.verdict = QLabel(f"<b style='color:{OK_COLOUR if self.ok else BAD_COLOUR}'>"
                              f"{verdict}</b>")
        self.file_label = QLabel(path)
        self.file_label.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        found = self.lines(check, finalized)
        if history_problem is not None:
            found.insert(0, self.tr("The data was changed outside Jury Room ({problem}): "
                                    "nothing vouches for it.").format(problem=history_problem))
        self.list.addItems(found)
        self.fingerprints = QLabel(self.tr("Fingerprint in the file: {file}\nFingerprint of "
                                           "the data: {data}").format(file=check.protocol,
                                                                      data=check.data))
        self.fingerprints.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.file_label, self.verdict):
            layout.addWidget(widget)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.fingerprints)
        layout.addWidget(buttons)
        self.resize(720, 360)

    def texts(self) -> list[str]:
        """The lines listed (what a test reads)."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    # ----- the words -------------------------------------------------------------------
    def section_name(self, name: str) -> str:
        """A fingerprint section (app.fingerprint.SECTIONS) as the secretary calls it."""
        names = {
            "settings": self.tr("the competition's settings"),
            "projects": self.tr("the projects"), "jurors": self.tr("the jurors"),
            "criteria": self.tr("the criteria"), "marks": self.tr("the marks"),
            "recusals": self.tr("the recusals"), "absences": self.tr("the absences"),
            "decisions": self.tr("the jury's decisions"),
            "adjustments": self.tr("the adjustments"), "comments": self.tr("the comments"),
            "opinions": self.tr("the dissenting opinions")}
        return names.get(name, name)

    def page_line(self, finding) -> str:
        """One page not as the data gives it (app.protocol.page_match.PageFinding)."""
        if finding.what == "missing":
            return self.tr("Page {page} of the protocol the data gives is missing.").format(
                page=finding.expected)
        if finding.what == "extra":
            return self.tr("Page {page} is not in the protocol the data gives (an extra "
                           "page).").format(page=finding.page)
        area = finding.area
        if area is None:
            return self.tr("Page {page} differs.").format(page=finding.page)
        if area.tiles < 0:
            return self.tr("Page {page} has another page size.").format(page=finding.page)
        return self.tr("Page {page} differs, at about {x} mm from the left and {y} mm from "
                       "the top.").format(page=finding.page, x=area.x_mm, y=area.y_mm)

    def data_lines(self, check, finalized: bool) -> list[str]:
        """Why the file's fingerprint is not the data's, one line each."""
        out = self.file_lines(check)
        if check.protocol == check.data:
            return out
        if "finalized" in check.sections:
            out.append(self.tr("The competition has been finalized since it was printed.")
                       if finalized else
                       self.tr("The competition has been reopened since it was printed."))
        other = [self.section_name(name) for name in check.sections if name != "finalized"]
        if other:
            out.append(self.tr("Printed from other data: {what} differ.").format(
                what=", ".join(other)))
        elif "finalized" not in check.sections:
            out.append(self.tr("Printed from other data, or the data changed since."))
        return out

    def file_lines(self, check) -> list[str]:
        """What in the file itself is not as printed, apart from its pages."""
        out = []
        if check.stamp_altered:
            out.append(self.tr("The fingerprint printed on page 1 is not the one in the "
                               "file's metadata: the file was altered after it was printed."))
        if check.codes > 1:
            out.append(self.tr("The image shows the QR codes of {n} different protocols.")
                       .format(n=check.codes))
        if check.unknown_moment:
            out.append(self.tr("The date and time it says it was printed ({at}) is no moment "
                               "of the data's history.").format(at=check.unknown_moment))
        if check.earlier_moment:
            out.append(self.tr("The date and time it says it was printed ({at}) comes "
                               "before this file's history begins: if this file is a later "
                               "copy of the data (an import of the exported folder), check "
                               "the protocol against the original file, which alone can "
                               "vouch for that date.").format(at=check.earlier_moment))
        return out

    def lines(self, check, finalized: bool) -> list[str]:
        """Everything the dialog lists, failures first, then the notes."""
        out = self.data_lines(check, finalized)
        if check.appended and check.pages:
            out.append(self.tr("Changes were appended to the file after it was printed (an "
                               "incremental update)."))
        files, data = check.page_counts
        if files != data:
            out.append(self.tr("The file has {files} pages; the protocol the data gives has "
                               "{data}.").format(files=files, data=data))
        out += [self.page_line(finding) for finding in check.pages]
        return out + self.notes(check)

    def notes(self, check) -> list[str]:
        """What is said whether the file matches or not."""
        out = []
        if check.appended and not check.pages:
            out.append(self.tr("Note: changes were appended to the file after it was "
                               "printed (an incremental update, as a digital signature "
                               "makes); they change nothing on its pages."))
        if check.ok and not check.photo and check.page_counts[0]:
            out.append(self.tr("All {n} pages show what the data gives.").format(
                n=check.page_counts[0]))
        if check.photo:
            out.append(self.tr("Note: a photo or scan proves which data the paper was "
                               "printed from, not that its text is untouched: its text is "
                               "not compared (check the PDF for that)."))
        return out
