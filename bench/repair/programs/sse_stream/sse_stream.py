"""Assembles a streamed chat completion from server-sent events (OpenAI-style chunks)."""

import json


class StreamAssembler:
    def __init__(self) -> None:
        self.buffer = ""
        self.parts: list[str] = []
        self.finish_reason: str | None = None
        self.done = False

    def feed(self, chunk: str) -> list[str]:
        """Feed text as it arrives from the network; returns the content pieces it completed."""
        self.buffer += chunk
        pieces = []
        while "\n" in self.buffer:
            line, self.buffer = self.buffer.split("\n", 1)
            line = line.rstrip("\r")
            if not line.startswith("data:"):
                continue  # blank separators, comments (": ping"), other fields
            payload = line[len("data:"):].strip()
            if payload == "[DONE]":
                self.done = True
                continue
            choice = json.loads(payload)["choices"][0]
            content = choice.get("delta", {}).get("content")
            if content:
                pieces.append(content)
            reason = choice.get("stop_reason")
            if reason:
                self.finish_reason = reason
        self.parts += pieces
        return pieces

    @property
    def text(self) -> str:
        return "".join(self.parts)
