"""Shared helpers for the repair benchmark scripts (validate.py, run.py)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
PROGRAMS_DIR = BENCH_DIR / "programs"
# Never shown to the repair engine: the reference fix, the judge's tests, the labels.
JUDGE_ONLY = ("hidden", "fix.diff", "meta.json")
SUITE_TIMEOUT = 30.0
SINGLE_TEST_TIMEOUT = 10.0


@dataclass
class Program:
    name: str
    path: Path
    meta: dict[str, Any]

    @property
    def visible_tests(self) -> Path:
        return self.path / "tests" / f"test_{self.name}.py"

    @property
    def hidden_tests(self) -> Path:
        return self.path / "hidden" / f"test_hidden_{self.name}.py"


@dataclass
class SuiteResult:
    """Per-test outcomes of one pytest run ("passed", "failed", "skipped")."""

    outcomes: dict[str, str] = field(default_factory=dict)
    timed_out: bool = False
    returncode: int | None = None

    @property
    def passed(self) -> int:
        return sum(1 for o in self.outcomes.values() if o == "passed")

    @property
    def failed(self) -> int:
        return sum(1 for o in self.outcomes.values() if o != "passed")

    @property
    def all_passed(self) -> bool:
        return self.returncode == 0 and not self.timed_out and self.failed == 0 and self.passed > 0


def discover(only: list[str] | None = None) -> list[Program]:
    programs = []
    # tool caches (.mypy_cache, __pycache__) left in the corpus folder are not programs
    folders = (p for p in PROGRAMS_DIR.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))
    for path in sorted(folders):
        if only and path.name not in only:
            continue
        meta_file = path / "meta.json"
        meta = json.loads(meta_file.read_text()) if meta_file.exists() else {}
        programs.append(Program(path.name, path, meta))
    if only:
        missing = sorted(set(only) - {p.name for p in programs})
        if missing:
            raise SystemExit(f"unknown program(s): {', '.join(missing)}")
    return programs


def copy_for_engine(program: Program, dest: Path) -> Path:
    """Copy a program without the judge-only files."""
    shutil.copytree(
        program.path,
        dest,
        ignore=shutil.ignore_patterns(*JUDGE_ONLY, "__pycache__", ".pytest_cache"),
    )
    return dest


def add_hidden_tests(program: Program, workdir: Path) -> None:
    shutil.copytree(program.path / "hidden", workdir / "hidden", dirs_exist_ok=True)


def quiet_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("PYTHONPATH", None)
    return env


def run_captured(
    cmd: list[str], cwd: Path, timeout: float, env: dict[str, str] | None = None
) -> tuple[int | None, str, str]:
    """Run a command in its own process group; returncode None means it timed out."""
    proc = subprocess.Popen(
        cmd,
        cwd=cwd,
        env=env or quiet_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        return None, out, err
    return proc.returncode, out, err


def _pytest_cmd(targets: list[str], junit: Path) -> list[str]:
    return [
        sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
        f"--junitxml={junit}", *targets,
    ]


def _parse_junit(junit: Path) -> dict[str, str]:
    outcomes: dict[str, str] = {}
    if not junit.exists():
        return outcomes
    for case in ET.parse(junit).getroot().iter("testcase"):
        name = f"{case.get('classname', '')}::{case.get('name', '')}"
        tags = {child.tag for child in case}
        if tags & {"failure", "error"}:
            outcomes[name] = "failed"
        elif "skipped" in tags:
            outcomes[name] = "skipped"
        else:
            outcomes[name] = "passed"
    return outcomes


def run_pytest(workdir: Path, targets: list[str], timeout: float = SUITE_TIMEOUT) -> SuiteResult:
    """Run pytest on ``targets``; if the whole run hangs, run each test alone with a timeout."""
    with tempfile.TemporaryDirectory(prefix="sp-junit-") as tmp:
        junit = Path(tmp) / "report.xml"
        code, _, _ = run_captured(_pytest_cmd(targets, junit), workdir, timeout)
        if code is not None:
            return SuiteResult(_parse_junit(junit), returncode=code)
        return _run_one_by_one(workdir, targets, Path(tmp))


def _run_one_by_one(workdir: Path, targets: list[str], tmp: Path) -> SuiteResult:
    collect = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
               "--collect-only", *targets]
    _, out, _ = run_captured(collect, workdir, SUITE_TIMEOUT)
    node_ids = [line.strip() for line in out.splitlines() if "::" in line]
    result = SuiteResult(timed_out=True, returncode=1)
    for index, node_id in enumerate(node_ids):
        junit = tmp / f"one-{index}.xml"
        code, _, _ = run_captured(_pytest_cmd([node_id], junit), workdir, SINGLE_TEST_TIMEOUT)
        if code is None:
            result.outcomes[node_id] = "timeout"
        else:
            result.outcomes.update(_parse_junit(junit))
    return result


def git(workdir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = ["git", "-c", "user.name=selfpatch-bench", "-c", "user.email=bench@localhost", *args]
    return subprocess.run(cmd, cwd=workdir, capture_output=True, text=True, check=False)


def apply_patch(workdir: Path, patch_text: str) -> str | None:
    """Apply a unified diff with ``git apply``; returns an error message or None."""
    patch_file = workdir.parent / f"{workdir.name}.patch"
    patch_file.write_text(patch_text)
    proc = git(workdir, "apply", "--whitespace=nowarn", str(patch_file))
    patch_file.unlink()
    if proc.returncode != 0:
        return proc.stderr.strip() or "git apply failed"
    return None
