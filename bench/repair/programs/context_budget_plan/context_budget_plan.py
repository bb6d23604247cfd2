"""Decide how many tokens each part of the next prompt may use."""

from dataclasses import dataclass


@dataclass(frozen=True)
class BudgetPlan:
    system: int
    history: int
    tools: int
    reply: int

    @property
    def total(self):
        return self.system + self.history + self.tools + self.reply


def plan_budget(window, system_tokens, history_wanted, tools_wanted,
                reply_reserve=256, tool_share=0.5):
    """Split a model's context window between the parts of a prompt.

    The system prompt always gets what it needs, and `reply_reserve` tokens
    are held back for the model's answer. What is left is split between tool
    outputs (`tool_share` of it) and the conversation history (the rest). A
    part that needs less than its share hands the unused tokens to the other.
    """
    if not 0.0 <= tool_share <= 1.0:
        raise ValueError("tool_share must be between 0 and 1")
    free = window - system_tokens
    if free < 0:
        raise ValueError("system prompt and reply reserve do not fit the window")
    tool_cap = int(free * tool_share)
    history_cap = free - tool_cap
    tools = min(tools_wanted, tool_cap)
    history = min(history_wanted, history_cap)
    spare = free - tools - history
    if tools_wanted > tools:
        tools = tools + spare
    elif history_wanted > history:
        history = min(history_wanted, history + spare)
    return BudgetPlan(system_tokens, history, tools, reply_reserve)
