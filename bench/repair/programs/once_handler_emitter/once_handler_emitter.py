"""Event hooks with priorities and once-only handlers.

Handlers for an event run by descending priority; equal priorities run in the
order they were added. A handler added with ``once`` is removed before it is
first called, so it never runs twice even if it re-emits its own event.
``emit`` works on a snapshot: handlers added or removed while an event is
being emitted take effect from the next ``emit``.
"""
from itertools import count
from typing import Any, Callable


class Emitter:
    def __init__(self) -> None:
        self._handlers: dict[str, list[tuple[int, int, Callable, bool]]] = {}
        self._tokens = count(1)

    def on(self, event: str, fn: Callable, priority: int = 0, once: bool = False) -> int:
        token = next(self._tokens)
        handlers = self._handlers.setdefault(event, [])
        handlers.append((priority, token, fn, once))
        handlers.sort(key=lambda entry: (-entry[0], entry[1]))
        return token

    def once(self, event: str, fn: Callable, priority: int = 0) -> int:
        return self.on(event, fn, priority, once=True)

    def off(self, event: str, token: int) -> bool:
        handlers = self._handlers.get(event, [])
        for index, entry in enumerate(handlers):
            if entry[1] == token:
                del handlers[index]
                return True
        return False

    def listener_count(self, event: str) -> int:
        return len(self._handlers.get(event, []))

    def emit(self, event: str, *args: Any) -> list[Any]:
        results = []
        for _priority, token, fn, once in self._handlers.get(event, []):
            if once:
                if not self.off(event, token):
                    continue
            results.append(fn(*args))
        return results
