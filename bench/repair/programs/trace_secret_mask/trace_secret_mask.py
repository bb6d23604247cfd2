"""Mask secrets in agent trace events before they are written to disk."""
import re

SENSITIVE_WORDS = ("password", "secret", "token", "api_key", "authorization")
BEARER = re.compile(r"(Bearer\s+)([A-Za-z0-9._~+/=-]+)")
VISIBLE_TAIL = 4
SHORT_MASK = "********"


def mask_value(value):
    """Hide a secret, keeping only its last few characters when it is long."""
    text = str(value)
    if len(text) <= 2 * VISIBLE_TAIL:
        return SHORT_MASK
    return "****" + text[VISIBLE_TAIL:]


def is_sensitive(key):
    normalized = key.lower().replace("-", "_")
    return any(word in normalized for word in SENSITIVE_WORDS)


def scrub_text(text):
    """Mask bearer tokens that appear inside free text (headers, log lines)."""
    return BEARER.sub(lambda m: m.group(1) + mask_value(m.group(2)), text)


def scrub(event):
    """Return a copy of a trace event with secrets masked, recursively."""
    if isinstance(event, dict):
        out = {}
        for key, value in event.items():
            if is_sensitive(str(key)) and isinstance(value, (str, int)):
                out[key] = mask_value(value)
            else:
                out[key] = scrub(value)
        return out
    if isinstance(event, (list, tuple)):
        return type(event)(scrub(item) for item in event)
    if isinstance(event, str):
        return scrub_text(event)
    return event
