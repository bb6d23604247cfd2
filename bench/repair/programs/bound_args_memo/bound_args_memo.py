"""Memoisation that treats equivalent calls as the same call.

f(1), f(1, 2) and f(b=2, a=1) share one cache entry when b defaults to 2; list, dict
and set arguments are frozen so that they can be part of the key. The cache keeps the
`maxsize` most recently used results.
"""

import functools
import inspect
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any


def freeze(value: Any) -> Hashable:
    if isinstance(value, dict):
        return frozenset((key, freeze(item)) for key, item in value.items())
    if isinstance(value, (list, tuple)):
        return tuple(freeze(item) for item in value)
    if isinstance(value, (set, frozenset)):
        return frozenset(freeze(item) for item in value)
    return value


def memoize(maxsize: int = 128) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        signature = inspect.signature(func)
        cache: OrderedDict[Hashable, Any] = OrderedDict()
        stats = {"hits": 0, "misses": 0}

        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            bound = signature.bind(*args, **kwargs)
            key = freeze(bound.arguments)
            if key in cache:
                stats["hits"] += 1
                cache.move_to_end(key)
                return cache[key]
            stats["misses"] += 1
            result = func(*args, **kwargs)
            cache[key] = result
            if len(cache) > maxsize:
                cache.popitem()
            return result

        wrapper.cache_info = lambda: {**stats, "size": len(cache)}  # type: ignore[attr-defined]
        wrapper.cache_clear = cache.clear  # type: ignore[attr-defined]
        return wrapper

    return decorate
