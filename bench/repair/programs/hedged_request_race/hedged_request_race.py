"""Hedged tool calls, simulated from known latencies.

The primary replica is called at t=0. If no successful reply has arrived by the time the next
hedge is due (every `hedge_delay` ms after the previous launch), the next replica is called
too, up to `max_hedges` extra calls. The first successful reply wins and every call still
running is cancelled at that moment.
"""
from dataclasses import dataclass


@dataclass
class Call:
    replica: str
    start: int
    end: int
    ok: bool


def launch_plan(replicas, hedge_delay, max_hedges=1):
    """replicas: list of (name, latency_ms, ok) in order of preference.

    Returns the calls that actually get launched.
    """
    calls = []
    for i, (name, latency, ok) in enumerate(replicas):
        if i >= max_hedges:
            break
        start = i * hedge_delay
        if any(c.ok and c.end <= start for c in calls):
            break
        calls.append(Call(name, start, start + latency, ok))
    return calls


def hedged_outcome(replicas, hedge_delay, max_hedges=1):
    """Summarise a hedged call.

    Returns a dict with the winning replica (None if every call failed), the time the caller
    got its answer, the replicas launched, and busy_time: replica-milliseconds spent in total,
    counting cancelled calls only up to their cancellation.
    """
    if not replicas:
        raise ValueError("no replicas to call")
    calls = launch_plan(replicas, hedge_delay, max_hedges)
    winner = None
    for c in calls:
        if c.ok and (winner is None or c.end < winner.end):
            winner = c
    stop = winner.end if winner else max(c.end for c in calls)
    busy = sum(min(c.end, stop) - c.start for c in calls)
    return {
        "winner": winner.replica if winner else None,
        "finished_at": stop,
        "launched": [c.replica for c in calls],
        "busy_time": busy,
    }
