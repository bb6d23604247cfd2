"""The forked child's work for one pytest node id, and for collecting node ids.

The worker preloads pytest and its installed plugins once, so a child's session starts fast.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import time
from collections.abc import Mapping, Sequence
from typing import Any

from selfpatch.verify._codeload import prepare_code
from selfpatch.verify._determinism import seed_randomness
from selfpatch.verify._episode import Item
from selfpatch.verify._evidence import describe_error, measure_coverage
from selfpatch.verify._setup import JSON, Setup, bounded_text, under


class _NodeReport:
    """A pytest plugin that keeps what happened to the node run in this child."""

    def __init__(self) -> None:
        self.outcomes: list[str] = []
        self.skipped: list[str] = []
        self.exc: BaseException | None = None
        self.longrepr = ""
        self.collected: list[str] = []
        self.collect_errors: list[str] = []

    def pytest_runtest_logreport(self, report: Any) -> None:
        self.outcomes.append(str(report.outcome))
        if report.skipped:
            self.skipped.append(str(report.longrepr)[:300])
        if report.failed and not self.longrepr:
            self.longrepr = str(report.longrepr)

    def pytest_collectreport(self, report: Any) -> None:
        if report.failed:
            self.collect_errors.append(str(report.nodeid))
            if not self.longrepr:
                self.longrepr = str(report.longrepr)

    def pytest_exception_interact(self, node: Any, call: Any, report: Any) -> None:
        if self.exc is None and call.excinfo is not None:
            exc = call.excinfo.value
            # A collection error wraps the real one (an ImportError in the agent's code, say).
            if type(exc).__name__ == "CollectError" and exc.__cause__ is not None:
                exc = exc.__cause__
            self.exc = exc

    def pytest_collection_finish(self, session: Any) -> None:
        self.collected = [str(item.nodeid) for item in session.items]


def pytest_args(setup: Setup, *args: str) -> list[str]:
    # full values in assertion messages (``assert [...] == [...]`` uncut): the repair engine
    # reads a failing assert's two sides as evidence; pytest < 8 warns on the option, no more
    return [*args, "-p", "no:cacheprovider", "-q", "-o", "verbosity_assertions=2",
            "--rootdir", setup.code_root]  # fmt: skip


def run_test(
    setup: Setup, item: Item, overrides: Mapping[str, str], coverage: bool
) -> dict[str, JSON]:
    """The child's work for one pytest node id."""
    import pytest

    prepare_code(setup, overrides)
    seed_randomness(item.seed)
    result: dict[str, JSON] = {"started_at": time.time(), "seed": item.seed}
    report = _NodeReport()
    with measure_coverage(setup, coverage, result):
        t0 = time.perf_counter()
        code = pytest.main(pytest_args(setup, item.key), plugins=[report])
        result["duration_s"] = time.perf_counter() - t0
    result.update(_test_verdict(setup, report, int(code)))
    return result


def _test_verdict(setup: Setup, report: _NodeReport, code: int) -> dict[str, JSON]:
    failed = "failed" in report.outcomes or report.collect_errors
    if not failed and report.outcomes:
        detail = (
            ("skipped: " + report.skipped[0]) if len(report.skipped) == len(report.outcomes) else ""
        )
        return {"status": "ok", "output": "passed", "detail": detail}
    if report.exc is not None:
        error = describe_error(report.exc, setup.code_root)
        if report.longrepr:
            error["traceback"] = bounded_text(report.longrepr)
        return {"status": "error", "output": "failed", **error}
    message = report.longrepr or f"no test ran (pytest exit code {code})"
    return {
        "status": "error",
        "output": "failed",
        "error_type": "TestNotRun" if not failed else None,
        "error_message": bounded_text(message, 4000),
        "detail": bounded_text(message.splitlines()[-1], 300) if message.strip() else "",
    }


def list_tests(setup: Setup, args: Sequence[str]) -> dict[str, JSON]:
    """The child's work for collecting node ids; files that fail to collect are listed too."""
    import pytest

    prepare_code(setup, {})
    report = _NodeReport()
    code = pytest.main(pytest_args(setup, "--collect-only", *args), plugins=[report])
    error = "" if code in (0, 5) or report.collect_errors else f"pytest exit code {code}"
    if error and report.longrepr:
        error += ": " + report.longrepr
    ids = report.collected + report.collect_errors
    return {"node_ids": ids, "error": bounded_text(error, 4000)}


def preload_pytest(setup: Setup) -> None:
    """Import pytest, its built-in plugin modules and its installed plugins in the worker,
    once, so that a child's session imports none of them. Plugins that live under the roots
    are not imported. Warm ``inspect``'s table of module files too: reporting a failure looks
    the failing frame's module up there, and building it walks every loaded module."""
    import inspect
    from importlib.metadata import entry_points

    import pytest  # noqa: F401 - what a child session needs first
    from _pytest.config import default_plugins

    for name in default_plugins:
        with contextlib.suppress(ImportError):
            importlib.import_module(f"_pytest.{name}")

    for ep in entry_points(group="pytest11"):
        top = ep.value.split(":")[0].split(".")[0]
        with contextlib.suppress(Exception):
            spec = importlib.util.find_spec(top)
            origin = spec.origin if spec is not None else None
            if origin and not under(os.path.abspath(origin), setup.roots):
                ep.load()
    inspect.getmodule(preload_pytest.__code__)  # a code object: the lookup walks sys.modules
