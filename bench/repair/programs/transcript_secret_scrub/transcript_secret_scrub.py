"""Export a chat transcript as Markdown with secrets redacted.

API keys, bearer tokens and the values of secret-looking fields
(``password=...``, ``"token": "..."``) are replaced by a marker naming the
kind of secret, so a reader can still tell what was there.  Field names and
the "Bearer" scheme are matched regardless of case.
"""

import re

MARK = "[REDACTED:{}]"

KEY_PATTERNS = {
    "api_key": r"\bsk-[A-Za-z0-9_-]{16,}",
    "aws_key": r"\bAKIA[0-9A-Z]{16}\b",
}
BEARER = r"(\bbearer\s+)[A-Za-z0-9._~+/-]+=*"
FIELD = r'((?:password|passwd|secret|token|api_key)"?\s*[:=]\s*"?)[^"\s,;}]+'


def redact(text):
    """Return `text` with every recognised secret replaced by a marker."""
    text = re.sub(FIELD, lambda m: m.group(1) + MARK.format("field"), text)
    text = re.sub(BEARER, lambda m: m.group(1) + MARK.format("bearer"), text, flags=re.IGNORECASE)
    for kind, pattern in KEY_PATTERNS.items():
        text = re.sub(pattern, MARK.format(kind), text)
    return text


def count_redactions(text):
    return redact(text).count("[REDACTED:")


def export_markdown(messages, title="Transcript", include_system=False):
    """Render messages as Markdown, one bold speaker label per message."""
    lines = [f"# {title}", ""]
    for message in messages:
        if message["role"] == "system" and not include_system:
            continue
        speaker = message.get("name") or message["role"]
        content = redact(message.get("content") or "")
        lines.append(f"**{speaker}:** {content}")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
