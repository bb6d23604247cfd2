"""Memoise the agent's read-only tool calls, evicting the least recently used result."""
import json
from collections import OrderedDict


class ToolResultCache:
    def __init__(self, capacity=128, uncacheable=()):
        self.capacity = capacity
        self.uncacheable = set(uncacheable)
        self._entries = OrderedDict()
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key(tool, args):
        """Cache key for a call; args may be a dict or the model's JSON string."""
        if isinstance(args, str):
            args = json.loads(args or "{}")
        return tool + ":" + json.dumps(args, separators=(",", ":"))

    def get(self, tool, args):
        if tool in self.uncacheable:
            return None
        k = self.key(tool, args)
        if k not in self._entries:
            self.misses += 1
            return None
        self.hits += 1
        self._entries.move_to_end(k)
        return self._entries[k]

    def put(self, tool, args, result):
        if tool in self.uncacheable or self.capacity <= 0:
            return
        k = self.key(tool, args)
        self._entries[k] = result
        self._entries.move_to_end(k)
        while len(self._entries) > self.capacity:
            self._entries.popitem(last=False)

    def invalidate(self, tool=None):
        """Forget every result, or only those of one tool (e.g. after a write)."""
        if tool is None:
            self._entries.clear()
            return
        for k in [k for k in self._entries if k.startswith(tool + ":")]:
            del self._entries[k]

    def call(self, tool, args, run):
        """Return the cached result, or run(tool, args) and remember it."""
        cached = self.get(tool, args)
        if cached is not None:
            return cached
        result = run(tool, args)
        self.put(tool, args, result)
        return result

    def __len__(self):
        return len(self._entries)
