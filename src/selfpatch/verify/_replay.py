"""Replay one recorded episode on any version, in a sandboxed worker, deterministically."""

from __future__ import annotations

from typing import Any

from selfpatch._git import GitError
from selfpatch.errors import UserError
from selfpatch.ledger import EpisodeRow
from selfpatch.ledger._store import row_episode
from selfpatch.project import Project
from selfpatch.verify._trials import TrialPool


def replay_episode(project: Project, episode_id: str, rev: str) -> dict[str, Any]:
    row = project.existing_ledger().get(episode_id)
    if not isinstance(row, EpisodeRow) or row.kind != "task":
        raise UserError(f"no recorded episode {episode_id!r}: see 'selfpatch show' for ids")
    try:
        version = project.repo.git("rev-parse", "--verify", f"{rev}^{{commit}}").strip()
    except GitError:
        raise UserError(f"unknown revision {rev!r}: give a commit, branch or tag") from None
    project.require_entrypoint()
    episode = row_episode(row)
    settings = project.trial_settings()
    with (
        project.worktrees.checkout(version) as copy,
        TrialPool(settings, code_root=copy, evaluator_root=copy, workers=1) as pool,
    ):
        [outcome] = pool.replay([episode])
    return {
        "episode": episode.id,
        "task": episode.task_id,
        "recorded_on": episode.version,
        "replayed_on": version,
        "isolation": settings.isolation.name,
        "recorded": {"status": episode.outcome.status, "score": episode.outcome.score},
        "replayed": outcome.to_json(),
    }
