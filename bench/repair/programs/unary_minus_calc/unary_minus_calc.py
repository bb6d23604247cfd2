"""Tokenize and evaluate arithmetic with unary minus, e.g. "-(2 + 3) * -4"."""

import operator
from collections.abc import Callable

NEGATE = "neg"
BINARY: dict[str, tuple[int, Callable[[float, float], float]]] = {
    "+": (1, operator.add),
    "-": (1, operator.sub),
    "*": (2, operator.mul),
    "/": (2, operator.truediv),
}
PRECEDENCE = {NEGATE: 3, **{symbol: rank for symbol, (rank, _) in BINARY.items()}}


def tokenize(text: str) -> list[str]:
    tokens: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char.isspace():
            i += 1
            continue
        if char.isdigit() or char == ".":
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            tokens.append(text[start:i])
            continue
        if char == "-" and (not tokens or tokens[-1] in PRECEDENCE or tokens[-1] == "("):
            tokens.append(NEGATE)
        elif char in BINARY or char in "()":
            tokens.append(char)
        else:
            raise ValueError(f"unexpected character {char!r} at position {i}")
        i += 1
    return tokens


def to_postfix(tokens: list[str]) -> list[str]:
    output: list[str] = []
    pending: list[str] = []
    for token in tokens:
        if token in ("(", NEGATE):
            pending.append(token)
        elif token == ")":
            while pending and pending[-1] != "(":
                output.append(pending.pop())
            if not pending:
                raise ValueError("unbalanced ')'")
            pending.pop()
        elif token in BINARY:
            while pending and pending[-1] != "(" and PRECEDENCE[pending[-1]] >= PRECEDENCE[token]:
                output.append(pending.pop())
            pending.append(token)
        else:
            output.append(token)
    while pending:
        output.append(pending.pop(0))
    return output


def evaluate(text: str) -> float:
    stack: list[float] = []
    for token in to_postfix(tokenize(text)):
        if token == NEGATE:
            stack.append(-stack.pop())
        elif token in BINARY:
            right, left = stack.pop(), stack.pop()
            stack.append(BINARY[token][1](left, right))
        elif token == "(":
            raise ValueError("unbalanced '('")
        else:
            stack.append(float(token))
    if len(stack) != 1:
        raise ValueError(f"malformed expression: {text!r}")
    return stack[0]
