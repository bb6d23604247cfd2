"""Tokenizer for a small arithmetic expression language, with line and column positions."""

from __future__ import annotations

from dataclasses import dataclass

OPERATORS = ("**", "//", "==", "!=", "<=", ">=", "+", "-", "*", "/", "%", "<", ">", "(", ")",
             ",", "=")


@dataclass(frozen=True)
class Token:
    kind: str  # "number", "name", "op" or "newline"
    text: str
    line: int
    column: int


class TokenizeError(ValueError):
    def __init__(self, message: str, line: int, column: int) -> None:
        super().__init__(f"{message} at line {line}, column {column}")
        self.line = line
        self.column = column


def _scan_number(source: str, start: int) -> int:
    end = start
    seen_dot = False
    while end < len(source) and (source[end].isdigit() or (source[end] == "." and not seen_dot)):
        seen_dot = seen_dot or source[end] == "."
        end += 1
    return end


def tokenize(source: str) -> list[Token]:
    tokens: list[Token] = []
    line, line_start, i = 1, 0, 0
    while i < len(source):
        char = source[i]
        column = i + line_start + 1
        if char == "\n":
            tokens.append(Token("newline", char, line, column))
            line, line_start, i = line + 1, i + 1, i + 1
        elif char in " \t\r":
            i += 1
        elif char.isdigit() or (char == "." and source[i + 1 : i + 2].isdigit()):
            end = _scan_number(source, i)
            tokens.append(Token("number", source[i:end], line, column))
            i = end
        elif char.isalpha() or char == "_":
            end = i + 1
            while end < len(source) and source[end].isalnum():
                end += 1
            tokens.append(Token("name", source[i:end], line, column))
            i = end
        else:
            op = next((op for op in OPERATORS if source.startswith(op, i)), None)
            if op is None:
                raise TokenizeError(f"unexpected character {char!r}", line, column)
            tokens.append(Token("op", op, line, column))
            i += len(op)
    return tokens
