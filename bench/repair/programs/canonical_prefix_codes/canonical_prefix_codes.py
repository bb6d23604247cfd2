"""Canonical prefix codes built from code lengths alone (the DEFLATE scheme).

``lengths`` maps each symbol to its code length in bits; a length of 0 means the symbol
is unused and gets no code.  Codes of one length are consecutive integers in symbol
order, and shorter codes numerically precede longer ones.
"""


def assign_codes(lengths):
    """Return {symbol: bit string} for every symbol with a non-zero length."""
    if any(length < 0 for length in lengths.values()):
        raise ValueError("code lengths cannot be negative")
    max_len = max(lengths.values(), default=0)
    counts = [0] * (max_len + 1)
    for length in lengths.values():
        counts[length] += 1

    # Kraft check: the lengths must not ask for more codes than exist.
    available = 1
    for bits in range(1, max_len + 1):
        available = available * 2 - counts[bits]
        if available < 0:
            raise ValueError("code lengths are over-subscribed")

    next_code = [0] * (max_len + 1)
    code = 0
    for bits in range(1, max_len + 1):
        code = (code + counts[bits - 1]) << 1
        next_code[bits] = code

    codes = {}
    for symbol in sorted(lengths):
        length = lengths[symbol]
        if length:
            codes[symbol] = format(next_code[length], f"0{length}b")
            next_code[length] += 1
    return codes


def encode(message, lengths):
    codes = assign_codes(lengths)
    return "".join(codes[symbol] for symbol in message)


def decode(bits, lengths):
    by_code = {code: symbol for symbol, code in assign_codes(lengths).items()}
    out, current = [], ""
    for bit in bits:
        current += bit
        if current in by_code:
            out.append(by_code[current])
            current = ""
    if current:
        raise ValueError(f"trailing bits {current!r} do not form a code")
    return out
