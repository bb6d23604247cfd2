"""Plain data that flows between the pipeline stages.

record -> ledger -> curate -> patchers -> policy -> verify -> promote -> ledger.
Every stage takes and returns these values; none reaches into another stage's internals.
All of them round-trip through JSON (``to_json`` / ``from_json``) so they can cross a process
boundary (the sandboxed trial worker) and be stored in the ledger unchanged.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

JSON = Any
T = TypeVar("T")

EpisodeStatus = Literal["ok", "error", "timeout", "diverged", "crashed"]
"""ok: returned an output; error: raised; timeout: killed after its time limit;
diverged: made a call the recording could not answer (replay only); crashed: the worker died."""


def _from_dict(cls: type[T], data: dict[str, Any]) -> T:
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(slots=True)
class Task:
    """One line of a tasks file: ``{"id": ..., "input": ..., "expected": ...?, ...}``."""

    id: str
    input: JSON
    raw: dict[str, JSON]
    """The whole line as given; the evaluator receives it."""

    @property
    def has_expected(self) -> bool:
        return "expected" in self.raw

    @property
    def expected(self) -> JSON:
        return self.raw.get("expected")


@dataclass(slots=True)
class CallRecord:
    """One tool or model call made inside an episode.

    Attribute names follow the OpenTelemetry GenAI semantic conventions; ``to_otel`` gives them.
    """

    operation: Literal["execute_tool", "chat"]
    name: str
    """The tool name, or the model name for a chat call."""
    arguments: JSON
    result: JSON = None
    error_type: str | None = None
    error_message: str | None = None
    call_id: str | None = None
    input_tokens: int | None = None
    output_tokens: int | None = None
    started_at: float = 0.0
    duration_s: float = 0.0
    replayed: bool = False
    """True when this result was served from a recording instead of a live call."""

    def to_json(self) -> dict[str, JSON]:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, JSON]) -> CallRecord:
        return _from_dict(cls, data)

    def to_otel(self) -> dict[str, JSON]:
        attrs: dict[str, JSON] = {"gen_ai.operation.name": self.operation}
        if self.operation == "execute_tool":
            attrs["gen_ai.tool.name"] = self.name
            attrs["gen_ai.tool.call.arguments"] = self.arguments
            attrs["gen_ai.tool.call.result"] = self.result
            if self.call_id:
                attrs["gen_ai.tool.call.id"] = self.call_id
        else:
            attrs["gen_ai.request.model"] = self.name
            if self.input_tokens is not None:
                attrs["gen_ai.usage.input_tokens"] = self.input_tokens
            if self.output_tokens is not None:
                attrs["gen_ai.usage.output_tokens"] = self.output_tokens
        if self.error_type:
            attrs["error.type"] = self.error_type
        return attrs

    @property
    def span_name(self) -> str:
        return f"{self.operation} {self.name}"


@dataclass(slots=True)
class Frame:
    """One traceback frame inside the agent's source, path relative to the repository root."""

    path: str
    line: int
    function: str

    def to_json(self) -> dict[str, JSON]:
        return dataclasses.asdict(self)


@dataclass(slots=True)
class Outcome:
    """What one run of one task produced: by a live run, a replay, or a test."""

    key: str
    """The task id (or pytest node id in --from-tests mode)."""
    status: EpisodeStatus
    output: JSON = None
    score: float = 0.0
    passed: bool = False
    error_type: str | None = None
    error_message: str | None = None
    traceback: str | None = None
    frames: list[Frame] = field(default_factory=list)
    calls: list[CallRecord] = field(default_factory=list)
    duration_s: float = 0.0
    started_at: float = 0.0
    seed: int = 0
    lines: dict[str, list[int]] = field(default_factory=dict)
    """Lines executed per source file (relative path), when coverage was asked for."""
    log: str = ""
    """Bounded, escaped captured output of the run."""
    detail: str = ""
    """Why it did not pass, in one line (diverged call, timeout, evaluator message)."""

    def to_json(self) -> dict[str, JSON]:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, JSON]) -> Outcome:
        out = _from_dict(cls, data)
        out.frames = [Frame(**f) for f in data.get("frames") or []]
        out.calls = [CallRecord.from_json(c) for c in data.get("calls") or []]
        return out


@dataclass(slots=True)
class Episode:
    """A recorded task run, as stored in the ledger."""

    id: str
    task: dict[str, JSON]
    version: str
    """The git commit the episode ran on."""
    outcome: Outcome
    reproducible: bool | None = None
    """None until the reproduction check has replayed it on the unpatched code."""

    @property
    def task_id(self) -> str:
        return str(self.task.get("id", ""))


@dataclass(slots=True)
class Batch:
    """Failures grouped by one root cause, handed to a patcher as evidence."""

    id: str
    signature: str
    """The root cause key: exception type and place, or the failing check."""
    failures: list[Episode]
    """Shown to the patcher."""
    held_out: list[Episode] = field(default_factory=list)
    """Kept from the patcher; a candidate must fix these too (overfitting guard)."""
    passing: list[Episode] = field(default_factory=list)
    """Episodes that passed on this version: the regression set."""
    suspicious: list[SuspiciousLine] = field(default_factory=list)
    """Fault localization ranking, most suspicious first."""
    others: list[Episode] = field(default_factory=list)
    """Failures of other batches, still failing on this version. Never required; a patch that
    fixes some of them as well is likelier the real fix than one made for this batch alone."""


@dataclass(slots=True)
class SuspiciousLine:
    path: str
    line: int
    score: float
    reason: str = ""

    def to_json(self) -> dict[str, JSON]:
        return dataclasses.asdict(self)


@dataclass(slots=True)
class Candidate:
    """A proposed change to the agent's source."""

    patcher: str
    files: dict[str, str]
    """New full text of every changed file, path relative to the repository root."""
    diff: str = ""
    """Unified diff against the base version (filled in by the pipeline if empty)."""
    description: str = ""
    seconds: float = 0.0
    cost_usd: float = 0.0
    notes: dict[str, JSON] = field(default_factory=dict)
    """Patcher-specific facts worth keeping (candidates tried, discarded plausible patches)."""


@dataclass(slots=True)
class GateResult:
    """One gate of verification: it passed, or it did not and says why."""

    name: str
    passed: bool
    reason: str = ""
    details: dict[str, JSON] = field(default_factory=dict)


@dataclass(slots=True)
class Verdict:
    """The outcome of verifying one candidate."""

    status: Literal["verified", "rejected", "inconclusive"]
    gates: list[GateResult]
    reason: str = ""
    isolation: str = ""
    """The isolation backend the trials ran under (bwrap, unshare, none)."""

    @property
    def verified(self) -> bool:
        return self.status == "verified"
