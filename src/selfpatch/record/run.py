"""`selfpatch run`: every task through the current checkout's entrypoint, one episode each."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from selfpatch.ledger import new_id
from selfpatch.project import Project
from selfpatch.record.tasks import load_tasks
from selfpatch.types import Episode, Outcome, Task
from selfpatch.verify._trials import TrialWorker

CHUNK = 4


def run_tasks(project: Project, path: Path, *, console: Console, quiet: bool) -> dict[str, Any]:
    """Validate everything first, then run and record; bad input writes nothing."""
    entrypoint = project.require_entrypoint()
    tasks = load_tasks(path)
    project.check_importable(entrypoint, "agent.entrypoint")
    if project.config.agent.evaluator:
        project.check_importable(project.config.agent.evaluator, "agent.evaluator")
    version = _version(project)
    outcomes = _run_all(project, tasks, console, quiet)
    run_id = new_id("run")
    episodes = [
        Episode(new_id("ep"), task.raw, version, outcome)
        for task, outcome in zip(tasks, outcomes, strict=True)
    ]
    project.ledger.record_episodes(run_id, version, episodes)
    return _summary(run_id, version, episodes)


def _version(project: Project) -> str:
    head = project.repo.head()
    return f"{head}+dirty" if project.repo.dirty_paths(project.config.agent.source) else head


def _run_all(project: Project, tasks: list[Task], console: Console, quiet: bool) -> list[Outcome]:
    settings = project.trial_settings(live_run=True)
    outcomes: list[Outcome] = []
    columns = (TextColumn("running tasks"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with (
        Progress(*columns, console=console, disable=quiet, transient=True) as progress,
        TrialWorker(
            settings,
            code_root=project.root,
            evaluator_root=project.root,
            source=project.config.agent.source,
        ) as worker,
    ):
        bar = progress.add_task("tasks", total=len(tasks))
        for start in range(0, len(tasks), CHUNK):
            chunk = tasks[start : start + CHUNK]
            outcomes.extend(worker.run_tasks(chunk))
            progress.advance(bar, len(chunk))
    return outcomes


def _summary(run_id: str, version: str, episodes: list[Episode]) -> dict[str, Any]:
    scores = [e.outcome.score for e in episodes]
    passed = sum(1 for e in episodes if e.outcome.passed)
    return {
        "run": run_id,
        "version": version,
        "mean_score": round(sum(scores) / len(scores), 4),
        "passed": passed,
        "failed": len(episodes) - passed,
        "episodes": [
            {
                "id": e.id,
                "task": e.task_id,
                "status": e.outcome.status,
                "score": e.outcome.score,
                "passed": e.outcome.passed,
                "error": f"{e.outcome.error_type}: {e.outcome.error_message}"
                if e.outcome.error_type
                else None,
            }
            for e in episodes
        ],
    }
