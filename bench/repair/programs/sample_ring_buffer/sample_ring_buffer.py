"""Fixed-capacity ring buffer of samples; once full, new samples overwrite the oldest."""


class RingBuffer:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self._data = [None] * capacity
        self._cap = capacity
        self._start = 0  # index of the oldest sample
        self._count = 0

    def __len__(self):
        return self._count

    @property
    def full(self):
        return self._count == self._cap

    def append(self, value):
        end = self._count % self._cap
        self._data[end] = value
        if self._count == self._cap:
            self._start = (self._start + 1) % self._cap
        else:
            self._count += 1

    def extend(self, values):
        for value in values:
            self.append(value)

    def popleft(self):
        if not self._count:
            raise IndexError("pop from an empty ring buffer")
        value = self._data[self._start]
        self._data[self._start] = None
        self._start = (self._start + 1) % self._cap
        self._count -= 1
        return value

    def __getitem__(self, i):
        if i < 0:
            i += self._count
        if not 0 <= i < self._count:
            raise IndexError("ring buffer index out of range")
        return self._data[(self._start + i) % self._cap]

    def to_list(self):
        return [self[i] for i in range(self._count)]

    def latest(self, n):
        """The n most recent samples, oldest first."""
        n = min(n, self._count)
        return [self[i] for i in range(self._count - n, self._count)]

    def mean(self):
        if not self._count:
            return None
        return sum(self.to_list()) / self._count
