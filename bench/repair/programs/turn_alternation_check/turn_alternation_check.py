"""Check the shape of a chat transcript before it is sent to a provider.

Rules:
* system messages may only appear before the conversation starts;
* the first non-system message comes from the user;
* user and assistant turns alternate;
* an assistant message has text, tool calls, or both;
* tool results follow the assistant message that requested them, and each
  answers one of its pending call ids; all calls are answered before the
  next user or assistant message.
"""


class TranscriptError(ValueError):
    def __init__(self, index, reason):
        super().__init__(f"message {index}: {reason}")
        self.index = index
        self.reason = reason


def validate(messages):
    """Raise TranscriptError at the first broken rule; return the number of turns."""
    pending = set()
    previous = None
    turns = 0
    for index, message in enumerate(messages):
        role = message["role"]
        if role == "system":
            if previous is not None:
                raise TranscriptError(index, "system message inside the conversation")
            continue
        if previous is None and role != "user":
            raise TranscriptError(index, "conversation must start with a user message")

        if role == "tool":
            call_id = message.get("tool_call_id")
            if call_id not in pending:
                raise TranscriptError(index, f"tool result for unknown call {call_id!r}")
            pending.discard(call_id)
        else:
            if pending:
                raise TranscriptError(index, f"unanswered tool calls {sorted(pending)}")
            if role == previous:
                raise TranscriptError(index, f"two {role} messages in a row")
            if role == "assistant":
                calls = message.get("tool_calls") or []
                if not message.get("content") or not calls:
                    raise TranscriptError(index, "empty assistant message")
                pending = {call["id"] for call in calls}
            turns += 1
        previous = role
    if pending:
        raise TranscriptError(len(messages), f"unanswered tool calls {sorted(pending)}")
    return turns


def is_valid(messages):
    try:
        validate(messages)
    except TranscriptError:
        return False
    return True
