"""Glob matching for workspace paths: `?`, `*` within a segment, `**` across them."""

from functools import lru_cache


def segment_match(pattern, name):
    """Match one path segment; `*` and `?` never match a slash."""
    p, n = len(pattern), len(name)
    # dp[j] is True when pattern[:i] matches name[:j]
    dp = [True] + [False] * n
    for i in range(1, p + 1):
        ch = pattern[i - 1]
        new = [False] * (n + 1)
        if ch == "*":
            new[0] = dp[0]
            for j in range(1, n + 1):
                new[j] = dp[j] or new[j - 1]
        else:
            for j in range(1, n + 1):
                new[j] = dp[j - 1] and (ch == "?" or ch == name[j - 1])
        dp = new
    return dp[n]


def glob_match(pattern, path):
    """True when the whole path matches; `**` stands for zero or more segments."""
    pat = [s for s in pattern.strip("/").split("/") if s]
    parts = [s for s in path.strip("/").split("/") if s]

    @lru_cache(maxsize=None)
    def match_from(i, j):
        if i == len(pat):
            return j == len(parts)
        if pat[i] == "**":
            return any(match_from(i + 1, k) for k in range(j, len(parts)))
        if j == len(parts):
            return False
        return segment_match(pat[i], parts[j]) and match_from(i + 1, j + 1)

    return match_from(0, 0)


def select(paths, patterns):
    """Filter paths gitignore-style: the last matching pattern wins, `!` re-includes."""
    chosen = []
    for path in paths:
        keep = False
        for pattern in patterns:
            negate = pattern.startswith("!")
            if glob_match(pattern[1:] if negate else pattern, path):
                keep = not negate
        if keep:
            chosen.append(path)
    return chosen
