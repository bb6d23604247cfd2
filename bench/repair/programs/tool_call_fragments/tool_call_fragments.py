"""Reassembles tool calls streamed as OpenAI-style `delta.tool_calls` fragments."""

import json
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ToolCall:
    id: str
    name: str
    arguments: dict[str, Any]


@dataclass
class _PartialCall:
    id: str = ""
    name: str = ""
    argument_parts: list[str] = field(default_factory=list)


@dataclass
class ToolCallAssembler:
    """Feed every chunk's delta, then call finish() once the stream has ended."""

    partials: dict[int, _PartialCall] = field(default_factory=dict)
    text_parts: list[str] = field(default_factory=list)

    def feed(self, delta: dict[str, Any]) -> None:
        if delta.get("content"):
            self.text_parts.append(delta["content"])
        for fragment in delta.get("tool_calls") or []:
            partial = self.partials.setdefault(fragment["index"], _PartialCall())
            if fragment.get("id"):
                partial.id = fragment["id"]
            function = fragment.get("function") or {}
            if function.get("name"):
                partial.name += function["name"]
            if function.get("arguments"):
                partial.argument_parts.append(function["arguments"])

    @property
    def text(self) -> str:
        return "".join(self.text_parts)

    def finish(self) -> list[ToolCall]:
        """The completed calls in index order; raises ValueError on malformed arguments."""
        calls = []
        for index in sorted(self.partials):
            partial = self.partials[index]
            raw = "".join(partial.argument_parts)
            try:
                arguments = json.loads(raw)
            except json.JSONDecodeError as error:
                raise ValueError(f"tool call {partial.name!r}: bad arguments: {error}") from None
            if not isinstance(arguments, dict):
                raise ValueError(f"tool call {partial.name!r}: arguments are not an object")
            calls.append(ToolCall(partial.id, partial.name, arguments))
        return calls
