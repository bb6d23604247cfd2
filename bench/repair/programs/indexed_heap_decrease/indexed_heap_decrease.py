"""Binary min-heap addressed by item, with decrease-key (for Dijkstra and Prim)."""


class IndexedHeap:
    def __init__(self):
        self._heap = []  # entries are [priority, item]
        self._pos = {}  # item -> index of its entry in _heap

    def __len__(self):
        return len(self._heap)

    def __contains__(self, item):
        return item in self._pos

    def priority(self, item):
        return self._heap[self._pos[item]][0]

    def peek(self):
        if not self._heap:
            raise IndexError("peek at empty heap")
        priority, item = self._heap[0]
        return item, priority

    def push(self, item, priority):
        if item in self._pos:
            raise KeyError(f"{item!r} is already queued")
        self._heap.append([priority, item])
        self._pos[item] = len(self._heap) - 1
        self._sift_up(len(self._heap) - 1)

    def decrease_key(self, item, priority):
        i = self._pos[item]
        if priority > self._heap[i][0]:
            raise ValueError("new priority is larger than the current one")
        self._heap[i][0] = priority
        self._sift_up(i)

    def pop(self):
        if not self._heap:
            raise IndexError("pop from empty heap")
        self._swap(0, len(self._heap) - 1)
        priority, item = self._heap.pop()
        del self._pos[item]
        if self._heap:
            self._sift_down(0)
        return item, priority

    def _swap(self, i, j):
        heap = self._heap
        heap[i], heap[j] = heap[j], heap[i]
        self._pos[heap[i][1]] = i
        self._pos[heap[j][1]] = j

    def _sift_up(self, i):
        while i > 0:
            parent = (i - 1) // 2
            if self._heap[i][0] >= self._heap[parent][0]:
                break
            self._swap(i, parent)
            i = parent

    def _sift_down(self, i):
        n = len(self._heap)
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and self._heap[child][0] < self._heap[i][0]:
                    smallest = child
            if smallest == i:
                return
            self._swap(i, smallest)
            i = smallest
