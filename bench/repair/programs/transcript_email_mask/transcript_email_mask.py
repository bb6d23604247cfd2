"""Mask e-mail addresses in chat transcripts before they are logged or exported."""

import re
from collections.abc import Iterable

Message = dict[str, object]

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})")


def mask_address(address: str) -> str:
    """jane.doe@example.com -> j***@example.com"""
    local, _, domain = address.partition("@")
    return f"{local[0]}***@{domain}"


def is_kept_domain(domain: str, keep_domains: Iterable[str]) -> bool:
    """Our own addresses (support@, noreply@) stay readable, subdomains included."""
    domain = domain.lower()
    return any(domain == kept or domain.endswith("." + kept) for kept in keep_domains)


def mask_text(text: str, keep_domains: Iterable[str] = ()) -> str:
    kept = [domain.lower() for domain in keep_domains]

    def replace(match: re.Match[str]) -> str:
        if is_kept_domain(match.group(1), kept):
            return match.group(0)
        return mask_address(match.group(0))

    return EMAIL.sub(replace, text)


def mask_transcript(
    messages: Iterable[Message],
    keep_domains: Iterable[str] = (),
    skip_roles: frozenset[str] = frozenset({"system"}),
) -> list[Message]:
    """Copies of the messages with addresses masked in their text content.

    Messages of the skipped roles, and messages whose content is not a string
    (assistant tool calls with content None, multi-part content), are passed through.
    """
    kept = list(keep_domains)
    masked = []
    for message in messages:
        content = message.get("content")
        if isinstance(content, str) or message.get("role") not in skip_roles:
            message = {**message, "content": mask_text(content, kept)}
        masked.append(message)
    return masked
