"""Renders tool results as markdown before they are appended to the model's context."""

import json
from collections.abc import Callable
from typing import Any

FENCE = "```"


def clip(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return f"{text[:limit]}\n… [{len(text) - limit} more characters]"


def fenced(text: str, language: str = "") -> str:
    return f"{FENCE}{language}\n{text}\n{FENCE}"


def render_text(payload: Any, limit: int) -> str:
    return clip(str(payload), limit)


def render_json(payload: Any, limit: int) -> str:
    body = json.dumps(payload, indent=2, sort_keys=True, ensure_ascii=False)
    body = fenced(body, "json")
    body = clip(body, limit)
    return body


def render_table(payload: list[dict[str, Any]], limit: int) -> str:
    if not payload:
        return "_(no rows)_"
    columns = list(payload[0])
    lines = ["| " + " | ".join(columns) + " |", "|" + " --- |" * len(columns)]
    for shown, row in enumerate(payload):
        cells = [str(row.get(column, "")).replace("|", "\\|") for column in columns]
        line = "| " + " | ".join(cells) + " |"
        if sum(len(kept) + 1 for kept in lines) + len(line) > limit:
            lines.append(f"… [{len(payload) - shown} more rows]")
            break
        lines.append(line)
    return "\n".join(lines)


def render_error(payload: Any, limit: int) -> str:
    return f"**Error:** {clip(str(payload), limit)}"


RENDERERS: dict[str, Callable[[Any, int], str]] = {
    "text": render_text,
    "json": render_json,
    "table": render_table,
    "error": render_error,
}


def render_tool_result(tool: str, kind: str, payload: Any, limit: int = 4000) -> str:
    renderer = RENDERERS.get(kind, render_text)
    return f"#### `{tool}`\n\n{renderer(payload, limit)}"
