"""A d-ary min-heap stored in a flat list.

With arity d, the children of slot i are slots d*i + 1 .. d*i + d and the
parent of slot i is (i - 1) // d. Larger arities make pushes cheaper and pops
a little dearer; d = 2 is the ordinary binary heap.
"""
from typing import Any, Iterable


class DaryHeap:
    def __init__(self, arity: int = 4, items: Iterable[Any] = ()):
        if arity < 2:
            raise ValueError("arity must be at least 2")
        self.d = arity
        self.data = list(items)
        for i in reversed(range(len(self.data))):
            self._sift_down(i)

    def __len__(self) -> int:
        return len(self.data)

    def peek(self) -> Any:
        if not self.data:
            raise IndexError("peek from empty heap")
        return self.data[0]

    def push(self, item: Any) -> None:
        self.data.append(item)
        self._sift_up(len(self.data) - 1)

    def pop(self) -> Any:
        if not self.data:
            raise IndexError("pop from empty heap")
        top = self.data[0]
        last = self.data.pop()
        if self.data:
            self.data[0] = last
            self._sift_down(0)
        return top

    def _sift_up(self, i: int) -> None:
        data, item = self.data, self.data[i]
        while i > 0:
            parent = (i - 1) // self.d
            if not item < data[parent]:
                break
            data[i] = data[parent]
            i = parent
        data[i] = item

    def _sift_down(self, i: int) -> None:
        data, n = self.data, len(self.data)
        while True:
            first = self.d * i + 1
            last = min(self.d * i + self.d, n - 1)
            if first > last:
                return
            smallest = min(range(first, last), key=data.__getitem__)
            if not data[smallest] < data[i]:
                return
            data[i], data[smallest] = data[smallest], data[i]
            i = smallest


def dary_sorted(items: Iterable[Any], arity: int = 4) -> list[Any]:
    heap = DaryHeap(arity, items)
    return [heap.pop() for _ in range(len(heap))]
