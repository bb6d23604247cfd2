"""Tokenise arithmetic source, recognising number literals with a state table."""

DIGITS = "0123456789"
OPERATORS = "+-*/()=,"

TRANSITIONS = {
    "start": {"sign": "unsigned", "digit": "int", "dot": "lead_dot"},
    "unsigned": {"digit": "int", "dot": "lead_dot"},
    "int": {"digit": "int", "dot": "trail_dot", "exp": "exp"},
    "lead_dot": {"digit": "frac"},
    "trail_dot": {"digit": "frac", "exp": "exp"},
    "frac": {"digit": "frac", "exp": "exp"},
    "exp": {"digit": "exp_digits"},
    "exp_sign": {"digit": "exp_digits"},
    "exp_digits": {"digit": "exp_digits"},
}
ACCEPTING = frozenset({"int", "trail_dot", "frac", "exp_digits"})


def char_class(ch):
    if ch in DIGITS:
        return "digit"
    if ch in "+-":
        return "sign"
    if ch == ".":
        return "dot"
    if ch in "eE":
        return "exp"
    return "other"


def longest_literal(text, pos, state="start"):
    """(end, final_state) of the longest literal starting at pos, or None."""
    best = None
    while pos < len(text):
        state = TRANSITIONS[state].get(char_class(text[pos]))
        if state is None:
            break
        pos += 1
        if state in ACCEPTING:
            best = (pos, state)
    return best


def classify(text):
    """'int' or 'float' if the whole text is one signed literal, else None."""
    match = longest_literal(text, 0)
    if match is None or match[0] != len(text):
        return None
    return "int" if match[1] == "int" else "float"


def tokenize(source):
    tokens = []
    pos = 0
    while pos < len(source):
        ch = source[pos]
        if ch.isspace():
            pos += 1
            continue
        match = longest_literal(source, pos, "unsigned") if ch in DIGITS + "." else None
        if match is not None:
            end, state = match
            tokens.append(("INT" if state == "int" else "FLOAT", source[pos:end]))
        elif ch.isalpha() or ch == "_":
            end = pos + 1
            while end < len(source) and (source[end].isalnum() or source[end] == "_"):
                end += 1
            tokens.append(("NAME", source[pos:end]))
        elif ch in OPERATORS or ch == ".":
            end = pos + 1
            tokens.append(("OP", ch))
        else:
            raise SyntaxError(f"unexpected {ch!r} at column {pos}")
        pos = end
    return tokens
