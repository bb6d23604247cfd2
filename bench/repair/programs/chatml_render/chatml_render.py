"""Render a chat conversation into a ChatML prompt for a local completion model."""

from typing import Any

Message = dict[str, Any]

START, END = "<|im_start|>", "<|im_end|>"
ROLES = {"system", "user", "assistant", "tool"}


class TemplateError(ValueError):
    pass


def _text(content: str | list[dict[str, Any]]) -> str:
    """Plain text of a message: a string, or the text parts of a content list."""
    if isinstance(content, str):
        return content
    return "".join(part["text"] for part in content if part.get("type") == "text")


def _block(role: str, text: str) -> str:
    return f"{START}{role}\n{text}{END}\n"


def render(
    messages: list[Message],
    default_system: str | None = None,
    add_generation_prompt: bool = True,
) -> str:
    """The prompt text, ending with an open assistant turn when add_generation_prompt.

    default_system is used only when the conversation does not start with its own
    system message. A system message anywhere but first is an error, and so is any
    text containing the template's special tokens.
    """
    if default_system:
        messages = [{"role": "system", "content": default_system}, *messages]
    parts = []
    for index, message in enumerate(messages):
        role = message.get("role")
        if role not in ROLES:
            raise TemplateError(f"message {index}: unknown role {role!r}")
        if role == "system" and index > 0:
            raise TemplateError(f"message {index}: system message must come first")
        text = _text(message.get("content") or "")
        if START in text or END in text:
            raise TemplateError(f"message {index}: content contains a special token")
        if role == "tool":
            text = f"[{message.get('name', 'tool')}] {text}"
        parts.append(_block(role, text))
    if add_generation_prompt:
        parts.append(f"{START}assistant\n")
    return "".join(parts)
