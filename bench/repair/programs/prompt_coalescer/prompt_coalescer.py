"""Coalesce identical in-flight completion requests so the provider sees each one once."""

import asyncio
import hashlib
import json
from collections.abc import Awaitable, Callable
from typing import Any

Request = dict[str, Any]
Provider = Callable[[Request], Awaitable[str]]


def request_key(request: Request) -> str:
    """Same model, messages and sampling settings give the same key, whatever the key order."""
    canonical = json.dumps(request, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class Coalescer:
    """While a request is being answered, identical requests wait for that answer instead
    of calling the provider again. Nothing is cached once the answer (or error) is out."""

    def __init__(self, provider: Provider) -> None:
        self._provider = provider
        self._inflight: dict[str, asyncio.Future[str]] = {}
        self.provider_calls = 0
        self.joined = 0

    def in_flight(self) -> int:
        return len(self._inflight)

    async def complete(self, request: Request) -> str:
        key = request_key(request)
        running = self._inflight.get(key)
        if running is not None:
            self.joined += 1
            # shield: a waiter that gives up must not cancel the call the others wait on
            return await asyncio.shield(running)
        future: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self._inflight[key] = future
        self.provider_calls += 1
        try:
            text = await self._provider(request)
        except Exception as exc:
            future.set_exception(exc)
        else:
            del self._inflight[key]
            future.set_result(text)
        return await future
