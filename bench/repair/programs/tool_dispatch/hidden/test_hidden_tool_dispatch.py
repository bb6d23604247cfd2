from toolhub import ToolRegistry


def lookup(city, units="metric"):
    return {"city": city, "units": units}


def ping():
    return "pong"


def _registry():
    reg = ToolRegistry()
    reg.register(lookup, name="weather")
    reg.register(ping)
    return reg


def test_json_string_with_nested_value():
    reg = _registry()
    msg = reg.dispatch({"id": "x", "name": "weather", "arguments": '{"city": "Oslo"}'})
    assert msg["content"] == '{"city": "Oslo", "units": "metric"}'


def test_empty_json_string_and_missing_key():
    reg = _registry()
    assert reg.dispatch({"id": "a", "name": "ping", "arguments": "{}"})["content"] == "pong"
    assert reg.dispatch({"id": "b", "name": "ping"})["content"] == "pong"
    assert reg.dispatch({"id": "c", "name": "ping", "arguments": ""})["content"] == "pong"


def test_dict_arguments_still_work():
    reg = _registry()
    msg = reg.dispatch({"id": "y", "name": "weather", "arguments": {"city": "Rome", "units": "si"}})
    assert msg == {"role": "tool", "tool_call_id": "y", "content": '{"city": "Rome", "units": "si"}'}
