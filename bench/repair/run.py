"""Run selfpatch's repair cycle over the benchmark corpus and judge the results.

Usage: python bench/repair/run.py [--json] [--only NAME] [--split tuned|fresh] [--budget SECONDS]

For each program: copy it (without hidden tests, reference fix and labels) to a temporary
git repository, run `selfpatch cycle --from-tests --yes --json` there, then judge:
  fixed-plausible = every visible test passes after the cycle;
  fixed-correct   = visible and hidden tests pass (hidden tests are copied in only now).
Programs run one after another: the repair engine uses both cores.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from _bench import (
    Program,
    add_hidden_tests,
    copy_for_engine,
    discover,
    git,
    run_captured,
    run_pytest,
)
from rich.console import Console
from rich.table import Table

DEFAULT_CYCLE_TIMEOUT = 900.0
JUDGE_TIMEOUT = 120.0
IGNORED = "__pycache__/\n.pytest_cache/\n*.pyc\n"


@dataclass
class Row:
    program: str
    family: str
    kind: str
    lines: int | None
    status: str  # correct | plausible | unfixed | error | timeout
    seconds: float | None
    candidates_tried: int | None
    promoted: int
    rejected: int
    detail: str = ""
    split: str = "tuned"
    """"tuned": the engine was developed against it; "fresh": written later and never tuned on."""
    plausible: list[str] = field(default_factory=list)
    """The plausible patches the promoted ones were chosen from, best first (JSON only)."""


# ---------------------------------------------------------------- one program
def prepare_repo(program: Program, workdir: Path) -> None:
    copy_for_engine(program, workdir)
    git(workdir, "init", "-q")
    (workdir / ".git" / "info" / "exclude").write_text(IGNORED)
    git(workdir, "add", "-A")
    git(workdir, "commit", "-q", "-m", f"{program.name}: program under repair")


def cycle_command(budget: float | None) -> list[str]:
    cmd = [sys.executable, "-m", "selfpatch", "cycle", "--from-tests", "--yes", "--json"]
    if budget is not None:
        cmd += ["--budget", f"{budget:g}"]
    return cmd


def parse_json_output(stdout: str) -> dict[str, Any] | None:
    """The cycle's JSON object: the whole stdout, else the last line that parses as an object."""
    candidates = [stdout, *reversed(stdout.splitlines())]
    for text in candidates:
        text = text.strip()
        if not text.startswith("{"):
            continue
        try:
            value = json.loads(text)
        except json.JSONDecodeError:
            continue
        if isinstance(value, dict):
            return value
    return None


def first_error_line(stderr: str, returncode: int | None) -> str:
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    if not lines:
        return f"exit status {returncode}"
    # A traceback's first line says nothing; its last line names the exception.
    if lines[0].startswith("Traceback"):
        return lines[-1]
    return lines[0]


def proposal_ids(report: dict[str, Any]) -> list[str]:
    ids = []
    for key in ("promoted", "rejected"):
        for entry in report.get(key) or []:
            if isinstance(entry, dict) and entry.get("proposal") is not None:
                ids.append(str(entry["proposal"]))
    return ids


def count_candidates(workdir: Path, report: dict[str, Any]) -> tuple[int | None, list[str]]:
    """Sum of `candidates_tried` over the cycle's proposals, else the per-batch "tried" counts;
    and the plausible patches each proposal was chosen from, best first."""
    tried: list[int] = []
    plausible: list[str] = []
    for proposal in proposal_ids(report):
        code, out, _ = run_captured(
            [sys.executable, "-m", "selfpatch", "show", proposal, "--json"], workdir, 60.0
        )
        shown = parse_json_output(out) if code == 0 else None
        if shown is not None and isinstance(shown.get("candidates_tried"), int):
            tried.append(shown["candidates_tried"])
            plausible += [str(p) for p in (shown.get("notes") or {}).get("plausible") or []]
    if tried:
        return sum(tried), plausible
    batches = [b for b in report.get("batches") or [] if isinstance(b, dict)]
    batch_tried: list[int] = [b["tried"] for b in batches if isinstance(b.get("tried"), int)]
    if batch_tried:
        return sum(batch_tried), plausible
    total = report.get("tried")
    return (total if isinstance(total, int) else None), plausible


def judge(program: Program, workdir: Path) -> str:
    visible = run_pytest(workdir, ["tests"], timeout=JUDGE_TIMEOUT)
    if not visible.all_passed:
        return "unfixed"
    add_hidden_tests(program, workdir)
    both = run_pytest(workdir, ["tests", "hidden"], timeout=JUDGE_TIMEOUT)
    return "correct" if both.all_passed else "plausible"


def run_program(program: Program, budget: float | None, timeout: float, keep: bool) -> Row:
    meta = program.meta
    row = Row(program.name, str(meta.get("family", "?")), str(meta.get("kind", "?")),
              meta.get("lines"), "error", None, None, 0, 0, split=split_of(program))
    tmp = Path(tempfile.mkdtemp(prefix=f"sp-bench-{program.name}-"))
    workdir = tmp / program.name
    try:
        prepare_repo(program, workdir)
        started = time.monotonic()
        code, out, err = run_captured(cycle_command(budget), workdir, timeout)
        row.seconds = round(time.monotonic() - started, 2)
        if code is None:
            row.status, row.detail = "timeout", f"cycle exceeded {timeout:g}s"
            return row
        report = parse_json_output(out)
        if report is None:
            row.detail = first_error_line(err, code)
            return row
        row.promoted = len(report.get("promoted") or [])
        row.rejected = len(report.get("rejected") or [])
        if code != 0:
            row.detail = f"exit {code}: {first_error_line(err, code)}"
        elif report.get("errors"):
            row.detail = f"cycle error: {str(report['errors'][0]).splitlines()[0]}"
        row.candidates_tried, row.plausible = count_candidates(workdir, report)
        row.status = judge(program, workdir)
        return row
    finally:
        if keep:
            row.detail = (row.detail + f" [kept {workdir}]").strip()
        else:
            _remove_tree(tmp)


def split_of(program: Program) -> str:
    return str(program.meta.get("split", "tuned"))


def _remove_tree(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)


# ---------------------------------------------------------------- totals and output
def totals(rows: list[Row]) -> dict[str, Any]:
    count = len(rows)
    correct = sum(r.status == "correct" for r in rows)
    plausible = sum(r.status in ("correct", "plausible") for r in rows)
    seconds = [r.seconds for r in rows if r.seconds is not None and r.status != "error"]
    tried = [r.candidates_tried for r in rows if r.candidates_tried is not None]
    return {
        "programs": count,
        "fixed_correct": correct,
        "fixed_plausible": plausible,
        "errors": sum(r.status == "error" for r in rows),
        "timeouts": sum(r.status == "timeout" for r in rows),
        "fixed_correct_pct": round(100 * correct / count, 1) if count else None,
        "fixed_plausible_pct": round(100 * plausible / count, 1) if count else None,
        "median_seconds": round(statistics.median(seconds), 2) if seconds else None,
        "median_candidates_tried": statistics.median(tried) if tried else None,
    }


STATUS_STYLE = {"correct": "green", "plausible": "yellow", "unfixed": "red", "error": "magenta",
                "timeout": "magenta"}


def render(rows: list[Row], summary: dict[str, Any], console: Console) -> None:
    table = Table(title="selfpatch repair benchmark")
    for column in ("program", "family", "kind", "lines", "status", "seconds", "tried",
                   "promoted", "rejected", "detail"):
        table.add_column(column, overflow="fold")
    for r in rows:
        style = STATUS_STYLE.get(r.status, "")
        table.add_row(
            r.program, r.family, r.kind, str(r.lines), f"[{style}]{r.status}[/]",
            _fmt(r.seconds), _fmt(r.candidates_tried), str(r.promoted), str(r.rejected), r.detail,
        )
    console.print(table)
    for split, part in summary.get("by_split", {}).items():
        console.print(f"  {split}: {part['fixed_correct']}/{part['programs']} fixed-correct "
                      f"({_fmt(part['fixed_correct_pct'])}%), median {_fmt(part['median_seconds'])} s")
    console.print(
        f"{summary['programs']} programs: fixed-correct {_fmt(summary['fixed_correct_pct'])}%, "
        f"fixed-plausible {_fmt(summary['fixed_plausible_pct'])}%, "
        f"median {_fmt(summary['median_seconds'])} s, "
        f"median candidates tried {_fmt(summary['median_candidates_tried'])}, "
        f"errors {summary['errors']}, timeouts {summary['timeouts']}"
    )


def _fmt(value: object) -> str:
    return "-" if value is None else str(value)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--only", action="append", help="run only this program (repeatable)")
    parser.add_argument("--budget", type=float, help="repair engine's per-batch time budget (s)")
    parser.add_argument("--timeout", type=float, default=DEFAULT_CYCLE_TIMEOUT,
                        help="wall-clock limit for one program's cycle (s)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary repositories")
    parser.add_argument("--split", choices=("tuned", "fresh"),
                        help="run only the programs of one split (see README.md)")
    args = parser.parse_args()
    console = Console(stderr=True)
    rows = []
    programs = [p for p in discover(args.only) if args.split in (None, split_of(p))]
    for program in programs:
        if not args.json:
            console.print(f"[dim]{program.name} ...[/]")
        rows.append(run_program(program, args.budget, args.timeout, args.keep))
    summary = totals(rows)
    splits = sorted({r.split for r in rows})
    if len(splits) > 1:
        summary["by_split"] = {s: totals([r for r in rows if r.split == s]) for s in splits}
    if args.json:
        print(json.dumps({"programs": [asdict(r) for r in rows], "totals": summary}, indent=2))
    else:
        render(rows, summary, Console(width=None if sys.stdout.isatty() else 200))
    return 0


if __name__ == "__main__":
    sys.exit(main())
