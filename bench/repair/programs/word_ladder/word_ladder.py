"""Word ladders: turn one word into another by changing a letter at a time, every step a word."""

from collections import deque
from collections.abc import Iterable, Iterator


def _patterns(word: str) -> Iterator[str]:
    for i in range(len(word)):
        yield word[:i] + "*" + word[i + 1:]


def build_index(words: Iterable[str]) -> dict[str, list[str]]:
    """Map wildcard patterns such as 'c*t' to the words that fit them."""
    index: dict[str, list[str]] = {}
    for word in words:
        for pattern in _patterns(word):
            index.setdefault(pattern, []).append(word)
    return index


def neighbours(word: str, index: dict[str, list[str]]) -> Iterator[str]:
    for pattern in _patterns(word):
        for other in index.get(pattern, []):
            if other != word:
                yield other


def shortest_ladder(start: str, goal: str, words: Iterable[str]) -> list[str] | None:
    """A ladder with the fewest steps from start to goal (both included), or None."""
    vocabulary = list(dict.fromkeys([start, *words]))
    if goal not in vocabulary or len(start) != len(goal):
        return None
    index = build_index(vocabulary)
    came_from: dict[str, str | None] = {start: None}
    queue = deque([start])
    while queue:
        word = queue.pop()
        if word == goal:
            ladder: list[str] = []
            step: str | None = word
            while step is not None:
                ladder.append(step)
                step = came_from[step]
            return ladder[::-1]
        for nxt in neighbours(word, index):
            if nxt not in came_from:
                came_from[nxt] = word
                queue.append(nxt)
    return None


def ladder_length(start: str, goal: str, words: Iterable[str]) -> int:
    """Number of words in the shortest ladder, 0 when there is none."""
    ladder = shortest_ladder(start, goal, words)
    return 0 if ladder is None else len(ladder)
