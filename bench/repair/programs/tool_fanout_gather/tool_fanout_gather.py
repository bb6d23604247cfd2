"""Run the tool calls of one model turn in parallel and build their results.

Identical calls (same tool, same arguments) in one turn run only once and
share the outcome.  Results come back in the order the model asked for them,
one tool_result block per call id.  Failures the model can act on come back
as error results; any other exception is a bug in the tool and propagates to
the caller.
"""

import json
from concurrent.futures import ThreadPoolExecutor


class ToolError(Exception):
    """Raised by a tool for an expected failure; the message goes to the model."""


def call_key(call):
    return call["name"], json.dumps(call.get("arguments", {}), sort_keys=True)


def run_call(registry, call):
    """Return (ok, text) for one call."""
    tool = registry.get(call["name"])
    if tool is None:
        return False, f"unknown tool {call['name']!r}"
    try:
        return True, str(tool(**call.get("arguments", {})))
    except (ToolError, ValueError) as exc:
        return False, f"{type(exc).__name__}: {exc}"


def fan_out(registry, calls, max_workers=4):
    """Run `calls` and return one tool_result block per call, in call order."""
    unique = {}
    for call in calls:
        unique.setdefault(call_key(call), call)
    with ThreadPoolExecutor(max_workers=max_workers) as pool:
        futures = {key: pool.submit(run_call, registry, call) for key, call in unique.items()}
        outcomes = {key: future.result() for key, future in futures.items()}
    results = []
    for call in calls:
        ok, text = outcomes[call_key(call)]
        block = {"type": "tool_result", "tool_use_id": call["id"], "content": text}
        if not ok:
            block["is_error"] = True
        results.append(block)
    return results


def summarize(results):
    """Counts for the turn log: {"ok": n, "error": m}."""
    errors = sum(1 for block in results if block.get("is_error"))
    return {"ok": len(results) - errors, "error": errors}
