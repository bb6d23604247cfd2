"""Fewest turns to open a combination lock whose wheels show the digits 0-9."""

from collections import deque
from collections.abc import Iterable, Iterator


def neighbours(code: str) -> Iterator[str]:
    """Codes one turn away: one wheel moved one notch up or down (9 and 0 are adjacent)."""
    for index, char in enumerate(code):
        digit = int(char)
        for step in (1, -1):
            yield code[:index] + str((digit + step) % 10) + code[index + 1:]


def fewest_turns(target: str, deadends: Iterable[str] = (), start: str | None = None) -> int:
    """Turns needed to get from start (all zeros by default) to target without the lock
    ever showing a dead-end code, or -1 if that cannot be done."""
    if start is None:
        start = "0" * len(target)
    if len(start) != len(target):
        raise ValueError("start and target need the same number of wheels")
    blocked = set(deadends)
    if target in blocked:
        return -1
    if start == target:
        return 0
    seen = {start}
    queue = deque([(start, 0)])
    while queue:
        code, turns = queue.popleft()
        for nxt in neighbours(code):
            if nxt in seen or nxt in blocked:
                continue
            if nxt == target:
                return turns
            seen.add(nxt)
            queue.append((nxt, turns + 1))
    return -1
