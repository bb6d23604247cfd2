"""Turning tool return values into tool-result messages."""

import json
from typing import Any


def render(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, sort_keys=True, default=str)


def result_message(call_id: str, value: Any) -> dict[str, str]:
    return {"role": "tool", "tool_call_id": call_id, "content": render(value)}
