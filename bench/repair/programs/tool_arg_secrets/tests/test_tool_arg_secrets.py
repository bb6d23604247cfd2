import json

from tool_arg_secrets import MASK, is_secret_field, redact_tool_call, redact_value


def tool_call(name, **arguments):
    return {
        "id": "call_1",
        "type": "function",
        "function": {"name": name, "arguments": json.dumps(arguments)},
    }


def arguments_of(call):
    return json.loads(call["function"]["arguments"])


def test_secret_field_names():
    assert is_secret_field("API_KEY")
    assert is_secret_field("refresh_token")
    assert not is_secret_field("query")


def test_redact_nested_value():
    value = {"headers": {"Authorization": "Bearer abc"}, "url": "https://x.test"}
    assert redact_value(value) == {"headers": {"Authorization": MASK}, "url": "https://x.test"}


def test_harmless_call_unchanged():
    call = tool_call("web_search", query="weather in Oslo", limit=3)
    assert arguments_of(redact_tool_call(call)) == {"query": "weather in Oslo", "limit": 3}


def test_password_masked_in_call():
    call = tool_call("db_connect", host="db.internal", password="hunter2")
    redacted = redact_tool_call(call)
    assert arguments_of(redacted) == {"host": "db.internal", "password": MASK}
    assert redacted["id"] == "call_1"


def test_original_call_not_modified():
    call = tool_call("db_connect", password="hunter2")
    redact_tool_call(call)
    assert arguments_of(call) == {"password": "hunter2"}
