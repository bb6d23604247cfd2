"""What the commands show: plain data for --json, and Rich renderings of the same data."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.syntax import Syntax
from rich.table import Table

from selfpatch.errors import UserError
from selfpatch.ledger import (
    BatchRow,
    CycleRow,
    DecisionRow,
    EpisodeRow,
    ProposalRow,
    VerificationRow,
)
from selfpatch.project import Project


def render_run(console: Console, data: dict[str, Any]) -> None:
    table = Table(title=f"run {data['run']} on {data['version'][:12]}")
    for column in ("task", "status", "score", "error"):
        table.add_column(column)
    for ep in data["episodes"]:
        style = "green" if ep["passed"] else "red"
        table.add_row(ep["task"], ep["status"], f"[{style}]{ep['score']:.2f}[/]", ep["error"] or "")
    console.print(table)
    console.print(
        f"mean score [bold]{data['mean_score']:.3f}[/]  "
        f"passed {data['passed']}  failed {data['failed']}"
    )


def render_cycle(console: Console, data: dict[str, Any]) -> None:
    console.print(
        f"cycle {data['cycle']}: {data['base_version'][:12]} -> {data['final_version'][:12]}, "
        f"replayed mean score {data['score_before']:.3f} -> {data['score_after']:.3f}"
    )
    for p in data["promoted"]:
        console.print(
            f"[green]promoted[/] {p['proposal']} as {p['commit'][:12]}: {p['description']} "
            f"(fixed {len(p['fixed'])})",
            highlight=False,
        )
    for p in data["awaiting_consent"]:
        console.print(
            f"[yellow]awaiting consent[/] {p['proposal']}: selfpatch approve {p['proposal']}"
        )
    for p in data["rejected"]:
        console.print(
            f"[red]rejected[/] {p['proposal']} ({p['patcher']}): {p['reason']}", highlight=False
        )
    for b in data["batches"]:
        if b["status"] == "unfixed":
            console.print(f"[red]unfixed[/] batch {b['batch']}: {b['signature']}", highlight=False)
    if data["unreproducible"]:
        console.print(f"unreproducible (set aside): {', '.join(data['unreproducible'])}")
    for error in data["errors"]:
        console.print(f"[red]error[/] {error}", highlight=False)


def log_data(project: Project, limit: int) -> dict[str, Any]:
    ledger = project.existing_ledger()
    cycles = []
    for cycle in ledger.recent(CycleRow, limit):
        proposals = ledger.where(ProposalRow, cycle_id=cycle.id)
        cycles.append(
            {
                "cycle": cycle.id,
                "status": cycle.status,
                "mode": cycle.mode,
                "base_version": cycle.base_version,
                "final_version": cycle.final_version,
                "started_at": cycle.started_at,
                "proposals": [
                    {"proposal": p.id, "batch": p.batch_id, "status": p.status,
                     "patcher": p.patcher, "reason": p.reason, "commit": p.commit}
                    for p in sorted(proposals, key=lambda p: p.created_at)
                ],
            }
        )  # fmt: skip
    return {"cycles": cycles}


def render_log(console: Console, data: dict[str, Any]) -> None:
    if not data["cycles"]:
        console.print("no cycles yet: run 'selfpatch cycle'")
    for cycle in data["cycles"]:
        console.print(
            f"[bold]{cycle['cycle']}[/] {cycle['status']} ({cycle['mode']}) "
            f"{cycle['base_version'][:12]} -> {(cycle['final_version'] or '')[:12]}"
        )
        for p in cycle["proposals"]:
            extra = p["commit"][:12] if p["commit"] else p["reason"]
            console.print(f"  {p['proposal']} {p['batch']} {p['status']}: {extra}", highlight=False)


def show_data(project: Project, record_id: str) -> dict[str, Any]:
    row = project.existing_ledger().get(record_id)
    if row is None:
        raise UserError(f"no record {record_id!r} in the ledger: see 'selfpatch log' for ids")
    data = _columns(row)
    ledger = project.ledger
    if isinstance(row, ProposalRow):
        data["verifications"] = [
            _columns(v) for v in ledger.where(VerificationRow, proposal_id=row.id)
        ]
        data["decisions"] = [_columns(d) for d in ledger.where(DecisionRow, proposal_id=row.id)]
        data["candidates_tried"] = (row.notes or {}).get("tried")
    elif isinstance(row, BatchRow):
        data["proposals"] = [
            {"proposal": p.id, "status": p.status, "reason": p.reason}
            for p in ledger.where(ProposalRow, batch_id=row.id)
        ]
    elif isinstance(row, EpisodeRow) and row.reproducible is False:
        data["note"] = "unreproducible: it passed when replayed on the unpatched code"
    return data


def _columns(row: Any) -> dict[str, Any]:
    return {c.name: getattr(row, c.key) for c in row.__table__.columns}


def render_show(console: Console, data: dict[str, Any]) -> None:
    for key, value in data.items():
        if key == "suspicious" and value:
            _render_ranking(console, value)
        elif key == "diff" and value:
            console.print(Syntax(value, "diff", theme="ansi_dark"))
        elif key in ("files", "outcome", "task") or isinstance(value, (list, dict)):
            console.print(f"[bold]{key}[/]:")
            console.print_json(data=value, default=str)
        else:
            console.print(f"[bold]{key}[/]: {value}", highlight=False)


def _render_ranking(console: Console, ranking: list[dict[str, Any]], top: int = 15) -> None:
    table = Table("rank", "line", "score", "why", title="fault localization")
    for rank, item in enumerate(ranking[:top], start=1):
        table.add_row(str(rank), f"{item['path']}:{item['line']}", f"{item['score']:.3f}",
                      item.get("reason", ""))  # fmt: skip
    console.print(table)


def render_replay(console: Console, data: dict[str, Any]) -> None:
    replayed, recorded = data["replayed"], data["recorded"]
    console.print(
        f"{data['episode']} ({data['task']}) recorded on {data['recorded_on'][:12]}: "
        f"{recorded['status']} score {recorded['score']:.2f}"
    )
    console.print(
        f"replayed on {data['replayed_on'][:12]} ({data['isolation']}): {replayed['status']} "
        f"score {replayed['score']:.2f}"
        + (f" — {replayed['detail']}" if replayed["detail"] else ""),
        highlight=False,
    )
    if replayed.get("traceback"):
        console.print(replayed["traceback"], highlight=False, markup=False)
