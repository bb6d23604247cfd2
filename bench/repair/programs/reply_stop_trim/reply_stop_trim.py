"""Cut a model reply at its stop sequences."""


def cut_at_stop(text, stops, include_stop=False):
    """Return (kept_text, matched_stop).

    The reply is cut where the earliest stop sequence starts.  When two stops
    start at the same position the longer one wins, so "\\n\\nUser:" beats
    "\\n\\n".  Empty stops are ignored; matched_stop is None if none matched.
    """
    best_pos = -1
    best_stop = None
    for stop in stops:
        if not stop:
            continue
        pos = text.find(stop)
        if pos == -1:
            continue
        if (best_stop is None or pos <= best_pos
                or (pos == best_pos and len(stop) > len(best_stop))):
            best_pos, best_stop = pos, stop
    if best_stop is None:
        return text, None
    end = best_pos + len(best_stop) if include_stop else best_pos
    return text[:end], best_stop


def strip_partial_stop(text, stops):
    """Drop a trailing fragment that is the beginning of some stop sequence."""
    longest = 0
    for stop in stops:
        for k in range(min(len(stop) - 1, len(text)), 0, -1):
            if text.endswith(stop[:k]):
                longest = max(longest, k)
                break
    return text[:len(text) - longest]


def finish_reply(text, stops, finish_reason):
    """Final reply text and the stop that ended it (None if none did)."""
    kept, stop = cut_at_stop(text, stops)
    if stop is None and finish_reason == "length":
        kept = strip_partial_stop(kept, stops)
    return kept.rstrip(), stop
