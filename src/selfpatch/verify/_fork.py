"""Forked children of the trial worker: fork, run a body, collect its answer, kill its group.

A child sends its JSON answer over a private pipe and its output over another; the worker
enforces the deadline and notices a child that died (a pidfd where the kernel has them).
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import json
import os
import select
import signal
import sys
import time
from collections.abc import Callable, Mapping, Sequence

from selfpatch.verify._setup import JSON, LOG_LIMIT, bounded_text

Body = Callable[[], dict[str, JSON]]

ANSWER_LIMIT = 32 * 1024 * 1024
"""Bytes one child may send back; more is treated as a crash."""
READ_CHUNK = 1 << 16
PR_SET_DUMPABLE = 4
PR_SET_PDEATHSIG = 1


def write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def forbid_ptrace() -> None:
    """Children (candidate code) must not read or steer the worker through ptrace or /proc."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


class ChildResult:
    """What one child left: its parsed answer (None if it sent none or garbage), its output."""

    __slots__ = ("answer", "elapsed_s", "exit_detail", "log", "timed_out")

    def __init__(
        self,
        answer: dict[str, JSON] | None,
        log: str,
        timed_out: bool = False,
        exit_detail: str = "",
        elapsed_s: float = 0.0,
    ) -> None:
        self.answer = answer
        self.log = log
        self.timed_out = timed_out
        self.exit_detail = exit_detail
        self.elapsed_s = elapsed_s


def run_child(body: Body, *, close_fds: Sequence[int], timeout_s: float) -> ChildResult:
    """Fork, run ``body`` in the child, and collect its JSON answer within ``timeout_s``."""
    result_r, result_w = os.pipe()
    log_r, log_w = os.pipe()
    t0 = time.monotonic()
    worker_pid = os.getpid()
    # What the worker holds is never garbage for a child: keep it out of the children's
    # collections (pytest collects twice per session) and their copy-on-write pages.
    gc.freeze()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        _child_main(body, result_w, log_w, (result_r, log_r, *close_fds), worker_pid)
    os.close(result_w)
    os.close(log_w)
    with contextlib.suppress(OSError):
        os.setpgid(pid, pid)
    try:
        return _collect(pid, result_r, log_r, t0 + timeout_s, t0)
    finally:
        os.close(result_r)
        os.close(log_r)


def _child_main(
    body: Body, result_w: int, log_w: int, close: Sequence[int], worker_pid: int
) -> None:
    me = os.getpid()
    try:
        os.setpgid(0, 0)
        _die_with_worker(worker_pid)
        for fd in close:
            os.close(fd)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.dup2(log_w, 1)
        os.dup2(log_w, 2)
        os.close(null)
        os.close(log_w)
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
        answer = body()
        data = _encode_answer(answer)
    except BaseException as exc:
        data = json.dumps({"status": "crashed", "detail": f"trial setup failed: {exc!r}"[:2000]})
    if os.getpid() == me:  # a fork made by the agent must not answer for it
        with contextlib.suppress(BaseException):
            sys.stdout.flush()
            sys.stderr.flush()
        with contextlib.suppress(OSError):
            write_all(result_w, data.encode())
    os._exit(0)


def _die_with_worker(worker_pid: int) -> None:
    """The child leaves the worker's process group (so a timeout can kill all it started);
    it must still die when the worker does."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != worker_pid:
        os._exit(1)


def _encode_answer(answer: Mapping[str, JSON]) -> str:
    try:
        return json.dumps(answer, ensure_ascii=True)
    except (TypeError, ValueError) as exc:
        return json.dumps({"status": "crashed", "detail": f"answer not JSON: {exc}"[:2000]})


def _collect(pid: int, result_r: int, log_r: int, deadline: float, t0: float) -> ChildResult:
    answer, log = bytearray(), bytearray()
    exited = _ExitWatch(pid)
    streams = {result_r: answer, log_r: log}
    ending = _watch(exited, streams, answer, log, deadline)
    elapsed = time.monotonic() - t0
    _kill_group(pid)
    status = exited.reap()
    for fd in list(streams):
        _drain(fd, streams[fd], answer, log)
    timed_out, too_big = ending == "timeout", ending == "too big"
    detail = "answer too large" if too_big else status
    parsed = None if (timed_out or too_big) else _parse_answer(bytes(answer))
    text = bounded_text(bytes(log[:LOG_LIMIT]), LOG_LIMIT)
    return ChildResult(parsed, text, timed_out, detail, elapsed)


def _watch(
    exited: _ExitWatch,
    streams: dict[int, bytearray],
    answer: bytearray,
    log: bytearray,
    deadline: float,
) -> str:
    """Read the child's pipes until it exits ("exited"), the deadline passes ("timeout") or
    its answer grows past the limit ("too big")."""
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return "timeout"
        ready, _, _ = select.select([*streams, *exited.fds()], [], [], exited.wait(remaining))
        for fd in ready:
            if fd in streams and not _read_into(fd, streams, answer, log):
                del streams[fd]
        if len(answer) > ANSWER_LIMIT:
            return "too big"
        if exited.done():
            return "exited"


def _read_into(fd: int, streams: dict[int, bytearray], answer: bytearray, log: bytearray) -> bool:
    data = os.read(fd, READ_CHUNK)
    if not data:
        return False
    buf = streams[fd]
    if buf is answer or len(log) < LOG_LIMIT:
        buf += data
    return True


def _drain(fd: int, buf: bytearray, answer: bytearray, log: bytearray) -> None:
    """Read what an exited child left in a pipe (other holders of the pipe may keep it open)."""
    os.set_blocking(fd, False)
    with contextlib.suppress(BlockingIOError, OSError):
        while len(answer) <= ANSWER_LIMIT:
            data = os.read(fd, READ_CHUNK)
            if not data:
                return
            if buf is answer or len(log) < LOG_LIMIT:
                buf += data


class _ExitWatch:
    """Notices the child's exit: a pidfd where the kernel has them, else short polls."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.status: int | None = None
        try:
            self.pidfd: int | None = os.pidfd_open(pid)
        except (OSError, AttributeError):
            self.pidfd = None

    def fds(self) -> list[int]:
        return [] if self.pidfd is None else [self.pidfd]

    def wait(self, remaining: float) -> float:
        return remaining if self.pidfd is not None else min(remaining, 0.005)

    def done(self) -> bool:
        if self.status is not None:
            return True
        # WNOWAIT keeps the zombie, so its pid (and process group id) cannot be reused before
        # the group is killed.
        info = os.waitid(os.P_PID, self.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)
        return info is not None and info.si_pid == self.pid

    def reap(self) -> str:
        _, status = os.waitpid(self.pid, 0)
        if self.pidfd is not None:
            os.close(self.pidfd)
        if os.WIFSIGNALED(status):
            sig = os.WTERMSIG(status)
            return f"killed by signal {sig} ({signal.Signals(sig).name})"
        return f"exited with code {os.WEXITSTATUS(status)}"


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


def _parse_answer(data: bytes) -> dict[str, JSON] | None:
    if not data:
        return None
    try:
        value = json.loads(data)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None
