"""Concurrency slots per tool, under one global cap.

The policy comes from the harness config, e.g.

    {"global_slots": 4, "default_slots": 1,
     "tools": {"shell": {"max_concurrent": 2}, "browser": {"max_concurrent": 1}}}

`try_acquire` never blocks: the scheduler simply retries the step later.
"""

import threading
from contextlib import contextmanager


class SlotsBusy(RuntimeError):
    pass


class ToolSlots:
    def __init__(self, config):
        self.global_slots = config.get("global_slots", 8)
        default = config.get("default_slots", 1)
        tools = config.get("tools", {})
        self.limits = {}
        for name, cfg in tools.items():
            self.limits[name] = cfg.get("max_concurrency", default)
        self.default = default
        self._in_use = {}
        self._total = 0
        self._lock = threading.Lock()

    def limit(self, tool):
        return self.limits.get(tool, self.default)

    def try_acquire(self, tool):
        with self._lock:
            held = self._in_use.get(tool, 0)
            if self._total >= self.global_slots or held >= self.limit(tool):
                return False
            self._in_use[tool] = held + 1
            self._total += 1
            return True

    def release(self, tool):
        with self._lock:
            held = self._in_use.get(tool, 0)
            if held == 0:
                raise ValueError(f"release of {tool!r} without acquire")
            self._in_use[tool] = held - 1
            self._total -= 1

    def in_use(self, tool=None):
        return self._total if tool is None else self._in_use.get(tool, 0)

    @contextmanager
    def slot(self, tool):
        if not self.try_acquire(tool):
            raise SlotsBusy(tool)
        try:
            yield
        finally:
            self.release(tool)
