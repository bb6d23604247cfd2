"""Quote a measurement with its uncertainty the way lab reports do: "9.810 ± 0.034".

The uncertainty keeps a fixed number of significant figures (two by default) and the value
is rounded to the same decimal place.
"""

import math
from decimal import ROUND_HALF_UP, Decimal


def round_to(value: float, decimals: int) -> Decimal:
    """Round half away from zero, on the decimal digits as written (2.675 -> 2.68)."""
    return Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def _leading_place(number: float, sig_figs: int) -> int:
    exponent = int(math.log10(number))
    return sig_figs - 1 - exponent


def places(uncertainty: float, sig_figs: int = 2) -> int:
    """Decimal places that leave sig_figs significant figures of the uncertainty.

    Negative for large uncertainties: -1 rounds to tens, -2 to hundreds.
    """
    if not uncertainty > 0:
        raise ValueError(f"uncertainty must be positive, got {uncertainty!r}")
    if sig_figs < 1:
        raise ValueError("need at least one significant figure")
    decimals = _leading_place(uncertainty, sig_figs)
    return decimals


def quote(value: float, uncertainty: float, sig_figs: int = 2) -> str:
    decimals = places(uncertainty, sig_figs)
    shown = max(decimals, 0)
    return f"{round_to(value, decimals):.{shown}f} ± {round_to(uncertainty, decimals):.{shown}f}"


def relative(value: float, uncertainty: float, sig_figs: int = 2) -> str:
    """Relative uncertainty in percent: '0.35%'."""
    if value == 0:
        raise ValueError("relative uncertainty of a zero value is undefined")
    percent = abs(uncertainty / value) * 100
    decimals = places(percent, sig_figs)
    return f"{round_to(percent, decimals):.{max(decimals, 0)}f}%"
