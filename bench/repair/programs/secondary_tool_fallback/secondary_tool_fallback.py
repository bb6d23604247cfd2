"""Try an agent's tools in order of preference, falling back when one is unavailable."""
import json


class AllToolsFailed(Exception):
    def __init__(self, errors):
        super().__init__("; ".join(f"{name}: {err}" for name, err in errors))
        self.errors = errors


def call_with_fallback(tools, arguments, *, required_keys=()):
    """Call each (name, fn) in `tools` until one gives a usable reply.

    fn(arguments) returns the tool's raw JSON text. A tool that times out, cannot be reached,
    returns malformed JSON, or replies without one of `required_keys` is skipped and the next
    one is tried. Any other exception (a bug on our side, a bad argument) propagates at once.

    Returns (name, reply). Raises AllToolsFailed with one (name, error) per tool tried.
    """
    if not tools:
        raise ValueError("no tools configured")
    errors = []
    for name, fn in tools:
        try:
            reply = json.loads(fn(arguments))
        except (TimeoutError, ConnectionError) as exc:
            errors.append((name, exc))
            continue
        missing = [key for key in required_keys if key not in reply]
        if missing:
            errors.append((name, f"reply lacks {', '.join(missing)}"))
            continue
        return name, reply
    raise AllToolsFailed(errors)
