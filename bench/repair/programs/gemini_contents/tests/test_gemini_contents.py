import json

import pytest

from gemini_contents import to_gemini


def call(call_id, name, **args):
    return {"id": call_id, "type": "function",
            "function": {"name": name, "arguments": json.dumps(args)}}


def test_plain_chat():
    body = to_gemini([
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "content": "Hello!"},
    ])
    assert body == {
        "contents": [{"role": "user", "parts": [{"text": "Hi"}]},
                     {"role": "model", "parts": [{"text": "Hello!"}]}],
        "systemInstruction": {"parts": [{"text": "Be brief."}]},
    }


def test_no_system_instruction_key_without_system_messages():
    assert "systemInstruction" not in to_gemini([{"role": "user", "content": "Hi"}])


def test_tool_call_round_trip():
    body = to_gemini([
        {"role": "user", "content": "Weather in Paris?"},
        {"role": "assistant", "content": None, "tool_calls": [call("c1", "get_weather", city="Paris")]},
        {"role": "tool", "tool_call_id": "c1", "content": '{"temp_c": 21}'},
    ])
    assert body["contents"][1] == {
        "role": "model",
        "parts": [{"functionCall": {"name": "get_weather", "args": {"city": "Paris"}}}],
    }
    assert body["contents"][2] == {
        "role": "user",
        "parts": [{"functionResponse": {"name": "get_weather", "response": {"temp_c": 21}}}],
    }


def test_plain_text_tool_output_is_wrapped():
    body = to_gemini([
        {"role": "user", "content": "ls"},
        {"role": "assistant", "content": None, "tool_calls": [call("c9", "shell", cmd="ls")]},
        {"role": "tool", "tool_call_id": "c9", "content": "a.txt\nb.txt"},
    ])
    response = body["contents"][2]["parts"][0]["functionResponse"]["response"]
    assert response == {"result": "a.txt\nb.txt"}


def test_unknown_role_is_rejected():
    with pytest.raises(ValueError):
        to_gemini([{"role": "developer", "content": "x"}])
