"""Binary min-heap stored in a Python list."""

from collections.abc import Iterable


class MinHeap:
    def __init__(self, items: Iterable[int] = ()) -> None:
        self.items: list[int] = []
        for item in items:
            self.push(item)

    def __len__(self) -> int:
        return len(self.items)

    def peek(self) -> int:
        if not self.items:
            raise IndexError("peek at empty heap")
        return self.items[0]

    def push(self, item: int) -> None:
        items = self.items
        items.append(item)
        child = len(items) - 1
        while child > 0:
            parent = (child - 1) // 2
            if items[parent] <= items[child]:
                break
            items[parent], items[child] = items[child], items[parent]
            child = parent

    def pop(self) -> int:
        items = self.items
        if not items:
            raise IndexError("pop from empty heap")
        last = items.pop()
        if not items:
            return last
        top, items[0] = items[0], last
        parent = 0
        while True:
            smallest = parent
            for child in (2 * parent + 1, 2 * parent + 2):
                if items[child] < items[smallest]:
                    smallest = child
            if smallest == parent:
                return top
            items[parent], items[smallest] = items[smallest], items[parent]
            parent = smallest


def heap_sort(values: Iterable[int]) -> list[int]:
    heap = MinHeap(values)
    return [heap.pop() for _ in range(len(heap))]
