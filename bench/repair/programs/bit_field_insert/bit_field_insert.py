"""Packing small values into bit fields of a non-negative integer.

Bits are numbered from 0 (least significant). A field spans bits lo..hi,
both ends included.
"""


def _check_span(lo, hi):
    if lo < 0 or hi < lo:
        raise ValueError(f"bad bit span {lo}..{hi}")


def field_mask(lo, hi):
    """Integer with ones exactly on bits lo..hi."""
    _check_span(lo, hi)
    return ((1 << (hi - lo + 1)) - 1) << lo


def get_field(word, lo, hi):
    """Value stored in bits lo..hi of word."""
    return (word & field_mask(lo, hi)) >> lo


def set_field(word, value, lo, hi):
    """Return word with bits lo..hi replaced by value.

    Raises ValueError when value needs more bits than the field has.
    """
    _check_span(lo, hi)
    width = hi - lo
    if value < 0 or value >> width:
        raise ValueError(f"{value} does not fit in {width} bits")
    mask = ((1 << width) - 1) << lo
    return (word & ~mask) | (value << lo)


def pack(fields):
    """Build a word from (value, lo, hi) triples."""
    word = 0
    for value, lo, hi in fields:
        word = set_field(word, value, lo, hi)
    return word
