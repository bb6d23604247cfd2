"""A binary min-heap of delayed jobs, ordered by run time then by insertion order."""


class DelayedJobHeap:
    def __init__(self):
        self._heap = []  # entries are (run_at, seq, job)
        self._seq = 0

    def __len__(self):
        return len(self._heap)

    def push(self, run_at, job):
        self._heap.append((run_at, self._seq, job))
        self._seq += 1
        self._sift_up(len(self._heap) - 1)

    def next_run_at(self):
        return self._heap[0][0] if self._heap else None

    def pop(self):
        """Remove and return (run_at, job) for the earliest job."""
        heap = self._heap
        if not heap:
            raise IndexError("pop from an empty DelayedJobHeap")
        top = heap[0]
        last = heap.pop()
        if heap:
            heap[0] = last
            self._sift_down(0)
        return top[0], top[2]

    def pop_due(self, now):
        """Remove and return the jobs whose run time has come, earliest first."""
        due = []
        while self._heap and self._heap[0][0] < now:
            due.append(self.pop()[1])
        return due

    def _key(self, i):
        return self._heap[i][:2]

    def _sift_up(self, i):
        heap = self._heap
        while i > 0:
            parent = (i - 1) // 2
            if self._key(i) >= self._key(parent):
                break
            heap[i], heap[parent] = heap[parent], heap[i]
            i = parent

    def _sift_down(self, i):
        heap = self._heap
        n = len(heap)
        while True:
            left = 2 * i + 1
            right = left + 1
            smallest = i
            if left < n and self._key(left) < self._key(smallest):
                smallest = left
            if right < n and self._key(right) < self._key(left):
                smallest = right
            if smallest == i:
                return
            heap[i], heap[smallest] = heap[smallest], heap[i]
            i = smallest
