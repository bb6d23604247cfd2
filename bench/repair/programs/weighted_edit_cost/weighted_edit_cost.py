"""Edit distance with separate prices for inserting, deleting and substituting a character."""

from collections.abc import Iterable


def edit_cost(source: str, target: str, insert: int = 1, delete: int = 1,
              substitute: int = 1) -> int:
    """Cheapest total price of the edits that turn source into target."""
    rows, cols = len(source) + 1, len(target) + 1
    table = [[0] * cols for _ in range(rows)]
    for i in range(1, rows):
        table[i][0] = i * delete
    for j in range(1, cols):
        table[0][j] = j * insert
    for i in range(1, rows):
        for j in range(1, cols):
            same = source[i - 1] == target[j - 1]
            diagonal = table[i - 1][j - 1] + (0 if same else substitute)
            table[i][j] = min(table[i - 1][j] + insert, table[i][j - 1] + delete, diagonal)
    return table[-1][-1]


def closest(word: str, vocabulary: Iterable[str], **prices: int) -> str | None:
    """The vocabulary entry cheapest to reach from word; alphabetical order breaks ties."""
    best: str | None = None
    best_cost = 0
    for candidate in sorted(set(vocabulary)):
        cost = edit_cost(word, candidate, **prices)
        if best is None or cost < best_cost:
            best, best_cost = candidate, cost
    return best


def within(word: str, vocabulary: Iterable[str], budget: int, **prices: int) -> list[str]:
    """Entries reachable from word for at most budget, cheapest first."""
    costs = {candidate: edit_cost(word, candidate, **prices) for candidate in vocabulary}
    return sorted((c for c in costs if costs[c] <= budget), key=lambda c: (costs[c], c))
