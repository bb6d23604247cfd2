"""Checks a model's tool-call arguments against the tool's parameter spec before dispatch."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Spec = dict[str, Any]


@dataclass(frozen=True)
class ArgError:
    field: str
    message: str


def _check_range(value: float, spec: Spec) -> str | None:
    low, high = spec.get("minimum"), spec.get("maximum")
    if low is not None and value < low:
        return f"must be >= {low}"
    if high is not None and value > high:
        return f"must be <= {high}"
    return None


def _check_integer(value: Any, spec: Spec) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return "must be an integer"
    return _check_range(value, spec)


def _check_number(value: Any, spec: Spec) -> str | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "must be a number"
    return _check_range(value, spec)


def _check_enum(value: Any, spec: Spec) -> str | None:
    if value not in spec["choices"]:
        return "must be one of: " + ", ".join(map(str, spec["choices"]))
    return None


def _check_string(value: Any, spec: Spec) -> str | None:
    if not isinstance(value, str):
        return "must be a string"
    if len(value) > spec.get("max_length", len(value)):
        return f"must be at most {spec['max_length']} characters"
    return None


CHECKERS: dict[str, Callable[[Any, Spec], str | None]] = {
    "integer": _check_integer,
    "number": _check_number,
    "enum": _check_enum,
    "string": _check_string,
}


def validate_args(args: dict[str, Any], params: dict[str, Spec]) -> list[ArgError]:
    """Every problem with args, ordered by parameter name so reports are stable."""
    errors = [ArgError(name, "is not a known parameter") for name in args if name not in params]
    for name, spec in params.items():
        if name not in args:
            if spec.get("required", False):
                errors.append(ArgError(name, "is required"))
            continue
        problem = CHECKERS[spec["type"]](args[name], spec)
        if problem is not None:
            errors.append(ArgError(name, problem))
    return sorted(errors)


def format_errors(tool: str, errors: list[ArgError]) -> str:
    """The tool result sent back to the model so it can correct the call."""
    lines = [f"Invalid arguments for {tool}:"]
    lines += [f"- {error.field} {error.message}" for error in errors]
    return "\n".join(lines)
