"""Infix to postfix conversion (shunting-yard)."""

import re

PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}
RIGHT_ASSOCIATIVE = {"^"}
TOKEN = re.compile(r"\d+(?:\.\d+)?|[A-Za-z_]\w*|[-+*/^()]")


def tokenize(text: str) -> list[str]:
    return TOKEN.findall(text)


def _should_pop(top: str, token: str) -> bool:
    if top == "(":
        return False
    if PRECEDENCE[top] > PRECEDENCE[token]:
        return True
    return PRECEDENCE[top] == PRECEDENCE[token]


def to_postfix(tokens: list[str]) -> list[str]:
    output: list[str] = []
    stack: list[str] = []
    for token in tokens:
        if token in PRECEDENCE:
            while stack and _should_pop(stack[-1], token):
                output.append(stack.pop())
            stack.append(token)
        elif token == "(":
            stack.append(token)
        elif token == ")":
            while stack and stack[-1] != "(":
                output.append(stack.pop())
            if not stack:
                raise ValueError("unbalanced parentheses")
            stack.pop()
        else:
            output.append(token)
    while stack:
        token = stack.pop()
        if token == "(":
            raise ValueError("unbalanced parentheses")
        output.append(token)
    return output


def convert(text: str) -> str:
    return " ".join(to_postfix(tokenize(text)))
