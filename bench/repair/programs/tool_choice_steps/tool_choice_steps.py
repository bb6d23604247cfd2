"""An agent step loop that steers tool use through the request's tool_choice.

Optionally the first steps force one tool (say, a retrieval tool) until it has been
called; the model chooses freely after that; the last step of the budget allows no tools
at all, so that a run always has a chance to end with an answer.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

ToolChoice = dict[str, str]
ToolCall = tuple[str, dict[str, Any]]


@dataclass
class Turn:
    text: str
    tool_calls: list[ToolCall] = field(default_factory=list)


@dataclass
class RunResult:
    answer: str | None = None
    choices: list[ToolChoice] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)


Model = Callable[[list[dict[str, Any]], ToolChoice], Turn]


def tool_choice_for(step: int, max_steps: int, first_tool: str | None, called: set[str]) -> ToolChoice:
    """The tool_choice for step (0-based) of a run of at most max_steps steps."""
    if first_tool is not None and first_tool not in called:
        return {"type": "tool", "name": first_tool}
    if step == max_steps - 1:
        return {"type": "none"}
    return {"type": "auto"}


def run_agent(
    model: Model,
    tools: dict[str, Callable[..., Any]],
    prompt: str,
    max_steps: int = 6,
    first_tool: str | None = None,
) -> RunResult:
    messages: list[dict[str, Any]] = [{"role": "user", "content": prompt}]
    result = RunResult()
    called: set[str] = set()
    for step in range(max_steps):
        choice = tool_choice_for(step, max_steps, first_tool, called)
        result.choices.append(choice)
        turn = model(messages, choice)
        messages.append({"role": "assistant", "content": turn.text, "tool_calls": turn.tool_calls})
        if not turn.tool_calls:
            result.answer = turn.text
            break
        for name, args in turn.tool_calls:
            tool = tools.get(name)
            output = tool(**args) if tool else f"error: no tool named {name!r}"
            called.add(name)
            result.calls.append(name)
            messages.append({"role": "tool", "name": name, "content": str(output)})
    return result
