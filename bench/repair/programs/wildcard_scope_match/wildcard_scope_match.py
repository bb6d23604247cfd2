"""Wildcard matching for permission patterns such as ``repo:*:read``.

``*`` matches any run of characters (including none) and ``?`` matches
exactly one character.  Classic dynamic programming over prefixes.
"""


def wildcard_match(pattern, text):
    m, n = len(pattern), len(text)
    # dp[i][j]: pattern[:i] matches text[:j]
    dp = [[False] * (n + 1) for _ in range(m + 1)]
    dp[0][0] = True
    for i in range(1, m + 1):
        if pattern[i - 1] == "*":
            dp[i][0] = dp[i - 1][0]
    for i in range(1, m + 1):
        p = pattern[i - 1]
        for j in range(1, n + 1):
            if p == "*":
                dp[i][j] = dp[i - 1][j] or dp[i - 1][j - 1]
            elif p == "?" or p == text[j - 1]:
                dp[i][j] = dp[i - 1][j - 1]
    return dp[m][n]


def first_match(patterns, text):
    """Return the first pattern that matches ``text``, or None."""
    for pattern in patterns:
        if wildcard_match(pattern, text):
            return pattern
    return None


def matching(pattern, names):
    return [name for name in names if wildcard_match(pattern, name)]
