"""Merge the streamed partial results of tool calls that an agent ran in parallel."""

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Partial:
    call_id: str
    seq: int  # position of this chunk within its call's output, from 0
    text: str
    final: bool = False
    error: str | None = None


@dataclass
class ToolResult:
    call_id: str
    text: str
    complete: bool
    error: str | None = None

    def as_message(self) -> dict[str, str]:
        content = self.text if self.error is None else f"ERROR: {self.error}"
        if not self.complete and self.error is None:
            content += "\n[output incomplete]"
        return {"role": "tool", "tool_call_id": self.call_id, "content": content}


def merge_partials(call_ids: list[str], partials: Iterable[Partial]) -> list[ToolResult]:
    """One result per requested call, in request order, whatever order the chunks came in.

    Retried deliveries repeat a (call_id, seq) pair: the first copy wins. Chunks for calls
    that were not requested (cancelled or stale) are dropped.
    """
    chunks: dict[str, dict[int, Partial]] = {call_id: {} for call_id in call_ids}
    for part in partials:
        if part.call_id in chunks:
            chunks[part.call_id].setdefault(part.seq, part)
    results = []
    for call_id in call_ids:
        received = list(chunks[call_id].values())
        ordered = sorted(received, key=lambda part: part.seq)
        gapless = [part.seq for part in ordered] == list(range(len(ordered)))
        error = next((part.error for part in ordered if part.error), None)
        finished = any(part.final for part in ordered)
        text = "".join(part.text for part in received)
        results.append(ToolResult(call_id, text, finished and gapless and error is None, error))
    return results
