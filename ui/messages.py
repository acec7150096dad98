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
    if len(what.changes) == 1:
        table, key, was, now = what.changes[0]
        say = _UNDONE.get(table)
        text = say(key, was, now, comp) if say else None
        if text:
            return text
    return QCoreApplication.translate(
        "Messages", "Undone: the last change ({n} records).").format(n=len(what.changes))


def _undone_mark(key, was, now, comp) -> str:
    from ui import fmt

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


def _undone_recusal(key, was, _now, _comp) -> str:
    return (QCoreApplication.translate(
        "Messages", "Undone: recusal of {juror} from {project}") if was else
        QCoreApplication.translate(
            "Messages", "Undone: lifting the recusal of {juror} from {project}")
    ).format(juror=key[0], project=key[1])


def _undone_absence(key, was, _now, _comp) -> str:
    return (QCoreApplication.translate(
        "Messages", "Undone: {juror} absent for {project}") if was else
        QCoreApplication.translate(
            "Messages", "Undone: {juror} back in the room for {project}")
    ).format(juror=key[0], project=key[1])


def _undone_withdrawal(key, was, now, _comp) -> str | None:
    """A project withdrawn or reinstated; None for any other change of a project."""
    if not (was and now and was.get("withdrawn") != now.get("withdrawn")):
        return None
    return (QCoreApplication.translate(
        "Messages", "Undone: withdrawal of {project}") if was["withdrawn"] else
        QCoreApplication.translate("Messages", "Undone: reinstating {project}")
    ).format(project=key[0])


# what an undo of one record says, by the record's table
_UNDONE = {"marks": _undone_mark, "recusals": _undone_recusal, "absences": _undone_absence,
           "projects": _undone_withdrawal}


def explain(exc: Exception) -> str:
    """A refusal in the interface language: by its code when the domain tagged it, else
    as the domain wrote it."""
    code = getattr(exc, "code", None)
    params = getattr(exc, "params", {})
    step = params.get("step")
    if code == "off_grid" and step in _OFF_GRID:
        text = _OFF_GRID[step]
    else:
        text = _WORDS.get(code) or _PAPER.get(code)
    if text is None:
        return getattr(exc, "message", str(exc))
    return _translated(text).format(**params)


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


# a mark off the score grid, by the grid's step: whole points, or whole and half points
_OFF_GRID = {
    "1": QT_TRANSLATE_NOOP("Messages", "{text} is off the grid: marks go in whole points"),
    "0.5": QT_TRANSLATE_NOOP("Messages",
                             "{text} is off the grid: marks go in whole and half points"),
}

# the domain's other refusals by their code (InputError.code; StoreError.code for a disk
# that refuses a write)
_WORDS = {
    "not_a_number": QT_TRANSLATE_NOOP(
        "Messages", "“{text}” is not a number (or R for a recusal)"),
    "out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "{text} is out of range: marks go from 0 to {max}"),
    "off_grid": QT_TRANSLATE_NOOP(
        "Messages", "{text} is off the grid: marks go in steps of {step}"),
    "recused": QT_TRANSLATE_NOOP(
        "Messages", "{juror} is recused from {project}: press R to lift the recusal first"),
    "secretary": QT_TRANSLATE_NOOP(
        "Messages", "{name} is the secretary, who does not score"),
    "finalized": QT_TRANSLATE_NOOP(
        "Messages", "the competition is finalized: reopen it on the Finalize screen, "
                    "with a reason, to change anything"),
    "not_final": QT_TRANSLATE_NOOP(
        "Messages", "the competition is not finalized yet: the winners can still change. "
                    "Finalize it on the Finalize screen first"),
    "no_quorum": QT_TRANSLATE_NOOP(
        "Messages", "no quorum: {taking} of {scoring} scoring jurors took part in the "
                    "meeting, and {share} needs {needed}. Mark who attended (present or "
                    "remote) in the jurors table on the Set up screen before finalizing"),
    "disk_full": QT_TRANSLATE_NOOP(
        "Messages", "the disk is full. Everything saved before is safe; free some space, "
                    "then try again"),
    "read_only": QT_TRANSLATE_NOOP(
        "Messages", "the file or its folder is read-only. Everything saved before is "
                    "safe; copy the file to a folder you can write to and open it there"),
    "busy": QT_TRANSLATE_NOOP(
        "Messages", "another program is writing to the file. Everything saved before is "
                    "safe; close that program and try again"),
    "disk_error": QT_TRANSLATE_NOOP(
        "Messages", "the disk could not be written. Everything saved before is safe; "
                    "check the disk or memory stick, then try again"),
    "damaged": QT_TRANSLATE_NOOP(
        "Messages", "the file is damaged. Close Jury Room and open the file again to be "
                    "offered its newest good backup"),
    # the jury meeting's (app.meeting): a decision's votes, a dissenting opinion
    "too_many_votes": QT_TRANSLATE_NOOP(
        "Messages", "{votes} votes, but only {voters} scoring jurors took part in the "
                    "meeting"),
    "casting_not_tied": QT_TRANSLATE_NOOP(
        "Messages", "a casting vote settles a tied vote; {yes} for and {no} against is not "
                    "tied"),
    "casting_without_votes": QT_TRANSLATE_NOOP(
        "Messages", "a casting vote needs the votes it settled: for, against, abstaining"),
    "secretary_dissent": QT_TRANSLATE_NOOP(
        "Messages", "{juror} is the secretary, who does not vote: only a juror can dissent"),
    "vote_tied": QT_TRANSLATE_NOOP(
        "Messages", "{yes} for and {no} against is a tied vote: the decision stands only "
                    "with the chair's casting vote"),
    "vote_lost": QT_TRANSLATE_NOOP(
        "Messages", "{yes} for and {no} against: the jury voted this decision down, so it "
                    "cannot be recorded as taken"),
}
