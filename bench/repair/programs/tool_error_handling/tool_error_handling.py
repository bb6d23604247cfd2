"""Turns tool failures into tool-result messages the model can react to."""

from collections.abc import Callable
from typing import Any


class ToolError(Exception):
    """An expected failure a tool reports on purpose (file missing, quota hit...)."""

    def __init__(self, message: str, retryable: bool = False) -> None:
        super().__init__(message)
        self.retryable = retryable


def execute(tool: Callable[..., Any], arguments: dict[str, Any]) -> dict[str, Any]:
    """Run a tool; failures the model can fix become error results instead of crashing the loop.

    A TypeError means the model passed arguments the tool does not accept.
    """
    try:
        value = tool(**arguments)
    except ToolError as err:
        return {
            "ok": False,
            "error": f"{type(err).__name__}: {err}",
            "retryable": getattr(err, "retryable", False),
        }
    return {"ok": True, "content": value}


def run_all(calls: list[tuple[Callable[..., Any], dict[str, Any]]]) -> list[dict[str, Any]]:
    return [execute(tool, arguments) for tool, arguments in calls]
