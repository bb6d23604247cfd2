"""Masks secrets in chat transcripts (Anthropic-style content blocks) before they are stored."""

import re
from typing import Any

MASK = "[secret]"
SECRET_KEYS = frozenset({"api_key", "password", "token", "secret", "authorization"})
SECRET_TEXT = re.compile(r"\b(?:sk-[A-Za-z0-9_-]{16,}|ghp_[A-Za-z0-9]{20,}|AKIA[0-9A-Z]{16})\b")


def mask_text(text: str) -> str:
    return SECRET_TEXT.sub(MASK, text)


def mask_arguments(value: Any) -> Any:
    """Masks secret-named fields; empty ones stay as they are, so "not set" remains visible."""
    if isinstance(value, dict):
        return {
            key: MASK if key.lower() in SECRET_KEYS else mask_arguments(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [mask_arguments(item) for item in value]
    if isinstance(value, str):
        return mask_text(value)
    return value


def mask_block(block: dict[str, Any]) -> dict[str, Any]:
    kind = block.get("type")
    if kind == "text":
        return {**block, "text": mask_text(block["text"])}
    if kind == "tool_use":
        return {**block, "arguments": mask_arguments(block["input"])}
    if kind == "tool_result":
        return {**block, "content": mask_content(block["content"])}
    return block


def mask_content(content: str | list[dict[str, Any]]) -> str | list[dict[str, Any]]:
    if isinstance(content, str):
        return mask_text(content)
    return [mask_block(block) for block in content]


def mask_message(message: dict[str, Any]) -> dict[str, Any]:
    return {**message, "content": mask_content(message["content"])}


def mask_transcript(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [mask_message(message) for message in messages]
