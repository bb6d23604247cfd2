"""Reconciles token usage estimated while responses stream with the usage they finally report.

Events are the gateway's normalised stream events, each tagged with its response id. Text
deltas give an estimate (about 4 characters per token) that is replaced by the provider's own
count once the response finishes, whether it completed or was cut short.
"""

import math
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Usage:
    input_tokens: int = 0
    cached_tokens: int = 0
    output_tokens: int = 0


@dataclass
class UsageReconciler:
    chars_per_token: float = 4.0
    streamed_chars: dict[str, int] = field(default_factory=dict)
    final: dict[str, Usage] = field(default_factory=dict)

    def on_event(self, event: dict[str, Any]) -> None:
        kind = event["type"]
        if kind == "response.output_text.delta":
            rid = event["response_id"]
            self.streamed_chars[rid] = self.streamed_chars.get(rid, 0) + len(event["delta"])
        elif kind == "response.completed":
            response = event["response"]
            usage = response.get("usage") or {}
            details = usage.get("output_tokens_details") or {}
            self.final[response["id"]] = Usage(
                input_tokens=usage.get("input_tokens", 0),
                cached_tokens=details.get("cached_tokens", 0),
                output_tokens=usage.get("output_tokens", 0),
            )

    def estimate(self, response_id: str) -> int:
        return math.ceil(self.streamed_chars.get(response_id, 0) / self.chars_per_token)

    def totals(self) -> Usage:
        """Final counts where the provider reported them, streamed estimates elsewhere."""
        total = Usage()
        for rid in sorted(self.streamed_chars.keys() | self.final.keys()):
            reported = self.final.get(rid)
            if reported is None:
                total.output_tokens += self.estimate(rid)
                continue
            total.input_tokens += reported.input_tokens
            total.cached_tokens += reported.cached_tokens
            total.output_tokens += reported.output_tokens
        return total

    def drift(self) -> dict[str, int]:
        """Reported minus estimated output tokens, for responses seen both ways."""
        return {
            rid: usage.output_tokens - self.estimate(rid)
            for rid, usage in self.final.items()
            if rid in self.streamed_chars
        }
