"""Split a long list of file arguments over several command invocations.

Like xargs: every batch repeats the base command, and each invocation must
stay under the kernel's argument-size limit.  Each argument costs its UTF-8
length plus one byte for the terminating NUL.
"""


def arg_size(arg):
    return len(arg.encode("utf-8"))


def plan_batches(base, items, max_bytes, max_args=None):
    """Return a list of argument lists, each `base + some items`, in order."""
    base = list(base)
    base_size = sum(arg_size(arg) for arg in base)
    if base_size >= max_bytes:
        raise ValueError("the base command alone exceeds the size limit")
    if max_args is not None and max_args < 1:
        raise ValueError("max_args must be at least 1")
    batches = []
    current = []
    size = base_size
    for item in items:
        cost = arg_size(item)
        if base_size + cost > max_bytes:
            raise ValueError(f"argument too long for one command: {item[:40]!r}")
        full = max_args is not None and len(current) >= max_args
        if current and (full or size + cost > max_bytes):
            batches.append(base + current)
            current = []
            size = base_size
        current.append(item)
        size += cost
    if current:
        batches.append(base + current)
    return batches
