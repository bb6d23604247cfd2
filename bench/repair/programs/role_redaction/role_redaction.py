"""Scrubs secrets from chat messages before they are written to logs or traces."""

import re
from collections.abc import Callable

Masker = Callable[[re.Match[str]], str]


def _label(kind: str) -> Masker:
    return lambda match: f"[{kind}]"


def _keep_key(match: re.Match[str]) -> str:
    return f"{match.group('key')}=[secret]"


SECRET_PATTERNS: dict[str, tuple[re.Pattern[str], Masker]] = {
    "api_key": (re.compile(r"\bsk-[A-Za-z0-9_-]{16,}"), _label("api_key")),
    "aws_key": (re.compile(r"\bAKIA[0-9A-Z]{16}\b"), _label("aws_key")),
    "jwt": (re.compile(r"\beyJ[\w-]+\.[\w-]+\.[\w-]+"), _label("jwt")),
    "assignment": (
        re.compile(r"(?i)\b(?P<key>password|passwd|token|secret)\s*[:=]\s*\S+"),
        _keep_key,
    ),
}

# Our own prompts and the model's replies are kept verbatim for debugging.
SCRUB_ROLE = {"system": False, "assistant": False, "user": True, "tool": True}


def redact_text(text: str) -> tuple[str, int]:
    hits = 0
    for pattern, mask in SECRET_PATTERNS.values():
        text, count = pattern.subn(mask, text)
        hits += count
    return text, hits


def redact_messages(messages: list[dict[str, str]]) -> tuple[list[dict[str, str]], int]:
    """Copies of the messages with secrets masked, and how many secrets were masked."""
    scrubbed: list[dict[str, str]] = []
    total = 0
    for message in messages:
        if SCRUB_ROLE.get(message.get("role", ""), False):
            content, hits = redact_text(message.get("content", ""))
            message = {**message, "content": content}
            total += hits
        scrubbed.append(message)
    return scrubbed, total
