"""Checkpoint a multi-step agent run after every step so a crashed run can resume."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

Step = Callable[[list[str]], str]  # gets the earlier steps' outputs, returns its own


@dataclass
class Checkpoint:
    run_id: str
    next_step: int = 0
    outputs: list[str] = field(default_factory=list)

    def finished(self, total_steps: int) -> bool:
        return self.next_step >= total_steps


@dataclass
class CheckpointStore:
    directory: Path

    def path(self, run_id: str) -> Path:
        return self.directory / f"{run_id}.json"

    def save(self, checkpoint: Checkpoint) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        target = self.path(checkpoint.run_id)
        partial = target.with_suffix(".tmp")
        partial.write_text(json.dumps(asdict(checkpoint)))
        partial.replace(target)  # a crash mid-write never leaves a torn checkpoint

    def load(self, run_id: str) -> Checkpoint | None:
        target = self.path(run_id)
        if not target.exists():
            return None
        return Checkpoint(**json.loads(target.read_text()))


def run(steps: Sequence[Step], store: CheckpointStore, run_id: str) -> Checkpoint:
    """Run the steps in order, resuming after the last step a previous attempt finished."""
    checkpoint = store.load(run_id) or Checkpoint(run_id)
    for index in range(checkpoint.next_step, len(steps)):
        output = steps[index](list(checkpoint.outputs))
        checkpoint.outputs.append(output)
        checkpoint.next_step = index
        store.save(checkpoint)
    return checkpoint
