"""Record and replay ``client.chat.completions.create`` of an ``openai`` client.

The ``openai`` package is an optional extra: nothing here imports it until a replayed response
must be rebuilt, and by then the agent has built a client, so it is installed.
"""

from __future__ import annotations

from typing import Any, TypeVar

from selfpatch.record._wrap import wrap_method

C = TypeVar("C")


def _rebuild_completion(value: Any) -> Any:
    from openai.types.chat import ChatCompletion

    return ChatCompletion.model_validate(value)


def wrap_openai(client: C) -> C:
    """``client`` (``openai.OpenAI`` or ``AsyncOpenAI``) with ``chat.completions.create``
    recorded (a ``chat`` call named after the ``model`` argument, with usage tokens) and
    answered from the recording in replay, without any HTTP request. Returns the same client.

    Not covered: ``stream=True`` (runs live and is not recorded; diverges in replay),
    ``with_raw_response``, clients made later by ``client.with_options(...)``.
    """
    completions = client.chat.completions  # type: ignore[attr-defined]
    wrap_method(completions, "create", _rebuild_completion)
    return client
