"""Builds what a parent agent hands to a sub-agent: the task, shared context and tools."""

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Message:
    role: str  # "system", "user", "assistant" or "tool"
    content: str
    private: bool = False  # the parent's scratch notes, never forwarded


@dataclass(frozen=True)
class Tool:
    name: str
    writes: bool = False


@dataclass
class Handoff:
    task: str
    context: list[Message] = field(default_factory=list)
    tools: list[str] = field(default_factory=list)

    def as_messages(self) -> list[dict[str, str]]:
        messages = [{"role": m.role, "content": m.content} for m in self.context]
        messages.append({"role": "user", "content": self.task})
        return messages


def _shareable(message: Message) -> bool:
    if message.private and not message.content.strip():
        return False
    return message.role in ("user", "assistant")


def build_handoff(
    task: str,
    history: Sequence[Message],
    parent_tools: Sequence[Tool],
    requested: Sequence[str],
    *,
    read_only: bool = True,
    max_context: int = 6,
) -> Handoff:
    """The sub-agent never gets a tool its parent lacks, nor writing tools when read-only."""
    shared = [message for message in history if _shareable(message)]
    context = shared[-max_context:] if max_context > 0 else []
    available = {tool.name: tool for tool in parent_tools}
    tools: list[str] = []
    for name in requested:
        tool = available.get(name)
        if tool is None or name in tools or (tool.writes and read_only):
            continue
        tools.append(name)
    return Handoff(task.strip(), context, tools)
