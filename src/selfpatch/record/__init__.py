"""The recording SDK: tool and model call capture, record and replay, redaction.

``recording(mode, calls=..., live=..., match=...)`` opens one episode's recording; ``@tool``,
``@model``, ``tool_call(...)``, ``wrap_openai`` and ``wrap_anthropic`` mark the calls it
captures. ``redact``, ``redact_text`` and ``escape_text`` make untrusted values safe to keep.
"""

from selfpatch.record._anthropic import wrap_anthropic
from selfpatch.record._openai import wrap_openai
from selfpatch.record._redact import (
    DEFAULT_VALUE_LIMIT,
    REDACTED,
    bound_value,
    escape_text,
    is_secret_key,
    redact,
    redact_text,
    sanitize,
    sanitize_message,
    to_jsonable,
)
from selfpatch.record._sdk import (
    Diverged,
    Recording,
    ReplayedError,
    ToolCall,
    current_recording,
    error_type_name,
    match_key,
    model,
    model_call,
    normalize,
    recording,
    tool,
    tool_call,
    usage_tokens,
)

__all__ = [
    "DEFAULT_VALUE_LIMIT",
    "REDACTED",
    "Diverged",
    "Recording",
    "ReplayedError",
    "ToolCall",
    "bound_value",
    "current_recording",
    "error_type_name",
    "escape_text",
    "is_secret_key",
    "match_key",
    "model",
    "model_call",
    "normalize",
    "recording",
    "redact",
    "redact_text",
    "sanitize",
    "sanitize_message",
    "to_jsonable",
    "tool",
    "tool_call",
    "usage_tokens",
    "wrap_anthropic",
    "wrap_openai",
]
