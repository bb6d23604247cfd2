"""Stop conditions for an agent's step loop: a step budget, a final answer, a stuck model."""

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class StopPolicy:
    max_steps: int = 12
    final_markers: tuple[str, ...] = ("FINAL ANSWER:", "Final answer:")
    max_identical_replies: int = 3


@dataclass
class LoopOutcome:
    reason: str  # "final_answer", "max_steps" or "stuck"
    steps: int
    answer: str | None = None
    replies: list[str] = field(default_factory=list)


def extract_final_answer(reply: str, markers: tuple[str, ...]) -> str | None:
    """The text after the first final-answer marker, or None when the reply has none."""
    for marker in markers:
        index = reply.find(marker)
        if index != -1:
            return reply[index + len(marker):].strip()
    return ""


def run_steps(step: Callable[[int], str], policy: StopPolicy | None = None) -> LoopOutcome:
    """Call step(1), step(2), ... until one of the policy's stop conditions holds."""
    policy = policy or StopPolicy()
    replies: list[str] = []
    identical = 0
    for number in range(1, policy.max_steps + 1):
        reply = step(number)
        identical = identical + 1 if replies and replies[-1] == reply else 1
        replies.append(reply)
        answer = extract_final_answer(reply, policy.final_markers)
        if answer is not None:
            return LoopOutcome("final_answer", number, answer, replies)
        if identical >= policy.max_identical_replies:
            return LoopOutcome("stuck", number, None, replies)
    return LoopOutcome("max_steps", len(replies), None, replies)
