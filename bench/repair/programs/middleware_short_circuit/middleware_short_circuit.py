"""Onion-style middleware chain around a request handler.

A middleware is a callable ``mw(request, call_next)``. It may answer on its own
without calling ``call_next`` (short-circuit), or call ``call_next(request)``
-- possibly with a modified copy of the request -- and post-process what the
inner layers return. ``Chain.trace`` records which layers ran, outermost first.
"""
from typing import Any, Callable

Handler = Callable[[dict], Any]
Middleware = Callable[[dict, Handler], Any]


class Chain:
    def __init__(self, handler: Handler):
        self.handler = handler
        self.middlewares: list[tuple[str, Middleware]] = []
        self.trace: list[str] = []

    def use(self, mw: Middleware, name: str | None = None) -> "Chain":
        self.middlewares.append((name or mw.__name__, mw))
        return self

    def _dispatch(self, index: int, request: dict) -> Any:
        if index == len(self.middlewares):
            self.trace.append("handler")
            return self.handler(request)
        name, mw = self.middlewares[index]
        self.trace.append(name)
        called = False

        def call_next(req: dict) -> Any:
            nonlocal called
            if called:
                raise RuntimeError(f"middleware {name!r} called next twice")
            called = True
            return self._dispatch(index + 1, request)

        return mw(request, call_next)

    def __call__(self, request: dict) -> Any:
        self.trace = []
        return self._dispatch(0, dict(request))


def require_field(field: str, status: int = 400) -> Middleware:
    """Short-circuit with an error response when ``field`` is missing."""

    def require(request: dict, call_next: Handler) -> Any:
        if field not in request:
            return {"status": status, "error": f"missing {field}"}
        return call_next(request)

    require.__name__ = f"require_{field}"
    return require


def set_defaults(**defaults: Any) -> Middleware:
    """Fill in fields the caller left out before passing the request on."""

    def fill(request: dict, call_next: Handler) -> Any:
        return call_next({**defaults, **request})

    return fill
