"""An LRU cache bounded by the total size of its values instead of their count."""
from collections import OrderedDict


class SizedLRU:
    def __init__(self, max_size, sizeof=len):
        if max_size <= 0:
            raise ValueError("max_size must be positive")
        self.max_size = max_size
        self._sizeof = sizeof
        self._data = OrderedDict()
        self.size = 0

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def keys(self):
        """Keys from least to most recently used."""
        return list(self._data)

    def get(self, key, default=None):
        if key not in self._data:
            return default
        self._data.move_to_end(key)
        return self._data[key]

    def put(self, key, value):
        """Store value; return False if it is too big to ever fit."""
        cost = self._sizeof(value)
        if cost > self.max_size:
            return False
        self.delete(key)
        self._data[key] = value
        self.size += cost
        while self.size > self.max_size:
            self._evict()
        return True

    def _evict(self):
        key, value = self._data.popitem()
        self.size -= self._sizeof(value)
        return key

    def delete(self, key):
        if key not in self._data:
            return False
        value = self._data.pop(key)
        return True
