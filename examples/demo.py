"""The demo: selfpatch repairs the example shop agent, offline, in one cycle.

Copies examples/shop_agent into a scratch git repository, records a baseline run of its tasks,
runs one `selfpatch cycle --yes` with the offline repair engine, runs the tasks again, and shows
the commits it made and the candidates it rejected, with reasons. Exits 1 if the cycle did not
lift the mean score to 0.9 or broke a task that passed before.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

EXAMPLE = Path(__file__).resolve().parent / "shop_agent"
console = Console()


def selfpatch(repo: Path, *args: str, capture: bool = True) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "selfpatch", *args],
        cwd=repo,
        capture_output=capture,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        console.print(f"[red]selfpatch {' '.join(args)} failed[/]\n{proc.stderr}")
        sys.exit(proc.returncode)
    return proc


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "demo", "GIT_AUTHOR_EMAIL": "demo@localhost",
           "GIT_COMMITTER_NAME": "demo", "GIT_COMMITTER_EMAIL": "demo@localhost"}  # fmt: skip
    return subprocess.run(
        ["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=True
    ).stdout


def scratch_repo(parent: Path) -> Path:
    repo = parent / "shop_agent"
    shutil.copytree(EXAMPLE, repo, ignore=shutil.ignore_patterns("__pycache__", ".selfpatch"))
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "shop agent as deployed")
    return repo


def run_tasks(repo: Path, label: str) -> dict[str, Any]:
    console.rule(f"[bold]{label}: selfpatch run tasks.jsonl")
    result: dict[str, Any] = json.loads(selfpatch(repo, "run", "tasks.jsonl", "--json").stdout)
    failed = [e["task"] for e in result["episodes"] if not e["passed"]]
    console.print(
        f"mean score [bold]{result['mean_score']:.3f}[/] — passed {result['passed']}, "
        f"failed {result['failed']}" + (f" ({', '.join(failed)})" if failed else "")
    )
    return result


def show_history(repo: Path) -> None:
    console.rule("[bold]What the cycle did")
    console.print(git(repo, "log", "--format=%h %s%n%(trailers:only,unfold)", "-n", "10"))
    log = json.loads(selfpatch(repo, "log", "--json").stdout)
    table = Table("proposal", "batch", "status", "commit / reason", title="proposals")
    proposals = [p for cycle in log["cycles"] for p in cycle["proposals"]]
    for p in proposals:
        table.add_row(p["proposal"], p["batch"], p["status"], p["commit"] or p["reason"])
    console.print(table)
    rejected = [p for p in proposals if p["status"] != "promoted"]
    console.print(
        f"rejected candidates: {len(rejected) or 'none'}"
        + "".join(f"\n  {p['proposal']}: {p['reason']}" for p in rejected)
    )


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="selfpatch-demo-") as tmp:
        repo = scratch_repo(Path(tmp))
        console.print(f"scratch repository: {repo}")
        before = run_tasks(repo, "Baseline")
        console.rule("[bold]selfpatch cycle --yes (offline repair engine)")
        selfpatch(repo, "cycle", "--yes", capture=False)
        after = run_tasks(repo, "After one cycle")
        show_history(repo)
        passed_before = {e["task"] for e in before["episodes"] if e["passed"]}
        broken = sorted(e["task"] for e in after["episodes"] if e["task"] in passed_before
                        and not e["passed"])  # fmt: skip
        console.rule("[bold]Result")
        console.print(
            f"mean score {before['mean_score']:.3f} -> [bold]{after['mean_score']:.3f}[/]; "
            f"tasks that passed before and fail now: {broken or 'none'}"
        )
        return 0 if after["mean_score"] >= 0.9 and not broken else 1


if __name__ == "__main__":
    sys.exit(main())
