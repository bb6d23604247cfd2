"""Runs the tool calls with which a model hands a conversation over to another agent.

Messages follow the OpenAI chat format: an assistant message may carry "tool_calls", each
answered by one {"role": "tool"} message whose content is the handler's result as JSON.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Conversation:
    active_agent: str
    routes: dict[str, set[str]]  # agent -> agents it may hand off to
    messages: list[dict[str, Any]] = field(default_factory=list)
    handoffs: list[tuple[str, str]] = field(default_factory=list)
    ended: bool = False


Handler = Callable[[Conversation, dict[str, Any]], dict[str, Any]]


def _transfer(conv: Conversation, args: dict[str, Any]) -> dict[str, Any]:
    target = args["agent"]
    if target not in conv.routes.get(conv.active_agent, set()):
        return {"error": f"{conv.active_agent} cannot hand off to {target}"}
    conv.handoffs.append((conv.active_agent, target))
    conv.active_agent = target
    return {"active_agent": target, "summary": args.get("summary", "")}


def _end(conv: Conversation, args: dict[str, Any]) -> dict[str, Any]:
    conv.ended = True
    return {"ended": True}


HANDLERS: dict[str, Handler] = {
    "transfer_to_agent": _transfer,
    "end_conversation": _end,
}


def apply_assistant_message(conv: Conversation, message: dict[str, Any]) -> None:
    conv.messages.append(message)
    for call in message.get("tool_calls") or []:
        function = call["function"]
        handler = HANDLERS.get(function["name"])
        if handler is None:
            result: dict[str, Any] = {"error": f"unknown tool {function['name']}"}
        else:
            result = handler(conv, function["arguments"])
        conv.messages.append(
            {"role": "tool", "tool_call_id": call["id"], "content": json.dumps(result)}
        )
