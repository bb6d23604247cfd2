"""Trial cost per isolation backend, against a bare `python -c pass` measured in the same run.

    python bench/trials.py [--json] [--repeat N]

trial_s: one trial as selfpatch runs it: a fresh process forked from the warm sandboxed worker
(which imported the agent's dependencies once), replay one trivial recorded episode, tear the
process down. cold_start_s: the same, plus starting the sandbox and the worker from nothing.
ratio: trial_s divided by bare_python_s; cold_ratio: cold_start_s divided by a bare
`python -c pass` measured in turns with the cold starts. trials_per_s: replays per second
through a warm pool (one worker per core) — the rate the repair engine screens candidates at.
Medians over --repeat runs; the machines are noisy, so compare ratios, not seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from selfpatch.errors import SandboxUnavailable
from selfpatch.types import Episode, Task
from selfpatch.verify._sandbox import Isolation, Limits, NoIsolation, choose
from selfpatch.verify._trials import TrialPool, TrialSettings, TrialWorker

AGENT = "def handle(x):\n    return x + 1\n"


def settings(isolation: Isolation) -> TrialSettings:
    return TrialSettings(
        python=sys.executable, entrypoint="agent:handle", evaluator=None, pass_threshold=1.0,
        live=(), match="exact", timeout_s=10.0, isolation=isolation, limits=Limits(wall_s=60),
    )  # fmt: skip


def bare_python() -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return time.perf_counter() - start


def record_episode(root: Path) -> Episode:
    task = Task("t1", 1, {"id": "t1", "input": 1, "expected": 2})
    with TrialWorker(settings(NoIsolation()), code_root=root, evaluator_root=root) as worker:
        [outcome] = worker.run_tasks([task])
    assert outcome.passed, outcome
    return Episode("ep-1", task.raw, "v", outcome)


def warm_trials(isolation: Isolation, root: Path, episode: Episode, count: int) -> float:
    """Median seconds per trial, each a fresh forked process inside an already-running sandbox."""
    times = []
    with TrialWorker(settings(isolation), code_root=root, evaluator_root=root) as worker:
        worker.replay([episode])
        for _ in range(count):
            start = time.perf_counter()
            [outcome] = worker.replay([episode])
            times.append(time.perf_counter() - start)
            assert outcome.passed, outcome
    return statistics.median(times)


def cold_trial(isolation: Isolation, root: Path, episode: Episode) -> float:
    start = time.perf_counter()
    with TrialWorker(settings(isolation), code_root=root, evaluator_root=root) as worker:
        [outcome] = worker.replay([episode])
    elapsed = time.perf_counter() - start
    assert outcome.passed, outcome
    return elapsed


def cold_starts(isolation: Isolation, root: Path, episode: Episode, repeat: int
                ) -> tuple[float, float]:
    """Median cold start and median bare python, measured in turns: on a loaded machine the
    ratio of the two then compares like with like."""
    colds, bares = [], []
    for _ in range(repeat):
        bares.append(bare_python())
        colds.append(cold_trial(isolation, root, episode))
    return statistics.median(colds), statistics.median(bares)


def throughput(isolation: Isolation, root: Path, episode: Episode, count: int = 200) -> float:
    with TrialPool(settings(isolation), code_root=root, evaluator_root=root) as pool:
        pool.replay([episode])  # warm up every worker
        start = time.perf_counter()
        outcomes = pool.replay([episode] * count)
        elapsed = time.perf_counter() - start
    assert all(o.passed for o in outcomes)
    return count / elapsed


def backends() -> list[Isolation]:
    found: list[Isolation] = []
    for name in ("bwrap", "unshare"):
        try:
            isolation = choose(name)
            isolation.preflight()
            found.append(isolation)
        except SandboxUnavailable as exc:
            print(f"skipping {name}: {exc}", file=sys.stderr)
    return [*found, NoIsolation()]


def measure(repeat: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="selfpatch-bench-") as tmp:
        root = Path(tmp)
        (root / "agent.py").write_text(AGENT)
        episode = record_episode(root)
        bare = statistics.median(bare_python() for _ in range(repeat))
        result: dict[str, Any] = {"bare_python_s": round(bare, 4), "cores": os.cpu_count(),
                                  "backends": {}}  # fmt: skip
        for isolation in backends():
            cold, bare_then = cold_starts(isolation, root, episode, repeat)
            warm = warm_trials(isolation, root, episode, max(20, repeat * 5))
            result["backends"][isolation.name] = {
                "trial_s": round(warm, 4),
                "ratio": round(warm / bare, 2),
                "cold_start_s": round(cold, 4),
                "cold_ratio": round(cold / bare_then, 2),
                "trials_per_s": round(throughput(isolation, root, episode), 1),
            }
        result["default"] = choose("auto").name
        return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    result = measure(args.repeat)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"bare python -c pass: {result['bare_python_s'] * 1000:.1f} ms (baseline)")
    for name, row in result["backends"].items():
        mark = " (default)" if name == result["default"] else ""
        print(f"{name:8} trial {row['trial_s'] * 1000:6.1f} ms ({row['ratio']:4.2f}x)  "
              f"cold start {row['cold_start_s'] * 1000:6.1f} ms ({row['cold_ratio']:5.2f}x)  "
              f"pool {row['trials_per_s']:6.1f} trials/s{mark}")  # fmt: skip


if __name__ == "__main__":
    main()
