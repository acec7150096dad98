"""The domain's refusals in the interface language.

`app/` words its errors in English for the command line and tags the common ones with a
code (`InputError.code`, `.params`); the window words those again through tr(), so a
Russian or Kazakh secretary reads why a mark was refused in their own language. Errors
without a code are shown as the domain wrote them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


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
    else:
        return getattr(exc, "message", str(exc))
    return text.format(**exc.params)


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
