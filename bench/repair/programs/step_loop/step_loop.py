"""A bounded think-act loop that gives up when the planner keeps repeating an action."""

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Action:
    tool: str
    argument: str = ""


@dataclass
class Outcome:
    status: str = "out_of_steps"  # or "finished", "stuck"
    answer: str | None = None
    steps: list[tuple[Action, str]] = field(default_factory=list)


Planner = Callable[[list[tuple[Action, str]]], Action]
Tool = Callable[[str], str]


class StepLoop:
    def __init__(self, planner: Planner, tools: dict[str, Tool], max_steps: int = 8,
                 repeat_window: int = 3) -> None:
        self.planner = planner
        self.tools = tools
        self.max_steps = max_steps
        self.repeat_window = repeat_window

    def run(self) -> Outcome:
        outcome = Outcome()
        recent: deque[Action] = deque(maxlen=self.repeat_window)
        for _ in range(self.max_steps):
            action = self.planner(outcome.steps)
            recent.append(action)
            if action.tool == "finish":
                outcome.status, outcome.answer = "finished", action.argument
                return outcome
            if action in recent:
                outcome.status = "stuck"
                return outcome
            tool = self.tools.get(action.tool)
            observation = tool(action.argument) if tool else f"unknown tool {action.tool!r}"
            outcome.steps.append((action, observation))
        return outcome
