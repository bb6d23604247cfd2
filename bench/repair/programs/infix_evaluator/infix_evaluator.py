"""Recursive-descent evaluator for integer arithmetic: + - * / %, unary minus, parentheses."""

import re

TOKEN = re.compile(r"\s*(\d+|[-+*/%()])")


def tokenize(text: str) -> list[str]:
    tokens: list[str] = []
    position = 0
    text = text.rstrip()
    while position < len(text):
        match = TOKEN.match(text, position)
        if match is None:
            raise SyntaxError(f"unexpected character at {position}: {text[position]!r}")
        tokens.append(match.group(1))
        position = match.end()
    return tokens


class Evaluator:
    def __init__(self, text: str) -> None:
        self.tokens = tokenize(text)
        self.position = 0

    def evaluate(self) -> int:
        value = self._expression()
        if self._peek() is not None:
            raise SyntaxError(f"unexpected token {self._peek()!r}")
        return value

    def _peek(self) -> str | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def _take(self) -> str:
        token = self._peek()
        if token is None:
            raise SyntaxError("unexpected end of expression")
        self.position += 1
        return token

    def _expression(self) -> int:
        value = self._term()
        while self._peek() in ("+", "-"):
            if self._take() == "+":
                value += self._term()
            else:
                value = -self._term()
        return value

    def _term(self) -> int:
        value = self._factor()
        while self._peek() in ("*", "/", "%"):
            operator = self._take()
            right = self._factor()
            if operator == "*":
                value *= right
            elif operator == "/":
                value //= right
            else:
                value %= right
        return value

    def _factor(self) -> int:
        token = self._take()
        if token == "-":
            return -self._factor()
        if token == "(":
            value = self._expression()
            if self._take() != ")":
                raise SyntaxError("expected ')'")
            return value
        if token.isdigit():
            return int(token)
        raise SyntaxError(f"unexpected token {token!r}")


def evaluate(text: str) -> int:
    return Evaluator(text).evaluate()
