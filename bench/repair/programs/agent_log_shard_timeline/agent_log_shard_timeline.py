"""Merge per-agent log shards into one timeline.

Every agent writes its own shard of ``(ts, text)`` lines, already sorted by
timestamp. Lines with the same timestamp are ordered by agent: agents named
in ``priority`` first, in that order, then the other agents alphabetically.
"""
import heapq
from typing import NamedTuple


class LogLine(NamedTuple):
    ts: float
    agent: str
    text: str


def _ranker(priority):
    order = {name: i for i, name in enumerate(priority)}
    return lambda agent: (agent, order.get(agent, len(order)))


def _push_next(heap, agent, lines, rank, since):
    for ts, text in lines:
        if since is not None and ts < since:
            continue
        heapq.heappush(heap, (ts, rank(agent), text, agent))
        return


def merge_shards(shards, priority=(), since=None):
    """Merge ``{agent: [(ts, text), ...]}`` into a list of LogLine."""
    rank = _ranker(priority)
    streams = {agent: iter(lines) for agent, lines in shards.items()}
    heap = []
    for agent, lines in streams.items():
        _push_next(heap, agent, lines, rank, since)
    timeline = []
    while heap:
        ts, _, text, agent = heapq.heappop(heap)
        timeline.append(LogLine(ts, agent, text))
        _push_next(heap, agent, streams[agent], rank, since)
    return timeline
