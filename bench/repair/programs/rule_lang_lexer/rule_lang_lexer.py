"""Tokenizer for a small rule language: ``level >= 3 && name != "bob"``."""
from typing import NamedTuple


class Token(NamedTuple):
    kind: str   # "num", "name", "str" or "op"
    text: str   # for "str": the contents between the quotes, escapes kept as written
    pos: int    # index of the token's first character in the source


TWO_CHAR_OPS = {"==", "!=", "<=", ">=", "&&", "||", "->"}
ONE_CHAR_OPS = set("+-*/%<>=!()[]{},.:")


def tokenize(src):
    """Return the list of tokens in src; raise SyntaxError on bad input."""
    tokens = []
    i, n = 0, len(src)
    while i < n:
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < n and (src[j].isdigit() or src[j] == "_"):
                j += 1
            if j + 1 < n and src[j] == "." and src[j + 1].isdigit():
                j += 1
                while j < n and src[j].isdigit():
                    j += 1
            tokens.append(Token("num", src[i:j], i))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i + 1
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(Token("name", src[i:j], i))
            i = j
        elif ch in "\"'":
            j = i + 1
            while j < n and src[j] != ch:
                j += 2 if src[j] == "\\" else 1
            if j >= n:
                raise SyntaxError(f"unterminated string at {i}")
            tokens.append(Token("str", src[i:j], i))
            i = j + 1
        elif src[i:i + 2] in TWO_CHAR_OPS:
            tokens.append(Token("op", src[i:i + 2], i))
            i += 2
        elif ch in ONE_CHAR_OPS:
            tokens.append(Token("op", ch, i))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    return tokens
