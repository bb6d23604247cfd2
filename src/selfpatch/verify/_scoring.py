"""Scoring, in the worker and never in a child: a child can lie about what it returned, but
not about how good that was. Also the worker's view of a child's answer: only well-typed
fields, every text bounded and redacted."""

from __future__ import annotations

import importlib
import math
import signal
import sys
from collections.abc import Callable, Mapping
from typing import Any

from selfpatch.verify._setup import JSON, TEXT_LIMIT, Setup, bounded_text, code_paths

STATUSES = ("ok", "error", "diverged")

Evaluator = Callable[[dict[str, JSON], JSON], Any]


def load_evaluator(setup: Setup) -> Evaluator | None:
    if not setup.evaluator:
        return None
    module_name, _, attr = setup.evaluator.partition(":")
    sys.path[:0] = code_paths(setup.evaluator_root)
    target: Any = importlib.import_module(module_name)
    for part in attr.split("."):
        target = getattr(target, part)
    if not callable(target):
        raise TypeError(f"evaluator {setup.evaluator!r} is not callable")
    return target  # type: ignore[no-any-return]


class _EvaluatorTimeout(Exception):
    pass


def score_output(
    evaluator: Evaluator | None, task: dict[str, JSON], output: JSON, timeout_s: float
) -> tuple[float, str]:
    """The score of an output in [0, 1] and, when it is not a clean pass, why."""
    if evaluator is None:
        if "expected" not in task:
            return 1.0, ""
        return (1.0, "") if output == task["expected"] else (0.0, "output differs from expected")

    def on_alarm(signum: int, frame: object) -> None:
        raise _EvaluatorTimeout

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, max(timeout_s, 0.1))
    try:
        raw = evaluator(task, output)
        value = float(raw)
    except _EvaluatorTimeout:
        return 0.0, f"evaluator timed out after {timeout_s:g}s"
    except Exception as exc:
        return 0.0, bounded_text(f"evaluator raised {type(exc).__name__}: {exc}", 300)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    if math.isnan(value):
        return 0.0, "evaluator returned NaN"
    return min(1.0, max(0.0, value)), ""


def sanitize_answer(answer: Mapping[str, JSON]) -> dict[str, JSON]:
    """Keep only well-typed fields of a child's answer; everything in it is untrusted."""
    out: dict[str, JSON] = {"status": answer.get("status"), "output": answer.get("output")}
    for name in ("error_type", "error_message", "traceback", "detail"):
        value = answer.get(name)
        out[name] = clean_text(value) if isinstance(value, str) else None
    out["detail"] = out["detail"] or ""
    for name in ("duration_s", "started_at"):
        value = answer.get(name)
        out[name] = float(value) if isinstance(value, int | float) else 0.0
    out["frames"] = [
        {
            "path": str(f.get("path")),
            "line": int(f.get("line") or 0),
            "function": str(f.get("function")),
        }
        for f in answer.get("frames") or []
        if isinstance(f, dict)
    ]
    out["calls"] = [c for c in answer.get("calls") or [] if isinstance(c, dict)]
    lines = answer.get("lines")
    out["lines"] = {
        str(k): [int(n) for n in v if isinstance(n, int)]
        for k, v in (lines.items() if isinstance(lines, dict) else [])
        if isinstance(v, list)
    }
    return out


def clean_text(text: str | bytes, limit: int = TEXT_LIMIT) -> str:
    """Untrusted text to keep: bounded (the tail, where a traceback says most), secrets
    redacted, control characters escaped."""
    if not text:
        return ""  # what redacting and escaping make of it, without compiling their patterns
    from selfpatch.record import escape_text, redact_text

    return escape_text(redact_text(bounded_text(text, limit)), limit + 100)
