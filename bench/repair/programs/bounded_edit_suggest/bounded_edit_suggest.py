"""Spelling suggestions with a Levenshtein distance that gives up past a bound."""


def bounded_distance(a, b, limit):
    """Edit distance between a and b if it is at most limit, else None.

    Rows of the usual dynamic programme are filled one at a time; once every
    cell of a row exceeds limit, no later cell can come back under it.
    """
    if abs(len(a) - len(b)) > limit:
        return None
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(
                previous[j] + 1,         # delete a[i-1]
                previous[j - 1] + 1,     # insert b[j-1]
                previous[j - 1] + cost,  # keep or substitute
            )
        if min(current) > limit:
            return None
        previous = current
    distance = previous[-1]
    return distance if distance <= limit else None


def suggest(word, vocabulary, limit=2, count=3):
    """Up to count vocabulary words within limit edits, closest first, then alphabetical."""
    word = word.lower()
    scored = []
    for candidate in set(vocabulary):
        distance = bounded_distance(word, candidate.lower(), limit)
        if distance is not None:
            scored.append((distance, candidate))
    scored.sort()
    return [candidate for _, candidate in scored[:count]]
