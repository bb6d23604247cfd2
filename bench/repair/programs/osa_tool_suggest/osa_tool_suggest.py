"""Edit distance for "did you mean ...?" hints on misspelled tool names.

Uses the optimal string alignment (restricted Damerau-Levenshtein) distance:
insertions, deletions, substitutions and transpositions of two adjacent
characters each cost 1, and no substring is edited more than once.
"""


def osa_distance(a, b):
    rows, cols = len(a) + 1, len(b) + 1
    dist = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        dist[i][0] = i
    for j in range(cols):
        dist[0][j] = j
    for i in range(1, rows):
        for j in range(1, cols):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            dist[i][j] = min(
                dist[i - 1][j] + 1,
                dist[i][j - 1] + 1,
                dist[i - 1][j - 1] + cost,
            )
            if i > 1 and j > 1 and a[i - 1] == b[j - 2]:
                dist[i][j] = min(dist[i][j], dist[i - 2][j - 2] + 1)
    return dist[-1][-1]


def suggest(name, known, max_distance=2, limit=3):
    """Known names within max_distance of `name`, closest first, then alphabetical."""
    lowered = name.lower()
    scored = []
    for candidate in known:
        distance = osa_distance(lowered, candidate.lower())
        if distance <= max_distance:
            scored.append((distance, candidate))
    scored.sort()
    return [candidate for _, candidate in scored[:limit]]


def unknown_tool_message(name, known):
    hints = suggest(name, known)
    message = f"Unknown tool {name!r}."
    if hints:
        message += " Did you mean " + " or ".join(repr(hint) for hint in hints) + "?"
    return message
