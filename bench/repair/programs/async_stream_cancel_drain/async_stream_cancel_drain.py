"""Read a model's streamed reply with a stop button and an idle timeout.

``drain`` pulls text chunks from an async iterator until the stream ends, the
``cancel`` event is set (the user pressed stop), or no chunk arrives within
``idle_timeout`` seconds. The stream is always closed so that the HTTP
connection behind it is released, and whatever text arrived is returned.
"""
import asyncio
from dataclasses import dataclass


@dataclass
class DrainResult:
    text: str
    reason: str  # "complete", "cancelled" or "idle_timeout"
    chunks: int


async def drain(stream, cancel=None, idle_timeout=30.0, on_chunk=None):
    parts = []
    reason = "complete"
    it = aiter(stream)
    try:
        while True:
            if cancel.is_set():
                reason = "cancelled"
                break
            try:
                chunk = await asyncio.wait_for(anext(it), idle_timeout)
            except StopAsyncIteration:
                break
            except asyncio.TimeoutError:
                reason = "idle_timeout"
                break
            parts.append(chunk)
            if on_chunk is not None:
                on_chunk(chunk)
    finally:
        close = getattr(it, "aclose", None)
        if close is not None:
            await close()
    return DrainResult("".join(parts), reason, len(parts))
