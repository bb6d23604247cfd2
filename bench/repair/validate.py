"""Validate the repair benchmark corpus.

For every program, in a temporary copy:
  * the buggy version fails at least one visible test and passes at least one;
  * with fix.diff applied (git apply), all visible and hidden tests pass;
  * for two-line bugs, applying either edit alone does not make all tests pass;
  * layout and metadata are as documented (selfpatch.toml, meta.json, 3-10 visible tests).

Usage: python bench/repair/validate.py [--only NAME ...] [--jobs N]
Exits non-zero if any program is invalid.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import tomllib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from _bench import (
    Program,
    SuiteResult,
    add_hidden_tests,
    apply_patch,
    copy_for_engine,
    discover,
    run_pytest,
)
from rich.console import Console
from rich.table import Table

FAMILIES = {"algorithm", "harness"}
MAX_SOURCE_LINES = 80
MIN_SOURCE_LINES = 15
HUNK_HEADER = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")


@dataclass
class Report:
    program: Program
    problems: list[str] = field(default_factory=list)
    buggy: SuiteResult | None = None
    fixed: SuiteResult | None = None
    partial: list[bool] = field(default_factory=list)  # True = that edit alone passes all

    @property
    def valid(self) -> bool:
        return not self.problems


# ---------------------------------------------------------------- structure checks
def check_layout(program: Program) -> list[str]:
    problems = []
    for required in ("selfpatch.toml", "fix.diff", "meta.json"):
        if not (program.path / required).is_file():
            problems.append(f"missing {required}")
    if not program.visible_tests.is_file():
        problems.append(f"missing tests/{program.visible_tests.name}")
    if not program.hidden_tests.is_file():
        problems.append(f"missing hidden/{program.hidden_tests.name}")
    problems += _check_meta(program.meta)
    if (program.path / "selfpatch.toml").is_file():
        problems += _check_config(program)
    return problems


def _check_meta(meta: dict[str, object]) -> list[str]:
    problems = []
    if not isinstance(meta.get("kind"), str) or not meta.get("kind"):
        problems.append("meta.json: kind must be a non-empty string")
    if meta.get("lines") not in (1, 2):
        problems.append("meta.json: lines must be 1 or 2")
    if meta.get("family") not in FAMILIES:
        problems.append("meta.json: family must be algorithm or harness")
    return problems


def _check_config(program: Program) -> list[str]:
    config = tomllib.loads((program.path / "selfpatch.toml").read_text())
    agent = config.get("agent", {})
    problems = []
    if agent.get("tests") != "python -m pytest -q tests":
        problems.append("selfpatch.toml: unexpected tests command")
    sources = agent.get("source", [])
    if not sources:
        problems.append("selfpatch.toml: no source")
    for source in sources:
        path = program.path / source
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        if not all(f.is_file() for f in files):
            problems.append(f"selfpatch.toml: source {source} does not exist")
            continue
        total = sum(len(f.read_text().splitlines()) for f in files)
        longest = max(len(f.read_text().splitlines()) for f in files)
        if total < MIN_SOURCE_LINES or longest > MAX_SOURCE_LINES:
            problems.append(f"{source}: {total} lines (want {MIN_SOURCE_LINES}-{MAX_SOURCE_LINES})")
    return problems


# ---------------------------------------------------------------- diff splitting
# An "edit" is one removed line paired with one added line (in order) inside a run of
# changed lines; surplus removed or added lines are edits of their own. Applying one edit
# alone turns the other edits' removed lines into context and drops their added lines.
Edit = tuple[str | None, str | None]
HunkBody = list[str | Edit]  # context lines and edits, in order


def split_edits(patch: str) -> list[str]:
    """One patch per edit, every other edit left unapplied."""
    files = _parse_patch(patch)
    total = sum(_count_edits(body) for _, hunks in files for _, body in hunks)
    return [_render_with_only(files, target) for target in range(total)]


def _parse_patch(patch: str) -> list[tuple[list[str], list[tuple[int, HunkBody]]]]:
    files: list[tuple[list[str], list[tuple[int, list[str]]]]] = []
    for line in patch.splitlines(keepends=True):
        if line.startswith("diff --git"):
            files.append(([line], []))
        elif line.startswith(("---", "+++")) and not files[-1][1]:
            files[-1][0].append(line)
        elif line.startswith("@@"):
            match = HUNK_HEADER.match(line)
            assert match, line
            files[-1][1].append((int(match.group(1)), []))
        elif files and files[-1][1]:
            files[-1][1][-1][1].append(line)
    return [(header, [(start, _pair_edits(lines)) for start, lines in hunks])
            for header, hunks in files]


def _pair_edits(lines: list[str]) -> HunkBody:
    body: HunkBody = []
    removed: list[str] = []
    added: list[str] = []

    def flush() -> None:
        for index in range(max(len(removed), len(added))):
            old = removed[index] if index < len(removed) else None
            new = added[index] if index < len(added) else None
            body.append((old, new))
        removed.clear()
        added.clear()

    for line in lines:
        if line.startswith("-"):
            removed.append(line)
        elif line.startswith("+"):
            added.append(line)
        else:
            flush()
            body.append(line)
    flush()
    return body


def _count_edits(body: HunkBody) -> int:
    return sum(1 for item in body if isinstance(item, tuple))


def _render_with_only(files: list[tuple[list[str], list[tuple[int, HunkBody]]]], target: int) -> str:
    out: list[str] = []
    counter = 0
    for header, hunks in files:
        rendered: list[str] = []
        for start, body in hunks:
            count = _count_edits(body)
            if counter <= target < counter + count:
                rendered += _render_hunk(start, body, target - counter)
            counter += count
        if rendered:
            out += header + rendered
    return "".join(out)


def _render_hunk(start: int, body: HunkBody, keep: int) -> list[str]:
    lines: list[str] = []
    seen = 0
    for item in body:
        if isinstance(item, str):
            lines.append(item)
            continue
        old, new = item
        if seen == keep:
            lines += [line for line in (old, new) if line is not None]
        elif old is not None:
            lines.append(" " + old[1:])
        seen += 1
    old_len = sum(1 for line in lines if line[:1] in " -")
    new_len = sum(1 for line in lines if line[:1] in " +")
    return [f"@@ -{start},{old_len} +{start},{new_len} @@\n", *lines]


# ---------------------------------------------------------------- running
def validate(program: Program) -> Report:
    report = Report(program, check_layout(program))
    if report.problems:
        return report
    visible = [f"tests/{program.visible_tests.name}"]
    both = [*visible, f"hidden/{program.hidden_tests.name}"]
    fix = (program.path / "fix.diff").read_text()
    with tempfile.TemporaryDirectory(prefix=f"sp-validate-{program.name}-") as tmp:
        buggy_dir = copy_for_engine(program, Path(tmp) / "buggy")
        report.buggy = run_pytest(buggy_dir, visible)
        fixed_dir = copy_for_engine(program, Path(tmp) / "fixed")
        add_hidden_tests(program, fixed_dir)
        error = apply_patch(fixed_dir, fix)
        if error:
            report.problems.append(f"fix.diff does not apply: {error.splitlines()[0]}")
        else:
            report.fixed = run_pytest(fixed_dir, both)
        if program.meta.get("lines") == 2:
            report.partial = _partial_fixes(program, Path(tmp), fix, both, report.problems)
    report.problems += _judge(report)
    return report


def _partial_fixes(
    program: Program, tmp: Path, fix: str, targets: list[str], problems: list[str]
) -> list[bool]:
    outcomes = []
    edits = split_edits(fix)
    if len(edits) != 2:
        problems.append(f"two-line bug but fix.diff has {len(edits)} edits")
    for index, partial in enumerate(edits):
        workdir = copy_for_engine(program, tmp / f"partial-{index}")
        add_hidden_tests(program, workdir)
        error = apply_patch(workdir, partial)
        if error:
            problems.append(f"edit {index + 1} alone does not apply: {error.splitlines()[0]}")
            continue
        outcomes.append(run_pytest(workdir, targets).all_passed)
    return outcomes


def _judge(report: Report) -> list[str]:
    problems = []
    buggy, fixed = report.buggy, report.fixed
    if buggy is not None:
        count = len(buggy.outcomes)
        if not 3 <= count <= 10:
            problems.append(f"{count} visible tests (want 3-10)")
        if buggy.failed == 0:
            problems.append("buggy version passes every visible test")
        if buggy.passed == 0:
            problems.append("buggy version passes no visible test")
    if fixed is not None and not fixed.all_passed:
        failing = [name for name, outcome in fixed.outcomes.items() if outcome != "passed"]
        problems.append(f"fixed version fails: {', '.join(failing) or 'pytest error'}")
    if any(report.partial):
        problems.append("one edit alone already passes all tests")
    return problems


# ---------------------------------------------------------------- output
def render(reports: list[Report], console: Console) -> None:
    table = Table(title="repair benchmark corpus")
    for column in ("program", "family", "kind", "lines", "buggy pass/fail", "fixed", "partial",
                   "status"):
        table.add_column(column)
    for report in reports:
        meta = report.program.meta
        buggy = report.buggy
        fixed = report.fixed
        table.add_row(
            report.program.name,
            str(meta.get("family", "?")),
            str(meta.get("kind", "?")),
            str(meta.get("lines", "?")),
            f"{buggy.passed}/{buggy.failed}" + (" (hang)" if buggy.timed_out else "")
            if buggy else "-",
            (f"{fixed.passed}/{len(fixed.outcomes)}" if fixed else "-"),
            ",".join("passes" if p else "fails" for p in report.partial) or "-",
            "[green]valid[/]" if report.valid else f"[red]INVALID[/]: {'; '.join(report.problems)}",
        )
    console.print(table)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", help="validate only this program (repeatable)")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    programs = discover(args.only)
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        reports = list(pool.map(validate, programs))
    console = Console(width=200)
    render(reports, console)
    invalid = [r.program.name for r in reports if not r.valid]
    families = json.dumps({f: sum(r.program.meta.get("family") == f for r in reports)
                           for f in sorted(FAMILIES)})
    two_line = sum(r.program.meta.get("lines") == 2 for r in reports)
    console.print(f"{len(reports)} programs ({families}, {two_line} two-line), "
                  f"{len(reports) - len(invalid)} valid, {len(invalid)} invalid")
    if invalid:
        console.print(f"invalid: {', '.join(invalid)}")
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main())
