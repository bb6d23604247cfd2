"""Checkpoint a multi-step agent run to disk so it can resume after a crash."""

import json
import os


class RunCheckpoint:
    """Results of the finished steps of one run, persisted as JSON."""

    def __init__(self, path):
        self.path = path
        self.order = []
        self.results = {}
        if os.path.exists(path):
            with open(path, encoding="utf-8") as fh:
                data = json.load(fh)
            self.order = data["order"]
            self.results = data["results"]

    def _save(self):
        tmp = self.path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump({"order": self.order, "results": self.results}, fh)
        os.replace(tmp, self.path)

    def record(self, step, result):
        """Store a finished step's (JSON-serialisable) result."""
        if step in self.results:
            raise ValueError(f"step {step!r} already recorded")
        self.order.append(step)
        self._save()
        self.results[step] = result

    def is_done(self, step):
        return step in self.results

    def remaining(self, plan):
        """Steps of `plan` that still have to run, in plan order."""
        return [step for step in plan if step not in self.results]


def resume_run(plan, handlers, checkpoint):
    """Run the steps of `plan` the checkpoint has no result for.

    handlers maps step -> callable(results_so_far) -> result. Returns the
    results of every step in plan order.
    """
    for step in checkpoint.remaining(plan):
        result = handlers[step](dict(checkpoint.results))
        checkpoint.record(step, result)
    return [checkpoint.results[step] for step in plan]
