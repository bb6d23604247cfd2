"""Wrap one SDK client method (``create``) so its calls are recorded and replayable."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from selfpatch.record._sdk import (
    Decode,
    Diverged,
    Recording,
    current_recording,
    is_async,
    run_call,
    run_call_async,
)

_WRAPPED = "__selfpatch_wrapped__"
# Request options that are transport settings, not part of what was asked of the model.
_TRANSPORT_KWARGS = frozenset({"extra_headers", "extra_query", "timeout"})


def request_arguments(kwargs: dict[str, Any]) -> dict[str, Any]:
    """The keyword arguments of a ``create`` call that describe the request."""
    return {
        k: v
        for k, v in kwargs.items()
        if k not in _TRANSPORT_KWARGS and type(v).__name__ not in ("NotGiven", "Omit")
    }


def _plan(rec: Recording, kwargs: dict[str, Any]) -> tuple[str, dict[str, Any], bool]:
    """(model name, request arguments, whether the call bypasses recording)."""
    name = str(kwargs.get("model", "unknown-model"))
    streaming = kwargs.get("stream") is True
    if streaming and not rec.is_live(name):
        description = f"diverged: chat {name} with stream=True cannot be replayed"
        if rec.diverged is None:
            rec.diverged = description
        raise Diverged(description)
    return name, request_arguments(kwargs), streaming


def wrap_method(owner: Any, attribute: str, decode: Decode) -> None:
    """Replace ``owner.<attribute>`` (a bound SDK method taking keyword arguments) on that
    instance by a recorded one. Wrapping twice is a no-op."""
    original: Callable[..., Any] = getattr(owner, attribute)
    if getattr(original, _WRAPPED, False):
        return
    wrapped = (
        _async_wrapper(original, decode) if is_async(original) else _sync_wrapper(original, decode)
    )
    setattr(wrapped, _WRAPPED, True)
    setattr(owner, attribute, wrapped)


def _sync_wrapper(original: Callable[..., Any], decode: Decode) -> Callable[..., Any]:
    @functools.wraps(original)
    def create(*args: Any, **kwargs: Any) -> Any:
        rec = current_recording()
        if rec is None:
            return original(*args, **kwargs)
        name, arguments, bypass = _plan(rec, kwargs)
        if bypass:
            return original(*args, **kwargs)
        call = functools.partial(original, *args, **kwargs)
        return run_call(rec, "chat", name, arguments, call, decode)

    return create


def _async_wrapper(original: Callable[..., Any], decode: Decode) -> Callable[..., Any]:
    @functools.wraps(original)
    async def create(*args: Any, **kwargs: Any) -> Any:
        rec = current_recording()
        if rec is None:
            return await original(*args, **kwargs)
        name, arguments, bypass = _plan(rec, kwargs)
        if bypass:
            return await original(*args, **kwargs)
        call = functools.partial(original, *args, **kwargs)
        return await run_call_async(rec, "chat", name, arguments, call, decode)

    return create
