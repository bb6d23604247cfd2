"""Reads a function call out of a model reply: a JSON object, often followed by chatter."""

import json
import re
from dataclasses import dataclass
from typing import Any

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]{0,63}")
_DECODER = json.JSONDecoder()


@dataclass(frozen=True)
class FunctionCall:
    name: str
    arguments: dict[str, Any]
    trailing: str = ""

    def __post_init__(self) -> None:
        if not _NAME.fullmatch(self.name):
            raise ValueError(f"invalid function name {self.name!r}")
        if not isinstance(self.arguments, dict):
            raise ValueError(f"arguments must be an object, not {type(self.arguments).__name__}")


@dataclass(frozen=True)
class CallError:
    reason: str
    reply: str


def parse_call(reply: str) -> FunctionCall | CallError:
    """The first JSON object in reply as a call; whatever follows it is kept as trailing."""
    start = reply.find("{")
    if start < 0:
        return CallError("no JSON object in reply", reply)
    try:
        payload, end = _DECODER.raw_decode(reply, start)
        arguments = payload.get("arguments", {})
        if isinstance(arguments, str):
            # Some providers send the arguments double-encoded.
            arguments = json.loads(arguments) if arguments.strip() else {}
        return FunctionCall(str(payload.get("name", "")), arguments, reply[end:].strip())
    except json.JSONDecodeError as exc:
        return CallError(str(exc), reply)


def parse_calls(replies: list[str]) -> tuple[list[FunctionCall], list[CallError]]:
    calls: list[FunctionCall] = []
    errors: list[CallError] = []
    for reply in replies:
        result = parse_call(reply)
        if isinstance(result, CallError):
            errors.append(result)
        else:
            calls.append(result)
    return calls, errors
