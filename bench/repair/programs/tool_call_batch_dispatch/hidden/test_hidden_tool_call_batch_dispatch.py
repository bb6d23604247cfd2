import json

from tool_call_batch_dispatch import ToolRegistry, dispatch, run_call


def call(call_id, name, arguments):
    return {"id": call_id, "type": "function", "function": {"name": name, "arguments": arguments}}


def test_handler_receives_a_dict():
    seen = []
    reg = ToolRegistry()
    reg.register("probe", lambda a: seen.append(a) or "ok")
    out = run_call(reg, call("p1", "probe", '{"path": "/tmp", "depth": 2}'))
    assert out["content"] == "ok" and not out["is_error"]
    assert seen == [{"path": "/tmp", "depth": 2}]


def test_structured_output_is_json_encoded():
    reg = ToolRegistry()
    reg.register("stat", lambda a: {"name": a["name"], "size": len(a["name"])}, required=("name",))
    out = run_call(reg, call("s1", "stat", '{"name": "abc"}'))
    assert json.loads(out["content"]) == {"name": "abc", "size": 3}


def test_dict_arguments_and_empty_arguments():
    reg = ToolRegistry()
    reg.register("count", lambda a: len(a))
    msg = {"tool_calls": [call("a", "count", {"k": 1, "j": 2}), call("b", "count", ""), call("c", "count", None)]}
    assert [m["content"] for m in dispatch(reg, msg)] == ["2", "0", "0"]


def test_non_object_json_rejected():
    reg = ToolRegistry()
    reg.register("count", lambda a: len(a))
    out = run_call(reg, call("x", "count", "[1, 2]"))
    assert out["is_error"] and out["content"].startswith("invalid arguments:")


def test_handler_exception_becomes_error_message():
    reg = ToolRegistry()
    reg.register("div", lambda a: a["n"] / a["d"], required=("n", "d"))
    msg = {"tool_calls": [call("d1", "div", '{"n": 1, "d": 0}'), call("d2", "div", '{"n": 9, "d": 3}')]}
    out = dispatch(reg, msg)
    assert out[0]["is_error"] and out[0]["content"].startswith("ZeroDivisionError")
    assert out[1] == {"role": "tool", "tool_call_id": "d2", "content": "3.0", "is_error": False}


def test_missing_several_arguments_listed_in_order():
    reg = ToolRegistry()
    reg.register("mv", lambda a: "moved", required=("src", "dst"))
    out = run_call(reg, call("m", "mv", '{"force": true}'))
    assert out["content"] == "missing arguments: src, dst"
    ok = run_call(reg, call("m2", "mv", '{"src": "a", "dst": "b"}'))
    assert ok["content"] == "moved" and not ok["is_error"]
