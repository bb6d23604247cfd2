"""Rebuild an agent's state by replaying a recorded run up to a chosen step.

Events are dicts with ``step`` and ``op``:
  * ``set``    -- ``key``, ``value``: assign a state variable
  * ``unset``  -- ``key``: remove it (no error if absent)
  * ``append`` -- ``key``, ``value``: append to a list variable, creating it
  * ``mark``   -- ``name``: remember the current state under a name
  * ``revert`` -- ``name``: go back to the state remembered under that name
Replaying ``until`` a step applies every event whose step is at most that step.
"""
import copy


class ReplayError(Exception):
    pass


def replay(events, until=None):
    """Return (state, last_applied_step); last step is None when nothing applied."""
    state, marks, last_step = {}, {}, None
    for event in sorted(events, key=lambda e: e["step"]):
        op = event["op"]
        if op == "set":
            state[event["key"]] = event["value"]
        elif op == "unset":
            state.pop(event["key"], None)
        elif op == "append":
            state.setdefault(event["key"], []).append(event["value"])
        elif op == "mark":
            marks[event["name"]] = copy.deepcopy(state)
        elif op == "revert":
            if event["name"] not in marks:
                raise ReplayError(f"step {event['step']}: no mark named {event['name']!r}")
            state = copy.deepcopy(marks[event["name"]])
        else:
            raise ReplayError(f"step {event['step']}: unknown op {op!r}")
        last_step = event["step"]
        if until is not None and event["step"] > until:
            break
    return state, last_step


def first_divergence(events, expected_states):
    """First step whose replayed state differs from ``expected_states[step]``."""
    for step in sorted(expected_states):
        state, _ = replay(events, until=step)
        if state != expected_states[step]:
            return step
    return None
