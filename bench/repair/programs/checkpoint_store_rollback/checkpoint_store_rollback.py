"""In-memory checkpoints of an agent's working state, keyed by step number.

The loop calls ``save`` after each step.  ``restore`` hands back the state as of a step
(the newest checkpoint at or before it); ``rollback`` also forgets everything later,
so the run can continue from there.  Old checkpoints are evicted past ``capacity``,
except labelled ones, which are kept until rolled back over.
"""
import copy


class CheckpointStore:
    def __init__(self, capacity=20):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self._entries = []  # (step, label, state), ordered by step

    def save(self, step, state, label=None):
        if self._entries and step <= self._entries[-1][0]:
            raise ValueError(f"step {step} is not after step {self._entries[-1][0]}")
        self._entries.append((step, label, copy.deepcopy(state)))
        self._evict()

    def _evict(self):
        unlabelled = [i for i, (_, label, _) in enumerate(self._entries) if label is None]
        excess = len(self._entries) - self.capacity
        for index in reversed(unlabelled[:max(excess, 0)]):
            del self._entries[index]

    def _find(self, step):
        found = None
        for index, (saved_step, _, _) in enumerate(self._entries):
            if step is not None and saved_step > step:
                break
            found = index
        if found is None:
            raise KeyError(f"no checkpoint at or before step {step}")
        return found

    def restore(self, step=None):
        """State as of ``step`` (latest when None); the store is left unchanged."""
        saved_step, _, state = self._entries[self._find(step)]
        return saved_step, state

    def restore_label(self, label):
        for saved_step, saved_label, state in reversed(self._entries):
            if saved_label == label:
                return saved_step, copy.deepcopy(state)
        raise KeyError(f"no checkpoint labelled {label!r}")

    def rollback(self, step):
        """Drop every checkpoint after ``step`` and return the state to resume from."""
        index = self._find(step)
        del self._entries[index + 1:]
        return self.restore()

    def steps(self):
        return [step for step, _, _ in self._entries]
