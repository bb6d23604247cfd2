"""The commands. Thin: parse, call the stage, print (a Rich view, or one JSON object)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from selfpatch import _views
from selfpatch.errors import UserError
from selfpatch.project import Project

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_show_locals=False,
    no_args_is_help=True,
    help="Let an agent fix its own source code from its own failures, safely.",
)
JsonOpt = Annotated[bool, typer.Option("--json", help="Print one JSON object for scripts.")]
UnsafeOpt = Annotated[
    bool,
    typer.Option("--unsafe-no-sandbox", help="Allow isolation = 'none' (recorded per trial)."),
]


def main() -> None:
    try:
        app()
    except UserError as exc:
        Console(stderr=True).print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        sys.exit(exc.exit_code)


@contextmanager
def _project(*, allow_unsafe: bool = False) -> Iterator[Project]:
    project = Project.open(Path.cwd(), allow_unsafe=allow_unsafe)
    try:
        yield project
    finally:
        project.close()


def _emit(as_json: bool, data: dict[str, Any], render: Callable[[Console], None]) -> None:
    if as_json:
        sys.stdout.write(json.dumps(data, indent=2, default=str) + "\n")
    else:
        render(Console())


@app.command()
def run(
    tasks: Annotated[Path, typer.Argument(help="Tasks file: JSON Lines, one task a line.")],
    as_json: JsonOpt = False,
) -> None:
    """Run every task through the agent's entrypoint and record one episode per task."""
    from selfpatch.record.run import run_tasks

    with _project() as project:
        result = run_tasks(project, tasks, console=Console(stderr=True), quiet=as_json)
        _emit(as_json, result, lambda c: _views.render_run(c, result))


@app.command()
def cycle(
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Consent to promote.")] = False,
    from_tests: Annotated[
        bool, typer.Option("--from-tests", help="Take failures from the tests command.")
    ] = False,
    budget: Annotated[
        float | None, typer.Option(help="Repair time budget per batch, seconds.")
    ] = None,
    unsafe_no_sandbox: UnsafeOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """One evolution cycle: curate, patch, check policy, verify, ask consent, promote."""
    from selfpatch.cycle import run_cycle
    from selfpatch.promote import choose_gate

    err = Console(stderr=True)
    with _project(allow_unsafe=unsafe_no_sandbox) as project:
        project.prepare_cycle(from_tests=from_tests, budget_s=budget)
        with err.status("selfpatch cycle") as status:
            report = run_cycle(
                project,
                consent=choose_gate(yes=yes, console=err),
                say=_say(err, status, quiet=as_json),
                tests_mode=from_tests,
            )
        data = report.to_json()
        _emit(as_json, data, lambda c: _views.render_cycle(c, data))


def _say(console: Console, status: Any, *, quiet: bool) -> Callable[[str], None]:
    def say(message: str) -> None:
        status.update(message.strip()[:100])
        if not quiet:
            console.print(message, highlight=False)

    return say


@app.command()
def log(
    limit: Annotated[int, typer.Option(help="How many cycles.")] = 10,
    as_json: JsonOpt = False,
) -> None:
    """The history: cycles, their batches and proposals, newest first."""
    with _project() as project:
        data = _views.log_data(project, limit)
        _emit(as_json, data, lambda c: _views.render_log(c, data))


@app.command()
def show(
    record_id: Annotated[str, typer.Argument(metavar="ID", help="A cy-, ba-, pr- or ep- id.")],
    as_json: JsonOpt = False,
) -> None:
    """One record in full: diff, evidence, verdicts and reasons."""
    with _project() as project:
        data = _views.show_data(project, record_id)
        _emit(as_json, data, lambda c: _views.render_show(c, data))


@app.command()
def approve(
    proposal_id: Annotated[str, typer.Argument(metavar="ID", help="A proposal awaiting consent.")],
    as_json: JsonOpt = False,
) -> None:
    """Give consent for a verified proposal: promote exactly the content that was verified."""
    from selfpatch.promote._decide import approve_proposal

    with _project() as project:
        data = approve_proposal(project, proposal_id)
        _emit(as_json, data, lambda c: c.print(f"promoted {proposal_id} as {data['commit'][:12]}"))


@app.command()
def replay(
    episode_id: Annotated[str, typer.Argument(metavar="ID", help="A recorded episode (ep-...).")],
    at: Annotated[str, typer.Option("--at", help="Git revision to replay on.")] = "HEAD",
    unsafe_no_sandbox: UnsafeOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Replay one recorded episode, deterministically and sandboxed, on any version."""
    from selfpatch.verify._replay import replay_episode

    with _project(allow_unsafe=unsafe_no_sandbox) as project:
        data = replay_episode(project, episode_id, at)
        _emit(as_json, data, lambda c: _views.render_replay(c, data))
