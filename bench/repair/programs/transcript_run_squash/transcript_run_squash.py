"""Run-length squash consecutive identical messages in an agent transcript.

Agents that loop tend to emit the same assistant text or the same tool call many
times in a row; the compacted transcript keeps one copy with a repeat count.
"""

import json


def _canonical_args(raw):
    """Tool-call arguments as comparable text; they may be a dict or a JSON string."""
    if isinstance(raw, dict):
        return json.dumps(raw, sort_keys=True)
    try:
        return json.dumps(json.loads(raw), sort_keys=True)
    except TypeError:
        return raw  # missing, or not valid JSON: compare it as it is


def message_key(msg):
    calls = tuple((call["name"], _canonical_args(call.get("arguments")))
                  for call in msg.get("tool_calls") or ())
    return msg["role"], (msg.get("content") or "").strip(), calls


def squash(messages):
    """List of (message, count) with runs of equal consecutive messages merged."""
    runs = []
    last_key = None
    for msg in messages:
        key = message_key(msg)
        if runs and key == last_key:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        else:
            runs.append((msg, 1))
            last_key = key
    return runs


def expand(runs):
    """Inverse of squash, up to which copy of each run is kept."""
    return [msg for msg, count in runs for _ in range(count)]


def render(runs):
    lines = []
    for msg, count in runs:
        text = (msg.get("content") or "").strip()
        for call in msg.get("tool_calls") or ():
            text += f" [{call['name']}]"
        suffix = f" (x{count})" if count > 1 else ""
        lines.append(f"{msg['role']}: {text.strip()}{suffix}")
    return "\n".join(lines)
