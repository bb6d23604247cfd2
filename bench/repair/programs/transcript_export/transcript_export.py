"""Exports an agent transcript as Markdown blocks, with secrets masked."""

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

SECRET = re.compile(r"\b(?:sk-|ghp_|xoxb-)[A-Za-z0-9_-]{16,}")


@dataclass(frozen=True)
class Message:
    role: str
    content: str = ""
    name: str = ""  # the tool's name when role == "tool"
    tool_calls: list[dict[str, Any]] = field(default_factory=list)


def _redact(text: str) -> str:
    return SECRET.sub("[secret]", text)


def _clip(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return f"{text[:limit]}\n… ({len(text) - limit} more characters)"


def _user(message: Message) -> str:
    return f"**User:** {message.content}"


def _assistant(message: Message) -> str:
    lines = [f"**Assistant:** {message.content}".rstrip()]
    for call in message.tool_calls:
        arguments = json.dumps(call["arguments"], sort_keys=True)
        lines.append(f"- calls `{call['name']}` with `{arguments}`")
    return "\n".join(lines)


def _tool(message: Message) -> str:
    return f"**Tool `{message.name}`:**\n```\n{message.content}\n```"


def _other(message: Message) -> str:
    return f"**{message.role.title()}:** {message.content}"


RENDERERS: dict[str, Callable[[Message], str]] = {
    "user": _user,
    "assistant": _assistant,
    "tool": _tool,
}


def export_markdown(
    messages: Iterable[Message], max_chars: int = 400, include_system: bool = False
) -> Iterator[str]:
    """One Markdown block per message; long contents are cut to max_chars."""
    for message in messages:
        if message.role == "system" and not include_system:
            continue
        text = message.content
        text = _clip(text, max_chars)
        text = _redact(text)
        render = RENDERERS.get(message.role, _other)
        yield render(replace(message, content=text))


def export_document(messages: Iterable[Message], title: str, **options: Any) -> str:
    return "\n\n".join([f"# {title}", *export_markdown(messages, **options)]) + "\n"
