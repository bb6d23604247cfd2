"""Binary min-heap keyed by name, with priority changes in O(log n) (e.g. for Dijkstra)."""


class IndexedMinPQ:
    """Smallest priority first; equal priorities come out in key order."""

    def __init__(self) -> None:
        self._heap: list[tuple[int, str]] = []
        self._pos: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._heap)

    def __contains__(self, key: str) -> bool:
        return key in self._pos

    def priority(self, key: str) -> int:
        return self._heap[self._pos[key]][0]

    def push(self, key: str, priority: int) -> None:
        if key in self._pos:
            raise KeyError(f"{key!r} is already queued; use update()")
        self._heap.append((priority, key))
        self._pos[key] = len(self._heap) - 1
        self._sift_up(len(self._heap) - 1)

    def update(self, key: str, priority: int) -> None:
        """Change the priority of a queued key, up or down."""
        index = self._pos[key]
        self._heap[index] = (priority, key)
        self._sift_up(index)

    def peek(self) -> tuple[str, int]:
        priority, key = self._heap[0]
        return key, priority

    def pop(self) -> tuple[str, int]:
        if not self._heap:
            raise IndexError("pop from an empty queue")
        self._swap(0, len(self._heap) - 1)
        priority, key = self._heap.pop()
        if self._heap:
            self._sift_down(0)
        return key, priority

    def remove(self, key: str) -> None:
        index = self._pos.pop(key)
        last = self._heap.pop()
        if index < len(self._heap):
            self._heap[index] = last
            self._pos[last[1]] = index
            self._sift_up(index)
            self._sift_down(self._pos[last[1]])

    def _swap(self, i: int, j: int) -> None:
        self._heap[i], self._heap[j] = self._heap[j], self._heap[i]
        self._pos[self._heap[i][1]] = i
        self._pos[self._heap[j][1]] = j

    def _sift_up(self, index: int) -> None:
        while index > 0 and self._heap[index] < self._heap[(index - 1) // 2]:
            self._swap(index, (index - 1) // 2)
            index = (index - 1) // 2

    def _sift_down(self, index: int) -> None:
        size = len(self._heap)
        while True:
            smallest = index
            for child in (2 * index + 1, 2 * index + 2):
                if child < size and self._heap[child] < self._heap[smallest]:
                    smallest = child
            if smallest == index:
                return
            self._swap(index, smallest)
            index = smallest
