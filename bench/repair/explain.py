"""Where does the reference fix stand among the engine's candidates?

Usage: python bench/repair/explain.py NAME [NAME ...] [--top N] [--json]

For each program, runs a real `selfpatch cycle --from-tests` on a copy with a patcher that stops
after generating its edits (no screening), then reports:
  * the suspiciousness rank of the lines the reference fix changes;
  * how many single edits the engine generated;
  * the rank of the edit that reproduces the reference fix (the fixed file's AST), and for a
    two-edit bug the rank of each half.
An equivalent fix spelt differently (`b > a` for `a < b`) does not match: "none" means the
reference spelling was not generated, not that no correct edit was.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

from _bench import Program, apply_patch, copy_for_engine, discover, git, quiet_env, run_captured
from _explain_patcher import OUT_ENV
from rich.console import Console
from rich.table import Table

HERE = Path(__file__).resolve().parent
IGNORED = "__pycache__/\n.pytest_cache/\n*.pyc\n"
PATCHER = '\n[patch]\npatchers = ["_explain_patcher:RankingPatcher"]\n'
HUNK = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+\d+(?:,(\d+))? @@")


def fix_parts(patch: str) -> list[str]:
    """The reference fix as one patch per hunk, each with its file's header."""
    parts: list[str] = []
    header: list[str] = []
    lines = patch.splitlines(keepends=True)
    i = 0
    while i < len(lines):
        match = HUNK.match(lines[i])
        if not match:
            if lines[i].startswith(("diff ", "--- ")) and (not header or header[-1].startswith("+++")):
                header = []
            header.append(lines[i])
            i += 1
            continue
        old = int(match.group(2) or 1)
        new = int(match.group(3) or 1)
        end = i + 1
        while end < len(lines) and (old > 0 or new > 0):
            tag = lines[end][:1]
            old -= tag in (" ", "-")
            new -= tag in (" ", "+")
            end += 1
        while end < len(lines) and lines[end].startswith("\\"):
            end += 1
        parts.append("".join(header + lines[i:end]))
        i = end
    return parts


def changed_lines(patch: str) -> dict[str, set[int]]:
    """Old-side line numbers each file's hunks remove (or insert after)."""
    lines: dict[str, set[int]] = {}
    path, old = "", 0
    for line in patch.splitlines():
        if line.startswith("--- "):
            path = line[4:].strip().removeprefix("a/")
        elif line.startswith("+++ "):
            continue
        elif match := HUNK.match(line):
            old = int(match.group(1))
        elif line.startswith("-"):
            lines.setdefault(path, set()).add(old)
            old += 1
        elif line.startswith("+"):
            lines.setdefault(path, set()).add(max(old - 1, 1))
        elif line.startswith(" "):
            old += 1
    return lines


class _Normal(ast.NodeTransformer):
    """Spellings of one fix that compare equal: ``x += y`` is ``x = x + y``."""

    def visit_AugAssign(self, node: ast.AugAssign) -> ast.AST:
        load = ast.Name(node.target.id, ast.Load()) if isinstance(node.target, ast.Name) else None
        if load is None:
            return node
        return ast.Assign([node.target], ast.BinOp(load, node.op, node.value))


def tree_of(text: str) -> str:
    return ast.dump(_Normal().visit(ast.parse(text)))


def target_trees(program: Program, patch: str, tmp: Path) -> dict[str, str]:
    """path -> AST dump of that file once ``patch`` is applied; {} when it does not apply."""
    workdir = Path(tempfile.mkdtemp(dir=tmp)) / program.name
    copy_for_engine(program, workdir)
    before = {p: p.read_text() for p in workdir.rglob("*.py")}
    if apply_patch(workdir, patch) is not None:
        return {}
    return {
        str(p.relative_to(workdir)): tree_of(p.read_text())
        for p, text in before.items()
        if p.read_text() != text
    }


def generated(program: Program, budget: float, tmp: Path) -> dict[str, Any]:
    workdir = tmp / "repo" / program.name
    copy_for_engine(program, workdir)
    toml = workdir / "selfpatch.toml"
    toml.write_text(toml.read_text() + PATCHER)
    git(workdir, "init", "-q")
    (workdir / ".git" / "info" / "exclude").write_text(IGNORED)
    git(workdir, "add", "-A")
    git(workdir, "commit", "-q", "-m", "program under repair")
    out = tmp / "ranked.json"
    env = {**quiet_env(), "PYTHONPATH": str(HERE), OUT_ENV: str(out)}
    cmd = [sys.executable, "-m", "selfpatch", "cycle", "--from-tests", "--yes", "--json",
           "--budget", f"{budget:g}"]  # fmt: skip
    code, _, err = run_captured(cmd, workdir, 600.0, env=env)
    if not out.exists():
        raise SystemExit(f"{program.name}: the cycle wrote no ranking (exit {code}): {err[-400:]}")
    result: dict[str, Any] = json.loads(out.read_text())
    return result


def matching_ranks(edits: list[dict[str, Any]], trees: dict[str, str]) -> list[int]:
    if len(trees) != 1:
        return []  # a fix across files is never one edit
    ((path, target),) = trees.items()
    ranks = []
    for edit in edits:
        if edit["path"] == path and edit.get("text"):
            try:
                if tree_of(edit["text"]) == target:
                    ranks.append(edit["rank"])
            except SyntaxError:
                continue
    return ranks


def explain(program: Program, budget: float) -> dict[str, Any]:
    patch = (program.path / "fix.diff").read_text()
    with tempfile.TemporaryDirectory(prefix=f"sp-explain-{program.name}-") as name:
        tmp = Path(name)
        ranking = generated(program, budget, tmp)
        edits = ranking["edits"]
        order = sorted(ranking["suspicious"], key=lambda s: -s[2])
        line_rank = {(p, n): i for i, (p, n, _) in enumerate(order, 1)}
        fix_lines = changed_lines(patch)
        parts = fix_parts(patch)
        halves = [matching_ranks(edits, target_trees(program, p, tmp)) for p in parts]
        return {
            "program": program.name,
            "lines": program.meta.get("lines"),
            "kind": program.meta.get("kinds") or program.meta.get("kind"),
            "edits": len(edits),
            "fix_line_ranks": {
                f"{path}:{n}": line_rank.get((path, n)) for path, ns in fix_lines.items()
                for n in sorted(ns)
            },
            "fix_ranks": matching_ranks(edits, target_trees(program, patch, tmp))[:5],
            "half_ranks": [r[:3] for r in halves] if len(parts) > 1 else [],
            "top": edits,
        }


def show(console: Console, result: dict[str, Any], top: int) -> None:
    table = Table(title=f"{result['program']} ({result['kind']}): {result['edits']} edits")
    for column in ("rank", "line", "kind", "score", "description"):
        table.add_column(column)
    for edit in result["top"][:top]:
        table.add_row(str(edit["rank"]), str(edit["line"]), edit["kind"],
                      f"{edit['score']:.4f}", edit["description"][:90])  # fmt: skip
    if top:
        console.print(table)
    console.print(
        f"[bold]{result['program']}[/]: fix lines at suspiciousness ranks "
        f"{result['fix_line_ranks']}; reference fix at edit rank {result['fix_ranks'] or 'none'}"
        + (f"; halves at {result['half_ranks']}" if result["half_ranks"] else "")
        + f" of {result['edits']}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="+")
    parser.add_argument("--top", type=int, default=0, help="print the N best-ranked edits")
    parser.add_argument("--budget", type=float, default=30.0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    console = Console(width=160)
    results = []
    for program in discover(args.names):
        result = explain(program, args.budget)
        if not args.json:
            show(console, result, args.top)
        result["top"] = result["top"][: args.top]
        for edit in result["top"]:
            edit.pop("text", None)
        results.append(result)
    if args.json:
        print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
