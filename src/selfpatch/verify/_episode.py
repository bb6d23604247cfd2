"""The forked child's work for one task or episode: the candidate's code set up, the run made
deterministic, the entrypoint called inside a recording, and what happened described."""

from __future__ import annotations

import importlib
import time
import types
from collections.abc import Awaitable, Mapping
from typing import Any

from selfpatch.record import Diverged, recording
from selfpatch.verify._codeload import prepare_code
from selfpatch.verify._determinism import freeze_clock, seed_randomness
from selfpatch.verify._evidence import describe_error, jsonable_output, measure_coverage
from selfpatch.verify._setup import JSON, Setup, bounded_text

CO_ITERABLE_COROUTINE = 0x100


class Item:
    """One key of a run request: a task (live) or a recorded episode (replay), or a test id."""

    __slots__ = ("calls", "key", "seed", "started_at", "task")

    def __init__(
        self,
        key: str,
        task: dict[str, JSON],
        calls: list[dict[str, JSON]],
        started_at: float | None,
        seed: int,
    ) -> None:
        self.key = key
        self.task = task
        self.calls = calls
        self.started_at = started_at
        self.seed = seed

    @classmethod
    def from_json(cls, data: Mapping[str, JSON]) -> Item:
        task = data.get("task")
        started = data.get("started_at")
        return cls(
            key=str(data.get("key", "")),
            task=task if isinstance(task, dict) else {},
            calls=[c for c in data.get("calls") or [] if isinstance(c, dict)],
            started_at=float(started) if isinstance(started, int | float) else None,
            seed=int(data.get("seed") or 0),
        )


def run_episode(
    setup: Setup, item: Item, mode: str, overrides: Mapping[str, str], coverage: bool
) -> dict[str, JSON]:
    """The child's work for one task: set up, run the entrypoint, describe what happened."""
    started_at = item.started_at if item.started_at is not None else time.time()
    prepare_code(setup, overrides)
    seed_randomness(item.seed, fixed_ids=mode == "replay")
    if mode == "replay":
        freeze_clock(started_at)
    result: dict[str, JSON] = {"started_at": started_at, "seed": item.seed}
    calls = _recorded_calls(item)
    with measure_coverage(setup, coverage, result):
        rec = _run_recorded(setup, item, mode, calls, result)
    if rec is not None:
        result["calls"] = [c.to_json() for c in rec.calls]
        if rec.diverged:
            result.update(status="diverged", detail=bounded_text(rec.diverged, 2000))
    return result


def _run_recorded(
    setup: Setup, item: Item, mode: str, calls: list[Any], result: dict[str, JSON]
) -> Any:
    """Call the entrypoint inside a recording; the recording, or None if it never opened."""
    rec = None
    t0 = time.perf_counter()
    try:
        with recording(
            "replay" if mode == "replay" else "record",
            calls=calls,
            live=setup.live,
            match="order" if setup.match == "order" else "exact",
        ) as rec:
            output = _call_entrypoint(setup.entrypoint, item.task.get("input"))
        result.update(status="ok", output=jsonable_output(output))
    except Diverged as exc:
        result.update(status="diverged", detail=bounded_text(str(exc), 2000))
    except BaseException as exc:
        result.update(status="error", **describe_error(exc, setup.code_root))
    result["duration_s"] = time.perf_counter() - t0
    return rec


def _recorded_calls(item: Item) -> list[Any]:
    if not item.calls:
        return []  # selfpatch.types is not needed (nor imported) for an episode without calls
    from selfpatch.types import CallRecord

    return [CallRecord.from_json(c) for c in item.calls]


def _call_entrypoint(entrypoint: str | None, task_input: JSON) -> JSON:
    if not entrypoint:
        raise RuntimeError("no entrypoint configured: set [agent] entrypoint in selfpatch.toml")
    module_name, _, attr = entrypoint.partition(":")
    target: Any = importlib.import_module(module_name)
    for part in attr.split("."):
        target = getattr(target, part)
    value = target(task_input)
    if _is_awaitable(value):
        import asyncio

        value = asyncio.run(_await(value))
    return value


def _is_awaitable(value: object) -> bool:
    """``inspect.isawaitable`` without importing inspect into every child."""
    if isinstance(value, types.CoroutineType | Awaitable):
        return True
    return isinstance(value, types.GeneratorType) and bool(
        value.gi_code.co_flags & CO_ITERABLE_COROUTINE
    )


async def _await(value: Any) -> Any:
    return await value
