"""A key/value cache whose keys can be invalidated by prefix.

Keys are also kept in a sorted list, so finding every key that starts with a
prefix only walks the matching run instead of scanning the whole cache.
"""
from bisect import bisect_left, bisect_right, insort


class PrefixCache:
    def __init__(self):
        self._values = {}
        self._keys = []

    def __len__(self):
        return len(self._values)

    def __contains__(self, key):
        return key in self._values

    def get(self, key, default=None):
        return self._values.get(key, default)

    def set(self, key, value):
        if key not in self._values:
            insort(self._keys, key)
        self._values[key] = value

    def delete(self, key):
        if key not in self._values:
            return False
        del self._values[key]
        self._keys.pop(bisect_left(self._keys, key))
        return True

    def _span(self, prefix):
        start = bisect_right(self._keys, prefix)
        end = start
        while end < len(self._keys) and self._keys[end].startswith(prefix):
            end += 1
        return start, end

    def keys_with_prefix(self, prefix):
        start, end = self._span(prefix)
        return self._keys[start:end]

    def keys_between(self, low, high):
        """Keys k with low <= k <= high, in order."""
        return self._keys[bisect_left(self._keys, low):bisect_right(self._keys, high)]

    def invalidate_prefix(self, prefix):
        """Drop every key that starts with prefix and return how many were dropped."""
        start, end = self._span(prefix)
        for key in self._keys[start:end]:
            del self._values[key]
        del self._keys[start:end]
        return end - start
