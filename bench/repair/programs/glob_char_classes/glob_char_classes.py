"""Shell-style glob matching of paths: *, ?, [abc], [a-z], [!abc] and backslash escapes.

Unlike fnmatch, no wildcard ever matches '/', so `src/*.py` does not match `src/a/b.py`.
"""


def _class_end(pattern: str, start: int) -> int:
    """Index of the ']' closing the class opened at pattern[start], or -1 if unclosed."""
    i = start + 1
    if i < len(pattern) and pattern[i] == "!":
        i += 1
    if i < len(pattern) and pattern[i] == "]":
        i += 1  # a ']' right after '[' or '[!' is a literal member
    return pattern.find("]", i)


def _in_class(body: str, char: str) -> bool:
    negate = body.startswith("!")
    if negate:
        body = body[1:]
    found = False
    i = 0
    while i < len(body):
        if i + 2 < len(body) and body[i + 1] == "-":
            found = found or body[i] <= char <= body[i + 2]
            i += 3
        else:
            found = found or body[i] == char
            i += 1
    return found != negate


def _step(pattern: str, p: int, char: str) -> int:
    """Pattern index after the token at p if it matches char, else -1."""
    if p >= len(pattern) or char == "/" and pattern[p] in "?[":
        return -1
    token = pattern[p]
    if token == "?":
        return p + 1
    if token == "[":
        end = _class_end(pattern, p)
        if end != -1:
            return end + 1 if _in_class(pattern[p:end], char) else -1
    if token == "\\" and p + 1 < len(pattern):
        p += 1
    return p + 1 if pattern[p] == char else -1


def glob_match(pattern: str, path: str) -> bool:
    p = n = 0
    star, resume = -1, 0
    while n < len(path):
        if p < len(pattern) and pattern[p] == "*":
            star, resume = p, n
            p += 1
            continue
        after = _step(pattern, p, path[n])
        if after != -1:
            p, n = after, n + 1
        elif star != -1 and path[resume] != "/":
            resume += 1
            p, n = star + 1, resume
        else:
            return False
    while p < len(pattern) and pattern[p] == "*":
        p += 1
    return p == len(pattern)


def glob_filter(pattern: str, paths: list[str]) -> list[str]:
    return [path for path in paths if glob_match(pattern, path)]
