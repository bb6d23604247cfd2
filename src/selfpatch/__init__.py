"""selfpatch: let an AI agent fix its own source code from its own production failures.

This module is the recording SDK an agent imports. Importing it is cheap and has no side
effects: it loads neither the CLI nor the ledger nor any model SDK.

    import selfpatch

    @selfpatch.tool
    def lookup(order_id: str) -> dict: ...

    @selfpatch.model(name="gpt-4o")
    def complete(messages: list[dict], tools: list[dict]) -> dict: ...

    client = selfpatch.wrap_openai(openai.OpenAI())

Tools and models should take and return JSON-like data: in replay the agent gets back the
recorded JSON value (see ``selfpatch.record``).
"""

from selfpatch.record import (
    Diverged,
    ReplayedError,
    ToolCall,
    escape_text,
    model,
    model_call,
    recording,
    redact,
    redact_text,
    tool,
    tool_call,
    wrap_anthropic,
    wrap_openai,
)

__version__ = "0.1.0"

__all__ = [
    "Diverged",
    "ReplayedError",
    "ToolCall",
    "__version__",
    "escape_text",
    "model",
    "model_call",
    "recording",
    "redact",
    "redact_text",
    "tool",
    "tool_call",
    "wrap_anthropic",
    "wrap_openai",
]
