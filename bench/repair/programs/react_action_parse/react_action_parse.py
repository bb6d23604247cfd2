"""Parse a ReAct-style model reply ("Thought: / Action: / Action Input:") into one step."""

import json
import re
from dataclasses import dataclass, field

# Labels the model writes at the start of a line. "Observation" is the tool's part: a
# model that runs on and invents one must not have it read as part of its Action Input.
_LABEL = re.compile(r"^(Thought|Action Input|Action|Observation|Final Answer)[ \t]*:[ \t]*",
                    re.MULTILINE)
_FENCE = re.compile(r"^```[\w-]*\n(.*?)\n?```$", re.DOTALL)


@dataclass
class Step:
    thought: str = ""
    tool: str | None = None
    args: dict[str, object] = field(default_factory=dict)
    answer: str | None = None


def _sections(reply: str) -> dict[str, str]:
    parts = _LABEL.split(reply)
    sections: dict[str, str] = {}
    for label, text in zip(parts[1::2], parts[2::2]):
        sections.setdefault(label, text.strip())  # the first of a repeated label wins
    return sections


def parse_args(raw: str) -> dict[str, object]:
    """Action Input as tool arguments.

    A JSON object is used as it is, also inside a ``` fence and also when the model
    double-encodes it as a JSON string ("{\\"q\\": 1}"). Anything else, quoted
    text included, becomes {"input": <text>}.
    """
    raw = raw.strip()
    fenced = _FENCE.match(raw)
    if fenced:
        raw = fenced.group(1).strip()
    try:
        value = json.loads(raw)
    except json.JSONDecodeError:
        return {"input": raw}
    if isinstance(value, dict):
        return value
    return {"input": value}


def parse_step(reply: str) -> Step:
    """A tool call if the reply names an Action, else its Final Answer."""
    sections = _sections(reply)
    thought = sections.get("Thought", "")
    if "Action" in sections:
        tool = sections["Action"].splitlines()[0].strip() if sections["Action"] else ""
        if not tool:
            raise ValueError("Action without a tool name")
        return Step(thought, tool, parse_args(sections.get("Action Input", "")))
    if "Final Answer" in sections:
        return Step(thought, answer=sections["Final Answer"])
    raise ValueError("reply has neither an Action nor a Final Answer")
