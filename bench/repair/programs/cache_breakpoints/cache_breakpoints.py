"""Mark prompt-cache breakpoints on a Messages API request before it is sent.

Breakpoints go, in this order of priority, on the last tool definition, on the system
prompt, and on the most recent user turns, and never more than max_breakpoints in all.
"""

from copy import deepcopy
from typing import Any

Block = dict[str, Any]
Request = dict[str, Any]

DEFAULT_MAX_BREAKPOINTS = 4


def _as_blocks(content: str | list[Block]) -> list[Block]:
    if isinstance(content, str):
        return [{"type": "text", "text": content}]
    return content


def _mark_last(content: str | list[Block]) -> list[Block]:
    blocks = _as_blocks(content)
    blocks[-1]["cache_control"] = {"type": "ephemeral"}
    return blocks


def add_cache_breakpoints(request: Request, max_breakpoints: int = DEFAULT_MAX_BREAKPOINTS) -> Request:
    """A copy of request with cache_control markers added; the request itself is not changed."""
    out = deepcopy(request)
    budget = max_breakpoints
    if out.get("tools") and budget > 0:
        out["tools"][-1]["cache_control"] = {"type": "ephemeral"}
        budget -= 1
    if out.get("system") and budget > 0:
        out["system"] = _mark_last(out["system"])
        budget -= 1
    messages = out.get("messages", [])
    user_turns = [i for i, message in enumerate(messages) if message["role"] == "user"]
    recent = user_turns[-budget:]
    for index in recent:
        messages[index]["content"] = _mark_last(messages[index]["content"])
    return out


def count_breakpoints(request: Request) -> int:
    """How many cache_control markers a request carries."""
    found = sum("cache_control" in tool for tool in request.get("tools", []))
    system = request.get("system")
    if isinstance(system, list):
        found += sum("cache_control" in block for block in system)
    for message in request.get("messages", []):
        if isinstance(message["content"], list):
            found += sum("cache_control" in block for block in message["content"])
    return found
