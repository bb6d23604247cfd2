"""Parse <tool_call> elements a model writes inline in its reply.

    <tool_call name="search"><arg name="query">tide tables</arg></tool_call>

A call that cannot be used becomes an error message fed back to the model on the next turn;
it must never take the whole turn down.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Any

CALL = re.compile(r"<tool_call\b.*?</tool_call>", re.DOTALL)


@dataclass
class ParsedReply:
    text: str  # the reply with the calls cut out
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


class XmlToolCallParser:
    def __init__(self, known_tools: set[str]) -> None:
        self.known_tools = known_tools

    def parse(self, reply: str) -> ParsedReply:
        result = ParsedReply(text=CALL.sub("", reply).strip())
        for number, match in enumerate(CALL.finditer(reply), start=1):
            try:
                result.calls.append(self.parse_call(match.group(0)))
            except ValueError as exc:
                result.errors.append(f"tool call #{number}: {exc}")
        return result

    def parse_call(self, fragment: str) -> tuple[str, dict[str, Any]]:
        element = ET.fromstring(fragment)
        name = element.get("name")
        if not name:
            raise ValueError("missing name attribute")
        if name not in self.known_tools:
            raise ValueError(f"unknown tool {name!r}")
        arguments: dict[str, Any] = {}
        for arg in element.iter("arg"):
            key = arg.get("name")
            if not key:
                raise ValueError(f"{name}: <arg> without a name")
            arguments[key] = self.decode(arg)
        return name, arguments

    @staticmethod
    def decode(arg: ET.Element) -> Any:
        raw = (arg.text or "").strip()
        if arg.get("type") == "json":
            return json.loads(raw)
        return raw
