"""The domain's refusals in the interface language.

`app/` words its errors in English for the command line and tags the common ones with a
code (`InputError.code`, `.params`); the window words those again through tr(), so a
Russian or Kazakh secretary reads why a mark was refused in their own language. Errors
without a code are shown as the domain wrote them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


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
    else:
        return getattr(exc, "message", str(exc))
    return text.format(**exc.params)
