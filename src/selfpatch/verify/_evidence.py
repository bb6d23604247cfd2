"""What a child reports about its run: the error with its frames in the agent's code, the
output as JSON, and the lines it covered."""

from __future__ import annotations

import contextlib
import json
import os
import types
from collections.abc import Iterator

from selfpatch.verify._setup import JSON, Setup, bounded_text, under

OUTPUT_LIMIT = 4 * 1024 * 1024
"""JSON characters of one output; a bigger output is an error of the run."""


class OutputTooLarge(Exception):
    pass


def jsonable_output(output: JSON) -> JSON:
    from selfpatch.record import to_jsonable

    value = to_jsonable(output)
    size = len(json.dumps(value))
    if size > OUTPUT_LIMIT:
        raise OutputTooLarge(f"the output is {size} JSON characters, more than {OUTPUT_LIMIT}")
    return value


def describe_error(exc: BaseException, code_root: str) -> dict[str, JSON]:
    import traceback

    from selfpatch.record import error_type_name

    return {
        "error_type": error_type_name(type(exc)),
        "error_message": bounded_text(str(exc), 4000),
        "traceback": bounded_text("".join(traceback.format_exception(exc))),
        "frames": frames_inside(exc.__traceback__, code_root),
        "detail": bounded_text(f"{type(exc).__name__}: {exc}".splitlines()[0], 300),
    }


def frames_inside(tb: types.TracebackType | None, code_root: str) -> list[dict[str, JSON]]:
    """The traceback's frames in the code root, relative paths, innermost last."""
    import traceback

    frames = []
    for summary in traceback.extract_tb(tb):
        if not os.path.isabs(summary.filename):
            continue  # <frozen importlib._bootstrap>, <string>: not a file of the agent's
        path = os.path.normpath(summary.filename)
        if under(path, (code_root,)):
            rel = os.path.relpath(path, code_root)
            frames.append({"path": rel, "line": summary.lineno or 0, "function": summary.name})
    return frames


@contextlib.contextmanager
def measure_coverage(setup: Setup, wanted: bool, result: dict[str, JSON]) -> Iterator[None]:
    """Coverage of the block, as ``result["lines"]`` ({relative path: line numbers})."""
    if not wanted:
        yield
        return
    import coverage

    cov = coverage.Coverage(data_file=None, include=setup.include, config_file=False)
    cov.start()
    try:
        yield
    finally:
        cov.stop()
        result["lines"] = _covered_lines(cov, setup.code_root)


def _covered_lines(cov: JSON, code_root: str) -> dict[str, list[int]]:
    data = cov.get_data()
    lines: dict[str, list[int]] = {}
    for path in data.measured_files():
        rel = os.path.relpath(path, code_root)
        lines[rel] = sorted(n for n in data.lines(path) or [] if n > 0)
    return lines
