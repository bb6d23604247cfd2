"""Minimum ASCII delete sum: an edit-distance variant with deletions only.

Both strings may only lose characters; deleting a character costs its code
point. The cheapest way to make the strings equal keeps a common
subsequence of maximum total weight.
"""


def delete_cost_table(a, b):
    """dp[i][j] = cheapest deletions turning a[:i] and b[:j] into the same string."""
    rows, cols = len(a) + 1, len(b) + 1
    dp = [[0] * cols for _ in range(rows)]
    for i in range(1, rows):
        dp[i][0] = dp[i - 1][0] + ord(a[i - 1])
    for j in range(1, cols):
        dp[0][j] = ord(b[j - 1])
    for i in range(1, rows):
        for j in range(1, cols):
            if a[i - 1] == b[j - 1]:
                dp[i][j] = dp[i - 1][j - 1]
            else:
                dp[i][j] = min(
                    dp[i - 1][j] + ord(a[i - 1]),
                    dp[i][j - 1] + ord(b[j - 1]),
                )
    return dp


def min_delete_sum(a, b):
    """Smallest sum of ord() over the characters deleted from a and b."""
    return delete_cost_table(a, b)[-1][-1]


def kept_weight(a, b):
    """Total code-point weight of the best common subsequence that survives."""
    total = sum(map(ord, a)) + sum(map(ord, b))
    return (total - min_delete_sum(a, b)) // 2
