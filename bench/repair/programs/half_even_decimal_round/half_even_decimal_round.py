"""Banker's rounding (round half to even) on decimal strings, without float error."""


def round_half_even(text, places=0):
    """Round the decimal number in `text` to `places` fractional digits.

    Works on the digits themselves, so "2.675" rounds like the decimal
    value 2.675 and not like the nearest binary float.  Returns a string.
    """
    if places < 0:
        raise ValueError("places must be >= 0")
    text = text.strip()
    negative = text.startswith("-")
    if text[:1] in ("+", "-"):
        text = text[1:]
    whole, _, frac = text.partition(".")
    if not (whole + frac).isdigit():
        raise ValueError(f"not a decimal number: {text!r}")
    frac = frac.ljust(places + 1, "0")
    kept = int((whole or "0") + frac[:places])
    first_dropped = int(frac[places])
    rest_nonzero = any(ch != "0" for ch in frac[places + 1:])
    if first_dropped > 5 or (first_dropped == 5 and (rest_nonzero and kept % 2 == 1)):
        kept += 1
    digits = str(kept).rjust(places + 1, "0")
    if places:
        digits = digits[:-places] + "." + digits[-places:]
    if negative and kept != 0:
        digits = "-" + digits
    return digits


def round_all(values, places=0):
    """Round a column of decimal strings, e.g. invoice lines."""
    return [round_half_even(v, places) for v in values]
