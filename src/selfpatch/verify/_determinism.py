"""Determinism inside a child: seeded randomness, repeatable uuid4, and a frozen wall clock.

Imported by the worker before it forks (so children find these modules loaded), never used in
the worker itself. ``uuid`` is the exception: it costs a cold worker more than everything else
here (it loads platform and libuuid), so the worker imports it only after its first request;
a child that finds it not loaded yet patches it when the agent imports it.
"""

from __future__ import annotations

import datetime as _datetime_module
import importlib.machinery
import os
import random
import sys
import time
import types
from collections.abc import Callable, Sequence
from datetime import date as _RealDate
from datetime import datetime as _RealDateTime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import uuid


def seed_randomness(seed: int, *, fixed_ids: bool = False) -> None:
    """Seed ``random``; with ``fixed_ids`` (replays only: live tools may store the ids) also
    make ``uuid.uuid4`` repeat."""
    random.seed(seed)
    if not fixed_ids:
        return
    ids = random.Random(seed)

    def fix_uuid4(module: types.ModuleType) -> None:
        def uuid4() -> uuid.UUID:
            return module.UUID(int=ids.getrandbits(128), version=4)  # type: ignore[no-any-return]

        module.uuid4 = uuid4  # type: ignore[attr-defined]

    loaded = sys.modules.get("uuid")
    if loaded is not None:
        fix_uuid4(loaded)
    else:
        sys.meta_path.insert(0, PatchOnImport("uuid", fix_uuid4))


class PatchOnImport:
    """A meta path finder for one standard library module, not imported yet: it imports it from
    the standard library (as the worker would have, ahead of any module of the agent's with
    that name) and calls ``patch`` on it once it has run."""

    def __init__(self, name: str, patch: Callable[[types.ModuleType], None]) -> None:
        self.name = name
        self.patch = patch

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: types.ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != self.name:
            return None
        sys.meta_path.remove(self)
        stdlib = [os.path.dirname(os.__file__)]
        spec = importlib.machinery.PathFinder.find_spec(fullname, stdlib)
        if spec is not None and spec.loader is not None:
            spec.loader = _PatchingLoader(spec.loader, self.patch)  # type: ignore[assignment]
        return spec


class _PatchingLoader:
    """The module's own loader, then the patch."""

    def __init__(self, loader: Any, patch: Callable[[types.ModuleType], None]) -> None:
        self.loader = loader
        self.patch = patch

    def __getattr__(self, name: str) -> Any:
        return getattr(self.loader, name)

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType | None:
        return self.loader.create_module(spec)  # type: ignore[no-any-return]

    def exec_module(self, module: types.ModuleType) -> None:
        self.loader.exec_module(module)
        self.patch(module)


def freeze_clock(at: float) -> None:
    """Wall-clock reads return ``at``; ``time.monotonic`` and ``perf_counter`` keep running, so
    timeouts inside the agent still expire."""
    real_localtime, real_gmtime = time.localtime, time.gmtime
    real_ctime, real_strftime = time.ctime, time.strftime
    time.time = lambda: at
    time.time_ns = lambda: int(at * 1_000_000_000)
    time.localtime = lambda secs=None: real_localtime(at if secs is None else secs)
    time.gmtime = lambda secs=None: real_gmtime(at if secs is None else secs)
    time.ctime = lambda secs=None: real_ctime(at if secs is None else secs)
    time.strftime = lambda fmt, t=None: real_strftime(fmt, real_localtime(at) if t is None else t)
    _datetime_module.datetime = _frozen_datetime(at)  # type: ignore[misc]
    _datetime_module.date = _frozen_date(at)  # type: ignore[misc]


class _RealInstances(type):
    """``isinstance(real_datetime, FrozenDateTime)`` must stay true for the agent's checks."""

    real: type

    def __instancecheck__(cls, obj: object) -> bool:
        return isinstance(obj, cls.real)

    def __subclasscheck__(cls, sub: type) -> bool:
        return issubclass(sub, cls.real)


def _frozen_datetime(at: float) -> type[_RealDateTime]:
    class FrozenDateTime(_RealDateTime, metaclass=_RealInstances):
        @classmethod
        def now(cls, tz: _datetime_module.tzinfo | None = None) -> Any:
            return cls.fromtimestamp(at, tz)

        @classmethod
        def utcnow(cls) -> Any:
            return cls.fromtimestamp(at, _datetime_module.UTC).replace(tzinfo=None)

        @classmethod
        def today(cls) -> Any:
            return cls.fromtimestamp(at)

    FrozenDateTime.real = _RealDateTime
    FrozenDateTime.__name__ = FrozenDateTime.__qualname__ = "datetime"
    return FrozenDateTime


def _frozen_date(at: float) -> type[_RealDate]:
    class FrozenDate(_RealDate, metaclass=_RealInstances):
        @classmethod
        def today(cls) -> Any:
            return cls.fromtimestamp(at)

    FrozenDate.real = _RealDate
    FrozenDate.__name__ = FrozenDate.__qualname__ = "date"
    return FrozenDate
