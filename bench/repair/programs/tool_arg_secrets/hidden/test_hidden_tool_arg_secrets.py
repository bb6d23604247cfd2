import json

from tool_arg_secrets import MASK, redact_tool_call, redact_transcript


def tool_call(name, call_id="call_9", **arguments):
    return {
        "id": call_id,
        "type": "function",
        "function": {"name": name, "arguments": json.dumps(arguments)},
    }


def arguments_of(call):
    return json.loads(call["function"]["arguments"])


def test_result_has_the_same_shape():
    call = tool_call("http_get", url="https://api.test", api_key="k")
    redacted = redact_tool_call(call)
    assert set(redacted) == set(call)
    assert set(redacted["function"]) == {"name", "arguments"}
    assert redacted["function"]["name"] == "http_get"
    assert redacted["type"] == "function"


def test_key_shaped_values_scrubbed_inside_text():
    key = "sk-" + "a1B2" * 6
    call = tool_call("shell", command=f"curl -H 'x: {key}' https://api.test")
    text = arguments_of(redact_tool_call(call))["command"]
    assert key not in text
    assert MASK in text


def test_per_tool_extra_fields():
    per_tool = {"send_email": ["Body"]}
    email = redact_tool_call(tool_call("send_email", to="a@b.c", body="pin 1234"), per_tool)
    note = redact_tool_call(tool_call("write_note", body="pin 1234"), per_tool)
    assert arguments_of(email) == {"to": "a@b.c", "body": MASK}
    assert arguments_of(note) == {"body": "pin 1234"}


def test_lists_of_objects():
    call = tool_call("bulk_login", accounts=[{"user": "a", "passwd": "x"}, {"user": "b"}])
    assert arguments_of(redact_tool_call(call)) == {
        "accounts": [{"user": "a", "passwd": MASK}, {"user": "b"}]
    }


def test_empty_arguments():
    call = {"id": "c", "type": "function", "function": {"name": "now", "arguments": ""}}
    assert arguments_of(redact_tool_call(call)) == {}


def test_transcript():
    calls = [tool_call("login", call_id="1", token="t"), tool_call("ls", call_id="2", path=".")]
    redacted = redact_transcript(calls)
    assert [c["id"] for c in redacted] == ["1", "2"]
    assert [arguments_of(c) for c in redacted] == [{"token": MASK}, {"path": "."}]
    assert arguments_of(calls[0]) == {"token": "t"}
