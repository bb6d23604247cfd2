"""Tool-result message construction."""

from typing import Any


def tool_result(call_id: str, outcome: Any) -> dict[str, Any]:
    if isinstance(outcome, BaseException):
        return {
            "role": "tool",
            "tool_call_id": call_id,
            "is_error": True,
            "content": f"{type(outcome).__name__}: {outcome}",
        }
    return {"role": "tool", "tool_call_id": call_id, "is_error": False, "content": outcome}
