"""Spot an agent stuck repeating the same block of tool calls."""

import json


def call_signature(call):
    """Stable key for a tool call: its name plus its arguments in canonical JSON.

    Arguments may arrive as a dict or as the raw JSON string the model produced.
    """
    args = call.get("arguments") or {}
    if isinstance(args, str):
        args = json.loads(args) if args.strip() else {}
    return call["name"] + json.dumps(args, separators=(",", ":"))


def _borders(seq):
    table = [0] * len(seq)
    k = 0
    for i in range(1, len(seq)):
        while k > 0 and seq[i] != seq[k]:
            k = table[k - 1]
        if seq[i] == seq[k]:
            k += 1
        table[i] = k
    return table


class LoopGuard:
    """Keeps recent call signatures and reports a block repeated at the end of them."""

    def __init__(self, min_repeats=3, window=30):
        self.min_repeats = min_repeats
        self.window = window
        self.history = []

    def record(self, call):
        self.history.append(call_signature(call))
        del self.history[:-self.window]

    def repeating_block(self):
        """(block_length, repeats) for the longest tail made of one block repeated
        at least min_repeats times, or None when the agent is not looping."""
        tail = self.history[::-1]
        table = _borders(tail)
        for length in range(len(tail), 0, -1):
            period = length - table[length - 1]
            if length % period == 0 and length // period >= self.min_repeats:
                return period, length // period
        return None

    def should_stop(self):
        return self.repeating_block() is not None
