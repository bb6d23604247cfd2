"""Record and replay ``client.messages.create`` of an ``anthropic`` client.

The ``anthropic`` package is an optional extra: nothing here imports it until a replayed
response must be rebuilt, and by then the agent has built a client, so it is installed.
"""

from __future__ import annotations

from typing import Any, TypeVar

from selfpatch.record._wrap import wrap_method

C = TypeVar("C")


def _rebuild_message(value: Any) -> Any:
    from anthropic.types import Message

    return Message.model_validate(value)


def wrap_anthropic(client: C) -> C:
    """``client`` (``anthropic.Anthropic`` or ``AsyncAnthropic``) with ``messages.create``
    recorded (a ``chat`` call named after the ``model`` argument, with usage tokens) and
    answered from the recording in replay, without any HTTP request. Returns the same client.

    Not covered: ``stream=True`` (runs live and is not recorded; diverges in replay),
    ``messages.stream(...)``, ``with_raw_response``, ``beta.messages``, clients made later by
    ``client.with_options(...)``.
    """
    wrap_method(client.messages, "create", _rebuild_message)  # type: ignore[attr-defined]
    return client
