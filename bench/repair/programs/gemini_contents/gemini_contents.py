"""Builds a Gemini generateContent request body from an OpenAI-style chat transcript."""

import json
from typing import Any

Message = dict[str, Any]
Part = dict[str, Any]


def _response_object(content: str) -> dict[str, Any]:
    """functionResponse.response must be an object: other tool output is wrapped."""
    try:
        value = json.loads(content)
    except json.JSONDecodeError:
        return {"result": content}
    return value if isinstance(value, dict) else {"result": value}


def to_gemini(transcript: list[Message]) -> dict[str, Any]:
    """System messages go to systemInstruction; "assistant" becomes "model"; tool results
    go back as functionResponse parts of a user turn; consecutive same-role turns merge."""
    system: list[Part] = []
    contents: list[dict[str, Any]] = []
    call_names: dict[str, str] = {}

    def add(role: str, parts: list[Part]) -> None:
        if contents and contents[-1]["role"] == role:
            contents[-1]["parts"].extend(parts)
        elif parts:
            contents.append({"role": role, "parts": parts})

    for message in transcript:
        role = message["role"]
        if role == "system":
            system.append({"text": message["content"]})
        elif role == "user":
            add("user", [{"text": message["content"]}])
        elif role == "assistant":
            parts: list[Part] = []
            if message.get("content"):
                parts.append({"text": message["content"]})
            for call in message.get("tool_calls") or []:
                function = call["function"]
                call_names[call["id"]] = function["name"]
                parts.append({"functionCall": {"name": function["name"],
                                               "args": function["arguments"]}})
            add("model", parts)
        elif role == "tool":
            name = call_names[message["tool_call_id"]]
            response = _response_object(message["content"])
            add("user", [{"functionResponse": {"name": name, "response": response}}])
        else:
            raise ValueError(f"unknown role {role!r}")
    body: dict[str, Any] = {"contents": contents}
    if system:
        body["systemInstruction"] = {"parts": system}
    return body
