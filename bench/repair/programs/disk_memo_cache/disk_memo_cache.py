"""Memoize tool results in a JSON file, keyed by tool name and arguments.

The file is rewritten atomically after each new result. A cache file that
cannot be read back is treated as empty: it is only a cache.
"""
import hashlib
import json
import os


class DiskMemo:
    def __init__(self, path):
        self.path = path
        self.hits = 0
        self.misses = 0
        self._entries = self._read()

    def _read(self):
        try:
            with open(self.path, encoding="utf-8") as fh:
                data = json.load(fh)
        except FileNotFoundError:
            return {}
        return data if isinstance(data, dict) else {}

    @staticmethod
    def key(tool, args):
        blob = json.dumps([tool, args], sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    def call(self, tool, args, fn):
        """Return fn(**args), computing it only if this tool/args pair is not cached."""
        key = self.key(tool, args)
        if key in self._entries:
            self.hits += 1
            return self._entries[key]["result"]
        self.misses += 1
        result = fn(**args)
        self._entries[key] = {"tool": tool, "result": result}
        self._flush()
        return result

    def invalidate_tool(self, tool):
        """Forget every result of one tool; return how many were dropped."""
        stale = [key for key, entry in self._entries.items() if entry.get("tool") == tool]
        for key in stale:
            del self._entries[key]
        if stale:
            self._flush()
        return len(stale)

    def _flush(self):
        tmp = self.path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(self._entries, fh)
        os.replace(tmp, self.path)
