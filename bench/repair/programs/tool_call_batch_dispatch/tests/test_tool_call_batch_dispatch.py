from tool_call_batch_dispatch import ToolRegistry, dispatch


def call(call_id, name, arguments):
    return {"id": call_id, "type": "function", "function": {"name": name, "arguments": arguments}}


def make_registry():
    reg = ToolRegistry()
    reg.register("add", lambda a: a["x"] + a["y"], required=("x", "y"))
    reg.register("echo", lambda a: a.get("text", ""))
    return reg


def test_runs_calls_in_order():
    msg = {"tool_calls": [call("c1", "add", '{"x": 2, "y": 3}'), call("c2", "echo", '{"text": "hi"}')]}
    out = dispatch(make_registry(), msg)
    assert [m["tool_call_id"] for m in out] == ["c1", "c2"]
    assert [m["content"] for m in out] == ["5", "hi"]
    assert not any(m["is_error"] for m in out)


def test_unknown_tool_is_reported():
    out = dispatch(make_registry(), {"tool_calls": [call("c9", "rm_rf", "{}")]})
    assert out == [{"role": "tool", "tool_call_id": "c9", "content": "unknown tool: rm_rf", "is_error": True}]


def test_bad_json_is_reported():
    out = dispatch(make_registry(), {"tool_calls": [call("c3", "add", '{"x": 1,')]})
    assert out[0]["is_error"]
    assert out[0]["content"].startswith("invalid arguments:")


def test_missing_required_argument():
    out = dispatch(make_registry(), {"tool_calls": [call("c4", "add", '{"x": 1}')]})
    assert out[0]["content"] == "missing arguments: y"


def test_message_without_tool_calls():
    assert dispatch(make_registry(), {"role": "assistant", "content": "done"}) == []
