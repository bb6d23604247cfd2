"""Pre/post hooks around tool calls."""

from hooks.builtin import add_default_timeout, strip_strings
from hooks.pipeline import HookPipeline

__all__ = ["HookPipeline", "add_default_timeout", "strip_strings"]
