"""OpenAI and Anthropic clients against a real loopback HTTP server: record, then replay with
no HTTP request at all."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

import selfpatch
from selfpatch.record import Diverged, recording

CHAT_COMPLETION = {
    "id": "chatcmpl-9xYzAbCdEf123",
    "object": "chat.completion",
    "created": 1_700_000_000,
    "model": "gpt-test",
    "choices": [
        {
            "index": 0,
            "finish_reason": "tool_calls",
            "message": {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": "call_Ab12Cd34Ef56",
                        "type": "function",
                        "function": {"name": "lookup", "arguments": '{"order_id": "A1"}'},
                    }
                ],
            },
        }
    ],
    "usage": {"prompt_tokens": 21, "completion_tokens": 5, "total_tokens": 26},
}
ANTHROPIC_MESSAGE = {
    "id": "msg_01AbCdEfGhIjKl",
    "type": "message",
    "role": "assistant",
    "model": "claude-test",
    "content": [
        {"type": "text", "text": "Looking it up."},
        {"type": "tool_use", "id": "toolu_01XyZ987", "name": "lookup", "input": {"order_id": "A1"}},
    ],
    "stop_reason": "tool_use",
    "stop_sequence": None,
    "usage": {"input_tokens": 33, "output_tokens": 9},
}


class ScriptedServer:
    """A loopback HTTP server answering each POST with scripted JSON and counting requests."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, dict[str, Any]]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["content-length"])))
                server.requests.append((self.path, body))
                if self.path.endswith("/chat/completions"):
                    status, payload = 200, CHAT_COMPLETION
                elif self.path.endswith("/messages"):
                    status, payload = 200, ANTHROPIC_MESSAGE
                else:
                    status, payload = 404, {"error": {"message": "no route"}}
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    srv = ScriptedServer()
    srv.thread.start()
    yield srv
    srv.httpd.shutdown()
    srv.httpd.server_close()
    srv.thread.join()


MESSAGES = [{"role": "user", "content": "where is order A1?"}]


def test_openai_record_then_replay_without_http(server: ScriptedServer) -> None:
    openai = pytest.importorskip("openai")
    client = selfpatch.wrap_openai(
        openai.OpenAI(api_key="sk-test-" + "k" * 20, base_url=server.url + "/v1", max_retries=0)
    )
    assert selfpatch.wrap_openai(client) is client  # wrapping twice is harmless

    with recording("record") as rec:
        live = client.chat.completions.create(model="gpt-test", messages=MESSAGES, temperature=0)
    assert len(server.requests) == 1
    call = rec.calls[0]
    assert (call.operation, call.name) == ("chat", "gpt-test")
    assert call.arguments == {"model": "gpt-test", "messages": MESSAGES, "temperature": 0}
    assert (call.input_tokens, call.output_tokens) == (21, 5)
    assert call.result["choices"][0]["message"]["tool_calls"][0]["id"] == "call_Ab12Cd34Ef56"

    server.requests.clear()
    with recording("replay", calls=rec.calls) as replay:
        again = client.chat.completions.create(model="gpt-test", messages=MESSAGES, temperature=0)
    assert server.requests == []
    assert type(again) is type(live)
    assert again.choices[0].message.tool_calls[0].function.arguments == '{"order_id": "A1"}'
    assert again.usage.prompt_tokens == 21
    assert replay.calls[0].replayed and replay.diverged is None

    with recording("replay", calls=rec.calls), pytest.raises(Diverged):
        other = [{"role": "user", "content": "?"}]
        client.chat.completions.create(model="gpt-test", messages=other, temperature=0)
    assert server.requests == []


def test_openai_outside_a_recording_is_a_plain_call(server: ScriptedServer) -> None:
    openai = pytest.importorskip("openai")
    client = selfpatch.wrap_openai(
        openai.OpenAI(api_key="sk-x", base_url=server.url + "/v1", max_retries=0)
    )
    out = client.chat.completions.create(model="gpt-test", messages=MESSAGES)
    assert out.id == CHAT_COMPLETION["id"] and len(server.requests) == 1


def test_openai_async_client_record_then_replay(server: ScriptedServer) -> None:
    openai = pytest.importorskip("openai")

    async def ask() -> Any:
        client = selfpatch.wrap_openai(
            openai.AsyncOpenAI(api_key="sk-x", base_url=server.url + "/v1", max_retries=0)
        )
        return await client.chat.completions.create(model="gpt-test", messages=MESSAGES)

    with recording("record") as rec:
        live = asyncio.run(ask())
    assert len(server.requests) == 1 and rec.calls[0].output_tokens == 5
    server.requests.clear()
    with recording("replay", calls=rec.calls):
        again = asyncio.run(ask())
    assert server.requests == [] and again.id == live.id


def test_anthropic_record_then_replay_without_http(server: ScriptedServer) -> None:
    anthropic = pytest.importorskip("anthropic")
    client = selfpatch.wrap_anthropic(
        anthropic.Anthropic(api_key="sk-ant-test", base_url=server.url, max_retries=0)
    )
    with recording("record") as rec:
        live = client.messages.create(model="claude-test", max_tokens=100, messages=MESSAGES)
    assert len(server.requests) == 1
    call = rec.calls[0]
    assert (call.operation, call.name) == ("chat", "claude-test")
    assert call.arguments == {"model": "claude-test", "max_tokens": 100, "messages": MESSAGES}
    assert (call.input_tokens, call.output_tokens) == (33, 9)

    server.requests.clear()
    with recording("replay", calls=rec.calls) as replay:
        again = client.messages.create(model="claude-test", max_tokens=100, messages=MESSAGES)
    assert server.requests == []
    assert type(again) is type(live)
    assert again.content[1].input == {"order_id": "A1"}
    assert again.usage.output_tokens == 9
    assert replay.diverged is None

    with recording("replay", calls=rec.calls) as replay, pytest.raises(Diverged):
        client.messages.create(model="claude-other", max_tokens=100, messages=MESSAGES)
    assert server.requests == [] and replay.diverged is not None


def test_anthropic_streaming_diverges_in_replay_without_http(server: ScriptedServer) -> None:
    anthropic = pytest.importorskip("anthropic")
    client = selfpatch.wrap_anthropic(
        anthropic.Anthropic(api_key="sk-ant-test", base_url=server.url, max_retries=0)
    )
    with recording("replay") as replay, pytest.raises(Diverged):
        client.messages.create(model="claude-test", max_tokens=10, messages=MESSAGES, stream=True)
    assert server.requests == [] and "stream" in (replay.diverged or "")


def test_live_glob_lets_a_model_call_through_in_replay(server: ScriptedServer) -> None:
    anthropic = pytest.importorskip("anthropic")
    client = selfpatch.wrap_anthropic(
        anthropic.Anthropic(api_key="sk-ant-test", base_url=server.url, max_retries=0)
    )
    with recording("replay", live=["claude-*"]) as replay:
        out = client.messages.create(model="claude-test", max_tokens=10, messages=MESSAGES)
    assert out.id == ANTHROPIC_MESSAGE["id"] and len(server.requests) == 1
    assert not replay.calls[0].replayed and replay.calls[0].input_tokens == 33
