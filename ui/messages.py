"""The domain's refusals in the interface language.

`app/` words its errors in English for the command line and tags the common ones with a
code (`InputError.code`, `.params`; `StoreError.code` for a disk that refuses a write);
the window words those again through tr(), so a Russian or Kazakh secretary reads why a
mark was refused or not saved in their own language. Errors
without a code are shown as the domain wrote them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


def undone(what, comp) -> str:
    """What an undo took back (app.service.Undone), for the status bar: "Undone: mark 7
    of J2 on RU-03, Relevance"."""
    from ui import fmt

    if len(what.changes) == 1:
        table, key, was, now = what.changes[0]
        if table == "marks":
            juror, project, code = key
            c = comp.criterion(code)
            names = dict(juror=juror, project=project, criterion=c.name if c else code)
            if was is None:
                return QCoreApplication.translate(
                    "Messages", "Undone: clearing mark {mark} of {juror} on {project}, "
                                "{criterion}").format(mark=fmt.mark(now["score"]), **names)
            text = QCoreApplication.translate(
                "Messages", "Undone: mark {mark} of {juror} on {project}, {criterion}"
            ).format(mark=fmt.mark(was["score"]), **names)
            if now is not None:
                text += QCoreApplication.translate(
                    "Messages", " (back to {mark})").format(mark=fmt.mark(now["score"]))
            return text
        if table == "recusals":
            return (QCoreApplication.translate(
                "Messages", "Undone: recusal of {juror} from {project}") if was else
                QCoreApplication.translate(
                    "Messages", "Undone: lifting the recusal of {juror} from {project}")
            ).format(juror=key[0], project=key[1])
        if table == "absences":
            return (QCoreApplication.translate(
                "Messages", "Undone: {juror} absent for {project}") if was else
                QCoreApplication.translate(
                    "Messages", "Undone: {juror} back in the room for {project}")
            ).format(juror=key[0], project=key[1])
        if table == "projects" and was and now and \
                was.get("withdrawn") != now.get("withdrawn"):
            return (QCoreApplication.translate(
                "Messages", "Undone: withdrawal of {project}") if was["withdrawn"] else
                QCoreApplication.translate("Messages", "Undone: reinstating {project}")
            ).format(project=key[0])
    return QCoreApplication.translate(
        "Messages", "Undone: the last change ({n} records).").format(n=len(what.changes))


def explain(exc: Exception) -> str:
    code = getattr(exc, "code", None)
    step = getattr(exc, "params", {}).get("step")
    if code == "not_a_number":
        text = QCoreApplication.translate(
            "Messages", "“{text}” is not a number (or R for a recusal)")
    elif code == "out_of_range":
        text = QCoreApplication.translate(
            "Messages", "{text} is out of range: marks go from 0 to {max}")
    elif code == "off_grid" and step == "1":
        text = QCoreApplication.translate(
            "Messages", "{text} is off the grid: marks go in whole points")
    elif code == "off_grid" and step == "0.5":
        text = QCoreApplication.translate(
            "Messages", "{text} is off the grid: marks go in whole and half points")
    elif code == "off_grid":
        text = QCoreApplication.translate(
            "Messages", "{text} is off the grid: marks go in steps of {step}")
    elif code == "recused":
        text = QCoreApplication.translate(
            "Messages", "{juror} is recused from {project}: press R to lift the recusal first")
    elif code == "secretary":
        text = QCoreApplication.translate(
            "Messages", "{name} is the secretary, who does not score")
    elif code == "finalized":
        text = QCoreApplication.translate(
            "Messages", "the competition is finalized: reopen it on the Finalize screen, "
                        "with a reason, to change anything")
    elif code == "not_final":
        text = QCoreApplication.translate(
            "Messages", "the competition is not finalized yet: the winners can still change. "
                        "Finalize it on the Finalize screen first")
    elif code in _PAPER:
        text = _translated(_PAPER[code])
    elif code == "no_quorum":
        text = QCoreApplication.translate(
            "Messages", "no quorum: {taking} of {scoring} scoring jurors took part in the "
                        "meeting, and {share} needs {needed}. Mark who attended (present or "
                        "remote) in the jurors table on the Set up screen before finalizing")
    elif code == "disk_full":
        text = QCoreApplication.translate(
            "Messages", "the disk is full. Everything saved before is safe; free some space, "
                        "then try again")
    elif code == "read_only":
        text = QCoreApplication.translate(
            "Messages", "the file or its folder is read-only. Everything saved before is "
                        "safe; copy the file to a folder you can write to and open it there")
    elif code == "busy":
        text = QCoreApplication.translate(
            "Messages", "another program is writing to the file. Everything saved before is "
                        "safe; close that program and try again")
    elif code == "disk_error":
        text = QCoreApplication.translate(
            "Messages", "the disk could not be written. Everything saved before is safe; "
                        "check the disk or memory stick, then try again")
    elif code == "damaged":
        text = QCoreApplication.translate(
            "Messages", "the file is damaged. Close Jury Room and open the file again to be "
                        "offered its newest good backup")
    else:
        return getattr(exc, "message", str(exc))
    return text.format(**getattr(exc, "params", {}))


def _translated(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP below, in the interface language."""
    return QCoreApplication.translate("Messages", text)


# the paper loop's refusals (app.paper): sheet codes, the second keying, keying copies
_PAPER = {
    "sheet_code_form": QT_TRANSLATE_NOOP("Messages", "“{code}” is not a sheet code (like "
                                                     "J1-7F3A-C2D9)"),
    "sheet_other_competition": QT_TRANSLATE_NOOP("Messages", "sheet {code} is from another "
                                                             "competition"),
    "sheet_old_setup": QT_TRANSLATE_NOOP("Messages", "sheet {code} was printed for an older "
                                                     "set-up or running order: print the "
                                                     "sheets again"),
    "sheet_no_juror": QT_TRANSLATE_NOOP("Messages", "sheet {code} names no juror of this "
                                                    "competition"),
    "sheet_other_juror": QT_TRANSLATE_NOOP("Messages", "sheet {code} is not {juror}'s"),
    "sheet_old_issue": QT_TRANSLATE_NOOP("Messages", "sheet {code} is an older issue; issue "
                                                     "{issue} is the one in use"),
    "sheet_voided": QT_TRANSLATE_NOOP("Messages", "sheet {code} was voided: reissue it first"),
    "sheet_voided_checkin": QT_TRANSLATE_NOOP("Messages", "{juror}'s sheet was voided: "
                                                          "reissue it first"),
    "second_empty": QT_TRANSLATE_NOOP("Messages", "type the mark as the sheet shows it (or R)"),
    "nothing_to_settle": QT_TRANSLATE_NOOP("Messages", "the two keyings agree there: nothing "
                                                       "to settle"),
    "unverified": QT_TRANSLATE_NOOP("Messages", "cannot finalize yet: {reason}"),
    "copy_other_competition": QT_TRANSLATE_NOOP("Messages", "this file is a copy of another "
                                                            "competition"),
    "copy_other_setup": QT_TRANSLATE_NOOP("Messages", "this copy was made for another set-up "
                                                      "(jurors, criteria, score step or "
                                                      "running order changed since): hand "
                                                      "over a new copy"),
}
