"""Record and replay the tool and model calls of one episode.

An agent marks its tool functions with ``@selfpatch.tool`` and its model functions with
``@selfpatch.model`` (or wraps an OpenAI / Anthropic client). Outside a recording those are
plain pass-throughs. Inside ``recording("record")`` every call becomes a ``CallRecord``; inside
``recording("replay", calls=...)`` every call is answered from the recorded calls, as vcrpy's
``none`` record mode does: a call the recording cannot answer raises ``Diverged``, it never
runs live (unless its name matches a ``live`` glob).

Which recording is active: a ``ContextVar``, so asyncio tasks inherit it and concurrent
episodes in different tasks or threads stay apart. A thread started inside a recording does not
inherit context variables; when exactly one recording is active in the process, calls from such
a thread are attributed to it (so replay never silently runs a threaded tool live). With several
recordings active at once, start threads with ``contextvars.copy_context().run``.

Tools should take and return JSON-like data. Stored values are converted by ``to_jsonable``
(dataclasses and pydantic models -> dict, others -> repr), redacted and size-bounded; in replay
the agent gets that stored JSON value back, not the original object. The OpenAI and Anthropic
wrappers rebuild their SDK's response objects.
"""

from __future__ import annotations

# Imports are kept to what `import selfpatch` needs (typing, re and functools come with it
# anyway); inspect, copy, fnmatch and selfpatch.types load on first use.
import _thread
import builtins
import functools
import json
import re
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Literal, ParamSpec, TypeVar, cast, overload

from selfpatch.record._redact import (
    DEFAULT_VALUE_LIMIT,
    JSON,
    sanitize,
    sanitize_message,
)

if TYPE_CHECKING:
    import inspect
    import threading
    from types import TracebackType

    from selfpatch.types import CallRecord

P = ParamSpec("P")
R = TypeVar("R")
Operation = Literal["execute_tool", "chat"]
Mode = Literal["record", "replay"]
Match = Literal["exact", "order"]


class Diverged(BaseException):
    """A replayed episode made a call its recording cannot answer.

    A ``BaseException`` on purpose: an agent's broad ``except Exception`` must not swallow it.
    """

    def __init__(self, description: str) -> None:
        super().__init__(description)
        self.description = description


class ReplayedError(Exception):
    """A recorded error whose type is not a builtin exception, raised again in replay."""

    def __init__(self, error_type: str, message: str) -> None:
        super().__init__(f"{error_type}: {message}")
        self.error_type = error_type
        self.message = message


# --- normalization ----------------------------------------------------------------------------

_VOLATILE = (
    (
        r"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b",
        "<uuid>",
    ),
    (
        r"\b(call|toolu|chatcmpl|msg|run|resp|req|srvtoolu)[_\-][A-Za-z0-9_\-]{6,}",
        r"<\1-id>",
    ),
    (
        r"\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?"
        r"(?:Z|[+\-]\d{2}:?\d{2})?\b",
        "<timestamp>",
    ),
)


@functools.cache
def _volatile() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The compiled patterns, built on first use (compiling costs more than the import)."""
    return tuple((re.compile(pattern), placeholder) for pattern, placeholder in _VOLATILE)


def normalize(value: JSON) -> JSON:
    """``value`` with volatile ids (``call_...``, ``toolu_...``, ``chatcmpl-...``, uuids) and ISO
    timestamps replaced by placeholders; dict key order is made irrelevant by ``match_key``."""
    if isinstance(value, str):
        for pattern, placeholder in _volatile():
            value = pattern.sub(placeholder, value)
        return value
    if isinstance(value, dict):
        return {normalize(k): normalize(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalize(v) for v in value]
    return value


def match_key(arguments: JSON) -> str:
    """The canonical form two calls' arguments are compared by."""
    return json.dumps(normalize(arguments), sort_keys=True, separators=(",", ":"))


# --- the recording ----------------------------------------------------------------------------


# Plain classes, not dataclasses: the dataclasses module (and inspect, which it imports)
# would double the cost of `import selfpatch`. They behave as the dataclasses they were.


class _Live:
    """A call that runs for real; ``record`` is already in ``Recording.calls``."""

    __slots__ = ("record", "t0")

    def __init__(self, record: CallRecord, t0: float) -> None:
        self.record = record
        self.t0 = t0

    def __repr__(self) -> str:
        return f"_Live(record={self.record!r}, t0={self.t0!r})"


class _Hit:
    """A call answered from the recording."""

    __slots__ = ("recorded",)

    def __init__(self, recorded: CallRecord) -> None:
        self.recorded = recorded

    def __repr__(self) -> str:
        return f"_Hit(recorded={self.recorded!r})"

    def value(self) -> JSON:
        """The recorded result (a fresh copy), or the recorded error raised again."""
        if self.recorded.error_type:
            raise _rebuild_error(self.recorded.error_type, self.recorded.error_message or "")
        return _deepcopy(self.recorded.result)


def _deepcopy(value: JSON) -> JSON:
    import copy

    return copy.deepcopy(value)


_SHOWN = ("mode", "recorded", "live", "match", "value_limit", "calls", "diverged")


class Recording:
    """The calls of one episode: what happened (``calls``) and, in replay, what was recorded.

    ``calls``: what happened, in call order; replayed calls have ``replayed=True``.
    ``diverged``: the first divergence, described in one line; None if the replay never
    diverged.
    """

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: as a dataclass
    __match_args__ = ("mode", "recorded", "live", "match", "value_limit", "calls", "diverged")

    def __init__(
        self,
        mode: Mode,
        recorded: list[CallRecord] | None = None,
        live: tuple[str, ...] = (),
        match: Match = "exact",
        value_limit: int = DEFAULT_VALUE_LIMIT,
        calls: list[CallRecord] | None = None,
        diverged: str | None = None,
        _used: list[bool] | None = None,
        _keys: list[str] | None = None,
        _lock: threading.Lock | None = None,
    ) -> None:
        self.mode = mode
        self.recorded: list[CallRecord] = [] if recorded is None else recorded
        self.live = live
        self.match = match
        self.value_limit = value_limit
        self.calls: list[CallRecord] = [] if calls is None else calls
        self.diverged = diverged
        self._lock: threading.Lock = _thread.allocate_lock() if _lock is None else _lock
        self._used = [False] * len(self.recorded)
        self._keys = [match_key(c.arguments) for c in self.recorded]

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in _SHOWN)
        return f"Recording({shown})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Recording) or other.__class__ is not self.__class__:
            return NotImplemented
        return self._astuple() == other._astuple()

    def _astuple(self) -> tuple[Any, ...]:
        values = tuple(getattr(self, name) for name in _SHOWN)
        return (*values, self._used, self._keys, self._lock)

    @property
    def unused(self) -> list[CallRecord]:
        """Recorded calls no replayed call consumed."""
        return [c for c, used in zip(self.recorded, self._used, strict=True) if not used]

    def is_live(self, name: str) -> bool:
        if self.mode == "record":
            return True
        import fnmatch

        return any(fnmatch.fnmatchcase(name, g) for g in self.live)

    def begin(
        self, operation: Operation, name: str, arguments: Any, call_id: str | None = None
    ) -> _Live | _Hit:
        """Start one call: a live call to run and finish, or a hit to answer from.

        Raises ``Diverged`` in replay when no recorded call answers it.
        """
        from selfpatch.types import CallRecord

        stored_args = sanitize(arguments, self.value_limit)
        if self.is_live(name):
            record = CallRecord(
                operation=operation,
                name=name,
                arguments=stored_args,
                call_id=call_id,
                started_at=time.time(),
            )
            with self._lock:
                self.calls.append(record)
            return _Live(record, time.perf_counter())
        return self._answer(operation, name, stored_args, call_id)

    def _answer(
        self, operation: Operation, name: str, arguments: JSON, call_id: str | None
    ) -> _Hit:
        from selfpatch.types import CallRecord

        with self._lock:
            index = self._find(operation, name, match_key(arguments))
            if index is None:
                description = _describe_divergence(operation, name, arguments)
                if self.diverged is None:
                    self.diverged = description
                raise Diverged(description)
            self._used[index] = True
            recorded = self.recorded[index]
            replayed = CallRecord(
                operation=operation,
                name=name,
                arguments=arguments,
                result=_deepcopy(recorded.result),
                error_type=recorded.error_type,
                error_message=recorded.error_message,
                call_id=call_id or recorded.call_id,
                input_tokens=recorded.input_tokens,
                output_tokens=recorded.output_tokens,
                started_at=time.time(),
                duration_s=0.0,
                replayed=True,
            )
            self.calls.append(replayed)
        return _Hit(recorded)

    def _find(self, operation: str, name: str, key: str) -> int | None:
        same_call = [
            i
            for i, c in enumerate(self.recorded)
            if not self._used[i] and c.operation == operation and c.name == name
        ]
        for i in same_call:
            if self._keys[i] == key:
                return i
        if self.match == "order" and same_call:
            return same_call[0]
        return None

    def succeed(self, live: _Live, result: Any) -> None:
        """Finish a live call that returned ``result``."""
        live.record.duration_s = time.perf_counter() - live.t0
        live.record.result = sanitize(result, self.value_limit)
        if live.record.operation == "chat":
            live.record.input_tokens, live.record.output_tokens = usage_tokens(result)

    def fail(self, live: _Live, error: BaseException) -> None:
        """Finish a live call that raised ``error`` (a ``Diverged`` from inside it leaves the
        call unfinished: the episode is over, not the call failed)."""
        if isinstance(error, Diverged):
            return
        live.record.duration_s = time.perf_counter() - live.t0
        live.record.error_type = error_type_name(type(error))
        live.record.error_message = sanitize_message(str(error), self.value_limit)


def _describe_divergence(operation: str, name: str, arguments: JSON) -> str:
    shown = json.dumps(arguments, sort_keys=True, ensure_ascii=False)
    if len(shown) > 300:
        shown = shown[:300] + "..."
    return f"diverged: {operation} {name} {shown} has no matching recorded call"


def error_type_name(cls: type[BaseException]) -> str:
    """``KeyError`` for builtins, ``module.QualName`` for everything else."""
    if cls.__module__ == "builtins":
        return cls.__qualname__
    return f"{cls.__module__}.{cls.__qualname__}"


_CANCELLED = "asyncio.exceptions.CancelledError"


def _rebuild_error(error_type: str, message: str) -> BaseException:
    """The recorded error as an exception of its type if that is a builtin (or asyncio's
    ``CancelledError``), else a ``ReplayedError``."""
    if error_type == _CANCELLED:
        import asyncio  # only here: keep `import selfpatch` cheap

        return asyncio.CancelledError(message)
    cls = getattr(builtins, error_type, None) if "." not in error_type else None
    if isinstance(cls, type) and issubclass(cls, BaseException):
        try:
            return cls(message)
        except Exception:
            pass
    return ReplayedError(error_type, message)


def usage_tokens(result: Any) -> tuple[int | None, int | None]:
    """(input, output) token counts from a result's ``usage`` (dict or attribute), if any."""
    usage = result.get("usage") if isinstance(result, dict) else getattr(result, "usage", None)
    if usage is None:
        return None, None

    def pick(*names: str) -> int | None:
        for name in names:
            value = usage.get(name) if isinstance(usage, dict) else getattr(usage, name, None)
            if isinstance(value, int) and not isinstance(value, bool):
                return value
        return None

    return pick("input_tokens", "prompt_tokens"), pick("output_tokens", "completion_tokens")


# --- the active recording ---------------------------------------------------------------------

_ACTIVE: ContextVar[Recording | None] = ContextVar("selfpatch_recording", default=None)
_PROCESS_ACTIVE: list[Recording] = []
_PROCESS_LOCK = _thread.allocate_lock()


def current_recording() -> Recording | None:
    """The recording calls made here belong to, or None (then calls are plain pass-throughs)."""
    active = _ACTIVE.get()
    if active is not None:
        return active
    if len(_PROCESS_ACTIVE) == 1:
        return _PROCESS_ACTIVE[0]
    return None


@contextmanager
def recording(
    mode: Mode,
    *,
    calls: Sequence[CallRecord] = (),
    live: Sequence[str] = (),
    match: Match = "exact",
    value_limit: int = DEFAULT_VALUE_LIMIT,
) -> Iterator[Recording]:
    """Record (``mode="record"``) or replay (``mode="replay"``, answered from ``calls``) every
    tool and model call made inside the block.

    ``live``: fnmatch globs of tool/model names that run for real in replay (and are recorded).
    ``match``: ``"exact"`` answers a call with the first unused recorded call of the same
    operation, name and normalized arguments; ``"order"`` falls back to the next unused recorded
    call of the same operation and name. ``value_limit``: bound in JSON characters on each stored
    value.
    """
    if mode not in ("record", "replay"):
        raise ValueError(f"mode must be 'record' or 'replay', not {mode!r}")
    if match not in ("exact", "order"):
        raise ValueError(f"match must be 'exact' or 'order', not {match!r}")
    rec = Recording(
        mode=mode, recorded=list(calls), live=tuple(live), match=match, value_limit=value_limit
    )
    token = _ACTIVE.set(rec)
    with _PROCESS_LOCK:
        _PROCESS_ACTIVE.append(rec)
    try:
        yield rec
    finally:
        with _PROCESS_LOCK:
            _PROCESS_ACTIVE.remove(rec)
        _ACTIVE.reset(token)


# --- running one call -------------------------------------------------------------------------

Decode = Callable[[JSON], Any]


def _identity(value: JSON) -> Any:
    return value


def run_call(
    rec: Recording,
    operation: Operation,
    name: str,
    arguments: Any,
    call: Callable[[], R],
    decode: Decode = _identity,
) -> R:
    """Run ``call`` as one recorded call, or answer it from the recording."""
    step = rec.begin(operation, name, arguments)
    if isinstance(step, _Hit):
        return cast(R, decode(step.value()))
    try:
        result = call()
    except BaseException as exc:
        rec.fail(step, exc)
        raise
    rec.succeed(step, result)
    return result


async def run_call_async(
    rec: Recording,
    operation: Operation,
    name: str,
    arguments: Any,
    call: Callable[[], Awaitable[R]],
    decode: Decode = _identity,
) -> R:
    """``run_call`` for a coroutine: in replay the coroutine is never created.

    A call that was cancelled while recorded never finishes in replay either: the caller's own
    timeout or cancellation ends it again, as it did in the recorded run.
    """
    step = rec.begin(operation, name, arguments)
    if isinstance(step, _Hit):
        if step.recorded.error_type == _CANCELLED:
            import asyncio

            await asyncio.get_running_loop().create_future()
        return cast(R, decode(step.value()))
    try:
        result = await call()
    except BaseException as exc:
        rec.fail(step, exc)
        raise
    rec.succeed(step, result)
    return result


# --- decorators -------------------------------------------------------------------------------


def _bound_arguments(sig: inspect.Signature | None, args: Any, kwargs: Any) -> dict[str, Any]:
    """The call's arguments by parameter name, as passed (defaults not filled in); ``self`` and
    ``cls`` left out; ``**kwargs`` merged in."""
    if sig is None:
        return {"args": list(args), **kwargs}
    import inspect

    try:
        bound = sig.bind(*args, **kwargs)
    except TypeError:
        return {"args": list(args), **kwargs}
    out: dict[str, Any] = {}
    for pname, value in bound.arguments.items():
        param = sig.parameters[pname]
        if param.kind is inspect.Parameter.VAR_KEYWORD:
            out.update(value)
        elif pname in ("self", "cls") and next(iter(sig.parameters)) == pname:
            continue
        else:
            out[pname] = value
    return out


def _signature(fn: Callable[..., Any]) -> inspect.Signature | None:
    import inspect

    try:
        return inspect.signature(fn)
    except (TypeError, ValueError):
        return None


def is_async(fn: Callable[..., Any]) -> bool:
    """True for an ``async def`` function, also behind ``functools.wraps`` decorators."""
    import inspect

    return inspect.iscoroutinefunction(fn) or inspect.iscoroutinefunction(inspect.unwrap(fn))


def _instrument(fn: Callable[P, R], operation: Operation, name: str) -> Callable[P, R]:
    sig = _signature(fn)

    if is_async(fn):
        async_fn = cast(Callable[..., Awaitable[Any]], fn)

        @functools.wraps(fn)
        async def async_wrapper(*args: Any, **kwargs: Any) -> Any:
            rec = current_recording()
            if rec is None:
                return await async_fn(*args, **kwargs)
            arguments = _bound_arguments(sig, args, kwargs)
            return await run_call_async(
                rec, operation, name, arguments, lambda: async_fn(*args, **kwargs)
            )

        return cast(Callable[P, R], async_wrapper)

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        rec = current_recording()
        if rec is None:
            return fn(*args, **kwargs)
        arguments = _bound_arguments(sig, args, kwargs)
        return run_call(rec, operation, name, arguments, lambda: fn(*args, **kwargs))

    return wrapper


@overload
def tool(fn: Callable[P, R], /) -> Callable[P, R]: ...
@overload
def tool(*, name: str | None = None) -> Callable[[Callable[P, R]], Callable[P, R]]: ...


def tool(
    fn: Callable[P, R] | None = None, /, *, name: str | None = None
) -> Callable[P, R] | Callable[[Callable[P, R]], Callable[P, R]]:
    """Mark a tool function (sync or ``async def``): ``@tool`` or ``@tool(name="lookup")``.

    Each call inside a recording becomes an ``execute_tool`` CallRecord with the bound arguments
    (as passed; ``self`` left out). Outside a recording the function runs unchanged.
    """

    def decorate(f: Callable[P, R]) -> Callable[P, R]:
        return _instrument(f, "execute_tool", name or f.__name__)

    return decorate(fn) if fn is not None else decorate


@overload
def model(fn: Callable[P, R], /) -> Callable[P, R]: ...
@overload
def model(*, name: str | None = None) -> Callable[[Callable[P, R]], Callable[P, R]]: ...


def model(
    fn: Callable[P, R] | None = None, /, *, name: str | None = None
) -> Callable[P, R] | Callable[[Callable[P, R]], Callable[P, R]]:
    """Mark a model function (e.g. ``def complete(messages, tools) -> dict``), sync or async.

    Each call inside a recording becomes a ``chat`` CallRecord named ``name`` (the model name;
    default: the function name), with token counts when the result carries ``usage`` with
    ``prompt_tokens``/``input_tokens`` and ``completion_tokens``/``output_tokens``.
    """

    def decorate(f: Callable[P, R]) -> Callable[P, R]:
        return _instrument(f, "chat", name or f.__name__)

    return decorate(fn) if fn is not None else decorate


# --- context-manager form ---------------------------------------------------------------------


class ToolCall:
    """One call recorded around a block of code::

        with selfpatch.tool_call("lookup", {"q": q}) as call:
            hit, value = call.replay()
            if not hit:
                value = lookup(q)
                call.set_result(value)

    In replay, entering the block looks the call up: an unanswerable call raises ``Diverged``
    and a recorded error is raised again, both before the body runs; otherwise
    ``call.replay()`` returns ``(True, recorded_result)`` and the body must not run the tool.
    Outside a replay (recording, live glob, no recording) ``call.replay()`` is ``(False, None)``.
    An exception leaving the body is recorded as the call's error.
    """

    def __init__(
        self,
        name: str,
        arguments: Any = None,
        *,
        call_id: str | None = None,
        operation: Operation = "execute_tool",
    ) -> None:
        self.name = name
        self.arguments = {} if arguments is None else arguments
        self.call_id = call_id
        self.operation: Operation = operation
        self._rec: Recording | None = None
        self._step: _Live | _Hit | None = None
        self._result: Any = None
        self._replayed_result: JSON = None

    @property
    def replayed(self) -> bool:
        """True when the recording answered this call (the body must not run the tool)."""
        return isinstance(self._step, _Hit)

    @property
    def replayed_result(self) -> JSON:
        """The recorded result when ``replayed``; None otherwise."""
        return _deepcopy(self._replayed_result)

    def replay(self) -> tuple[bool, JSON]:
        """``(True, recorded_result)`` when answered from the recording, else ``(False, None)``."""
        return (True, self.replayed_result) if self.replayed else (False, None)

    def set_result(self, value: Any) -> None:
        """The tool's result, stored when the block ends (ignored for a replayed call)."""
        self._result = value

    def __enter__(self) -> ToolCall:
        self._rec = current_recording()
        if self._rec is not None:
            self._step = self._rec.begin(self.operation, self.name, self.arguments, self.call_id)
            if isinstance(self._step, _Hit):
                self._replayed_result = self._step.value()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._rec is None or not isinstance(self._step, _Live):
            return
        if exc is None:
            self._rec.succeed(self._step, self._result)
        else:
            self._rec.fail(self._step, exc)

    async def __aenter__(self) -> ToolCall:
        return self.__enter__()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.__exit__(exc_type, exc, tb)


def tool_call(name: str, arguments: Any = None, *, call_id: str | None = None) -> ToolCall:
    """A tool call recorded around a ``with`` block; see ``ToolCall``."""
    return ToolCall(name, arguments, call_id=call_id)


def model_call(model_name: str, arguments: Any = None) -> ToolCall:
    """A model (``chat``) call recorded around a ``with`` block; see ``ToolCall``."""
    return ToolCall(model_name, arguments, operation="chat")
