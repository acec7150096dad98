"""How a computed figure is rounded for display: one rule for the window and the protocol.

Half up, as a calculator and a spreadsheet's ROUND do (45,125 -> 45,13), applied to the
decimal the figure reads as (`repr`), not to the binary double behind it: 0.145 is stored
as 0.14499999999999999, yet a reader who sees 0,145 expects 0,15. Python's own
formatting rounds the double, half to even, and would print 45,12 and 0,14.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation


def fixed(value: float, places: int = 2, decimal_sign: str = ".") -> str:
    """`value` to `places` decimals, half up, with `decimal_sign`: 45.125 -> "45.13"."""
    try:
        exact = Decimal(repr(float(value)))
        text = str(exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))
    except (InvalidOperation, ValueError, OverflowError):   # inf, nan: as Python writes them
        text = f"{value:.{places}f}"
    if text.startswith("-") and text.strip("-0.") == "":
        text = text[1:]     # -0.001 shows as 0.00, not -0.00
    return text.replace(".", decimal_sign)
