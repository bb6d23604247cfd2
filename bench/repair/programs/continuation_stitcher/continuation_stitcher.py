"""Ask the model to go on when its reply is cut off at the output-token limit, and stitch the parts."""

from collections.abc import Callable
from dataclasses import dataclass

Message = dict[str, str]

CONTINUE_PROMPT = "Continue exactly where you left off, without repeating anything."


@dataclass
class Reply:
    text: str
    stop_reason: str  # "end_turn", "max_tokens", "stop_sequence", ...
    output_tokens: int


@dataclass
class Stitched:
    text: str = ""
    stop_reason: str = ""
    output_tokens: int = 0
    calls: int = 0


def complete_with_continuation(
    complete: Callable[[list[Message]], Reply],
    messages: list[Message],
    max_continuations: int = 2,
) -> Stitched:
    """Call the model; while it stops at max_tokens, ask it to continue, at most max_continuations times.

    Each continuation request is the original conversation, then everything the model has
    written so far as one assistant message, then the continue prompt.
    """
    parts: list[str] = []
    result = Stitched()
    history = list(messages)
    while True:
        reply = complete(history)
        parts.append(reply.text)
        result.calls += 1
        result.output_tokens += reply.output_tokens
        result.stop_reason = reply.stop_reason
        if reply.stop_reason != "max_tokens" or result.calls > max_continuations:
            break
        history = history + [
            {"role": "assistant", "content": "".join(parts)},
            {"role": "user", "content": CONTINUE_PROMPT},
        ]
    result.text = "".join(parts)
    return result
