"""Tag filter queries such as `python AND (web OR cli) AND NOT beta`.

NOT binds tighter than AND, and AND tighter than OR. Any other word is a tag,
compared case-insensitively. The query is evaluated while it is parsed.
"""

import re

TOKEN = re.compile(r"[()]|[^\s()]+")
KEYWORDS = {"AND", "OR", "NOT"}


class QuerySyntaxError(ValueError):
    pass


class _Evaluator:
    def __init__(self, query: str, tags: set[str]) -> None:
        self.tokens = TOKEN.findall(query)
        self.pos = 0
        self.tags = {tag.lower() for tag in tags}

    def peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self, expected: str | None = None) -> str:
        token = self.peek()
        if token is None or (expected is not None and token != expected):
            raise QuerySyntaxError(f"expected {expected or 'a tag'} at token {self.pos + 1}")
        self.pos += 1
        return token

    def parse_or(self) -> bool:
        value = self.parse_and()
        while self.peek() == "OR":
            self.take()
            right = self.parse_and()
            value = value or right
        return value

    def parse_and(self) -> bool:
        value = self.parse_not()
        while self.peek() == "AND":
            self.take()
            value = value and self.parse_not()
        return value

    def parse_not(self) -> bool:
        if self.peek() == "NOT":
            self.take()
            return not self.parse_not()
        return self.parse_atom()

    def parse_atom(self) -> bool:
        token = self.take()
        if token == "(":
            value = self.parse_or()
            self.take(")")
            return value
        if token == ")" or token in KEYWORDS:
            raise QuerySyntaxError(f"unexpected {token!r} at token {self.pos}")
        return token.lower() in self.tags


def matches(query: str, tags: set[str]) -> bool:
    evaluator = _Evaluator(query, tags)
    value = evaluator.parse_or()
    if evaluator.peek() is not None:
        raise QuerySyntaxError(f"unexpected {evaluator.peek()!r} at token {evaluator.pos + 1}")
    return value


def filter_items(query: str, items: dict[str, set[str]]) -> list[str]:
    """Names of the items whose tags satisfy the query, in the given order."""
    return [name for name, tags in items.items() if matches(query, tags)]
