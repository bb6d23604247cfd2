"""The trial worker: the long-lived process inside the sandbox that runs the agent's code.

Started as ``python -P -B -m selfpatch.verify._worker`` with PYTHONHASHSEED=0. It reads JSON
requests one per line on stdin and answers JSON lines on a private copy of fd 1; fds 1 and 2
themselves point at /dev/null, so nothing the agent prints can pass for an answer.

The worker itself never imports candidate code. It loads the evaluator from the pristine root
once; for every key of a request it forks a child (``_fork``) that sets up the candidate's code
(sys.path, fresh modules, in-memory overrides: ``_codeload``), makes the run deterministic
(seeded random, frozen clock in replays: ``_determinism``), runs the entrypoint (``_episode``)
or one pytest node (``_pytest_node``), and sends its result over a per-child pipe. The worker
enforces the per-key timeout, notices a child that died, and scores outputs itself
(``_scoring``): a child can lie about what it returned, but not about how good that was.

A cold worker must be ready fast: it imports only what the init request needs, and the modules
a kind of request needs the first time one comes (before forking, so every child has them).

Protocol (one JSON object per line):
  -> {"op": "init", "code_root", "evaluator_root", "entrypoint", "evaluator", "pass_threshold",
      "live", "match", "include"}                      <- {"ready": true, "pid": ...}
  -> {"op": "run", "mode": "live"|"replay"|"test", "items": [{"key", "task", "calls",
      "started_at", "seed"}], "overrides": {path: text}, "coverage": bool, "timeout_s": float}
                                  <- {"index": i, "outcome": {...}} per item, then {"done": true}
  -> {"op": "list_tests", "args": [...], "timeout_s": float}
                                  <- {"node_ids": [...], "error": str}
A request the worker cannot handle gets {"fatal": "..."}.
"""

from __future__ import annotations

import gc
import json
import os
import sys
from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING

from selfpatch.verify._fork import Body, ChildResult, forbid_ptrace, run_child, write_all
from selfpatch.verify._scoring import (
    STATUSES,
    clean_text,
    load_evaluator,
    sanitize_answer,
    score_output,
)
from selfpatch.verify._setup import JSON, LOG_LIMIT, Setup, bounded_text

if TYPE_CHECKING:
    from selfpatch.verify._episode import Item

__all__ = ["Setup", "Worker", "main"]


def protect_channel() -> int:
    """A private duplicate of fd 1 for answers; fds 0..2 of later code see /dev/null."""
    answers = os.dup(1)
    os.set_inheritable(answers, False)
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 1)
    os.dup2(null, 2)
    os.close(null)
    return answers


def send(fd: int, message: Mapping[str, JSON]) -> None:
    write_all(fd, (json.dumps(message, ensure_ascii=True) + "\n").encode())


class Worker:
    def __init__(self, answers: int, setup: Setup) -> None:
        self.answers = answers
        self.setup = setup
        self.evaluator = load_evaluator(setup)
        self.pytest_ready = False
        self.frozen_modules = 0

    def handle(self, request: Mapping[str, JSON]) -> None:
        op = request.get("op")
        if op == "run":
            self.run(request)
        elif op == "list_tests":
            self.list_tests(request)
        else:
            send(self.answers, {"fatal": f"unknown op {op!r}"})

    def run(self, request: Mapping[str, JSON]) -> None:
        from selfpatch.verify._episode import Item

        mode = str(request.get("mode"))
        overrides = _overrides(request.get("overrides"))
        coverage = bool(request.get("coverage"))
        timeout_s = float(request.get("timeout_s") or 20.0)
        raw_items = request.get("items") or []
        self._warm_for(mode, coverage, raw_items)
        for index, raw in enumerate(raw_items):
            item = Item.from_json(raw)
            body = self._body(mode, item, overrides, coverage)
            child = run_child(body, close_fds=(self.answers,), timeout_s=timeout_s)
            outcome = self.judge(item, mode, child, timeout_s)
            send(self.answers, {"index": index, "outcome": outcome})
        send(self.answers, {"done": True, "cpu_s": _cpu_s()})
        _warm_for_later()

    def _warm_for(self, mode: str, coverage: bool, raw_items: JSON) -> None:
        """Import, once and before forking, what the children of this request will need."""
        if coverage:
            import coverage as _coverage_module  # noqa: F401
        if mode == "test":
            self._ensure_pytest()
        if mode == "live" or any(isinstance(raw, dict) and raw.get("calls") for raw in raw_items):
            import selfpatch.types  # noqa: F401 - calls are CallRecords
        if len(sys.modules) != self.frozen_modules:
            # What the worker holds now lives as long as it does: a child's garbage
            # collections (pytest forces some) then skip it instead of walking it each time.
            gc.collect()
            gc.freeze()
            self.frozen_modules = len(sys.modules)

    def _body(self, mode: str, item: Item, overrides: dict[str, str], coverage: bool) -> Body:
        if mode == "test":
            from selfpatch.verify._pytest_node import run_test

            return partial(run_test, self.setup, item, overrides, coverage)
        from selfpatch.verify._episode import run_episode

        return partial(run_episode, self.setup, item, mode, overrides, coverage)

    def _ensure_pytest(self) -> None:
        if not self.pytest_ready:
            from selfpatch.verify._pytest_node import preload_pytest

            preload_pytest(self.setup)
            self.pytest_ready = True

    def judge(self, item: Item, mode: str, child: ChildResult, timeout_s: float) -> dict[str, JSON]:
        """The outcome of one key; the score and the pass come from here, not from the child."""
        outcome = _reported_outcome(item, child, timeout_s)
        if outcome["status"] != "ok":
            outcome.update(score=0.0, passed=False)
            return outcome
        if mode == "test":
            outcome.update(score=1.0, passed=True)
            return outcome
        score, why = score_output(self.evaluator, item.task, outcome.get("output"), timeout_s)
        passed = score >= self.setup.pass_threshold
        outcome.update(score=score, passed=passed)
        if not passed:
            outcome["detail"] = why or f"score {score:g} below {self.setup.pass_threshold:g}"
        return outcome

    def list_tests(self, request: Mapping[str, JSON]) -> None:
        from selfpatch.verify._pytest_node import list_tests

        self._ensure_pytest()
        args = [str(a) for a in request.get("args") or []]
        timeout_s = float(request.get("timeout_s") or 120.0)
        child = run_child(
            partial(list_tests, self.setup, args), close_fds=(self.answers,), timeout_s=timeout_s
        )
        answer = child.answer or {}
        ids = [str(i) for i in answer.get("node_ids") or [] if isinstance(i, str)]
        error = str(answer.get("error") or "")
        if child.timed_out:
            error = f"collection timed out after {timeout_s:g}s"
        elif child.answer is None:
            error = f"collection crashed: {child.exit_detail}; {child.log[-2000:]}"
        send(self.answers, {"node_ids": ids, "error": bounded_text(error, 4000)})


def _reported_outcome(item: Item, child: ChildResult, timeout_s: float) -> dict[str, JSON]:
    """The child's answer, sanitized, or why there is no usable one (timeout, crash)."""
    answer = child.answer or {}
    outcome = sanitize_answer(answer)
    outcome.update(key=item.key, log=clean_text(child.log, LOG_LIMIT), seed=item.seed)
    if child.timed_out:
        outcome.update(
            status="timeout", detail=f"killed after {timeout_s:g}s", duration_s=child.elapsed_s
        )
    elif child.answer is None or answer.get("status") not in STATUSES:
        why = str(answer.get("detail") or f"the trial process died: {child.exit_detail}")
        outcome.update(status="crashed", detail=bounded_text(why, 300), duration_s=child.elapsed_s)
    return outcome


def _overrides(value: JSON) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {str(k): v for k, v in value.items() if isinstance(v, str)}


def _cpu_s() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _warm_for_later() -> None:
    """After answering, off the critical path of a cold start: what a child describing an error
    or an agent using uuid imports, so that later children do not import it again each."""
    import traceback  # noqa: F401
    import uuid  # noqa: F401


def main() -> None:
    answers = protect_channel()
    forbid_ptrace()
    stdin = sys.stdin.buffer
    try:
        init = json.loads(stdin.readline() or b"{}")
        worker = Worker(answers, Setup.from_init(init))
    except BaseException as exc:
        send(
            answers,
            {
                "fatal": bounded_text(f"worker setup failed: {exc!r}", 4000),
                "traceback": bounded_text(_format_exc()),
            },
        )
        return
    send(answers, {"ready": True, "pid": os.getpid()})
    for line in stdin:
        try:
            worker.handle(json.loads(line))
        except Exception as exc:
            send(answers, {"fatal": bounded_text(f"{exc!r}\n{_format_exc()}", 4000)})


def _format_exc() -> str:
    import traceback

    return traceback.format_exc()


if __name__ == "__main__":
    main()
