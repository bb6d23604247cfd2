"""``selfpatch.toml`` -> validated settings. Every field says what it is for."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from selfpatch.errors import UserError

CONFIG_NAME = "selfpatch.toml"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _relative_path(value: str) -> str:
    p = Path(value)
    if p.is_absolute() or ".." in p.parts:
        raise ValueError(f"{value!r} must be a path inside the repository (no '..', not absolute)")
    return value


class AgentConfig(_Section):
    entrypoint: str | None = Field(
        default=None,
        description="'module:callable' run once per task with the task's input. "
        "Optional only for --from-tests cycles.",
    )
    source: list[str] = Field(
        min_length=1, description="Files or folders (relative to the root) a patch may change."
    )
    evaluator: str | None = Field(
        default=None,
        description="'module:callable(task: dict, output) -> float in [0, 1]'. Default: 1.0 when "
        "the output equals task['expected'], else 0.0.",
    )
    tests: str | None = Field(
        default=None,
        description="The agent's own regression command, run in the candidate's copy; "
        "'python' means the interpreter selfpatch runs under.",
    )
    python: str | None = Field(
        default=None, description="Interpreter for the agent and its tests. Default: selfpatch's."
    )
    pass_threshold: float = Field(
        default=1.0,
        ge=0.0,
        le=1.0,
        description="An episode passes at this score or above.",
    )
    timeout_s: float = Field(
        default=30.0, gt=0, description="Wall-clock limit for one task in a live run."
    )

    @field_validator("entrypoint", "evaluator")
    @classmethod
    def _callable_ref(cls, value: str | None) -> str | None:
        if value is not None and (value.count(":") != 1 or not all(value.split(":"))):
            raise ValueError(f"{value!r} must look like 'package.module:function'")
        return value

    @field_validator("source")
    @classmethod
    def _source_paths(cls, value: list[str]) -> list[str]:
        return [_relative_path(v) for v in value]


class PolicyConfig(_Section):
    protected: list[str] = Field(
        default_factory=list,
        description="Glob patterns a patch may never touch. tests/**, selfpatch.toml, the "
        "evaluator's file and CI/git configuration are always protected as well.",
    )
    max_changed_lines: int = Field(
        default=40, ge=1, description="Most added plus removed lines a single patch may have."
    )
    max_files: int = Field(default=5, ge=1, description="Most files a single patch may change.")
    allow_new_imports: bool = Field(
        default=False, description="Let a patch import a module the base version did not import."
    )


class PatchConfig(_Section):
    patchers: list[str] = Field(
        default_factory=lambda: ["repair"],
        description="Patchers tried in order, cheapest first: a short name, a dotted path "
        "'package.module:Class', or a name registered under the 'selfpatch.patchers' entry point.",
    )
    budget_s: float = Field(
        default=120.0, gt=0, description="Time budget of the repair engine for one batch."
    )
    max_candidates: int = Field(
        default=3, ge=1, description="Verified candidates to consider per batch, at most."
    )


class VerifyConfig(_Section):
    isolation: Literal["auto", "bwrap", "unshare", "none"] = Field(
        default="auto",
        description="How trials are isolated. auto: bubblewrap, else user namespaces, else refuse. "
        "'none' also needs --unsafe-no-sandbox on the command line.",
    )
    workers: int = Field(default=2, ge=1, le=64, description="Trial workers run in parallel.")
    trial_timeout_s: float = Field(
        default=20.0, gt=0, description="Wall-clock limit for one replayed episode."
    )
    tests_timeout_s: float = Field(
        default=300.0, gt=0, description="Wall-clock limit for the tests command."
    )
    memory_mb: int = Field(default=2048, ge=64, description="Address-space limit of a trial.")
    processes: int = Field(default=256, ge=8, description="Process limit inside a trial.")
    match: Literal["exact", "order"] = Field(
        default="exact",
        description="Replay: answer a call only by its exact recorded request (exact), or "
        "also by its position among calls of the same name when the request changed (order).",
    )
    live: list[str] = Field(
        default_factory=list,
        description="Tool or model names (glob patterns) that are safe to re-run for real in "
        "trials (pure functions, local stand-ins); every other call is replayed.",
    )
    regression_sample: int = Field(
        default=0, ge=0, description="Passing episodes replayed per verification; 0 means all."
    )
    holdout_share: float = Field(
        default=0.25, ge=0.0, lt=1.0, description="Share of a batch hidden from the patcher."
    )
    holdout_min_failures: int = Field(
        default=4, ge=2, description="Hold failures out only from batches at least this large."
    )


class CurateConfig(_Section):
    max_batches: int = Field(default=10, ge=1, description="Batches handled per cycle, at most.")
    max_failures_per_batch: int = Field(
        default=20, ge=1, description="Failures kept per batch (the rest are near-duplicates)."
    )


class Config(_Section):
    agent: AgentConfig
    policy: PolicyConfig = PolicyConfig()
    patch: PatchConfig = PatchConfig()
    verify: VerifyConfig = VerifyConfig()
    curate: CurateConfig = CurateConfig()


def load_config(root: Path) -> Config:
    """Read and validate ``selfpatch.toml`` at ``root``; a user error names what to fix."""
    path = root / CONFIG_NAME
    if not path.is_file():
        raise UserError(f"no {CONFIG_NAME} in {root}: create one with an [agent] section")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise UserError(f"{CONFIG_NAME} is not valid TOML: {exc}") from None
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        raise UserError(f"{CONFIG_NAME}: {_first_error(exc)}") from None


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"])
    if err["type"] == "extra_forbidden":
        return f"unknown key '{where}': remove it or check its spelling"
    if err["type"] == "missing":
        return f"missing required key '{where}'"
    return f"'{where}': {err['msg']}"
