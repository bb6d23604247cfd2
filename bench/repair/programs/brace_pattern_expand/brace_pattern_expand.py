"""Shell-style brace expansion: 'log.{txt,gz}' -> ['log.txt', 'log.gz'], '{1..3}', nesting."""


def _matching_close(pattern, open_at):
    depth = 0
    for i in range(open_at, len(pattern)):
        if pattern[i] == "{":
            depth += 1
        elif pattern[i] == "}":
            depth -= 1
            if depth == 0:
                return i
    return -1


def _split_top_level(body):
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(body):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(body[start:i])
            start = i + 1
    parts.append(body[start:])
    return parts


def _numeric_range(body):
    low, sep, high = body.partition("..")
    if not sep:
        return None
    try:
        first, last = int(low), int(high)
    except ValueError:
        return None
    step = 1 if last >= first else -1
    return [str(n) for n in range(first, last + step, step)]


def expand(pattern):
    """All expansions of pattern, left to right; unmatched or one-item braces stay literal."""
    open_at = pattern.find("{")
    while open_at != -1:
        close = _matching_close(pattern, open_at)
        if close == -1:
            break
        body = pattern[open_at + 1:close]
        options = _numeric_range(body)
        if options is None:
            options = _split_top_level(body)
            if len(options) < 2:
                open_at = pattern.find("{", open_at + 1)
                continue
        head, tail = pattern[:open_at], pattern[close + 1:]
        results = []
        for option in options:
            for rest in expand(option + tail):
                results.append(rest)
        return results
    return [pattern]


def expand_all(patterns):
    """Expand several patterns, dropping duplicates but keeping first-seen order."""
    seen = {}
    for pattern in patterns:
        for item in expand(pattern):
            seen.setdefault(item, None)
    return list(seen)
