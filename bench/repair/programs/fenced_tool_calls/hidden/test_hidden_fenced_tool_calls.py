import json

from fenced_tool_calls import ToolCall, extract_tool_calls, iter_tool_calls


def fenced(payload, tag="json"):
    return f"```{tag}\n{json.dumps(payload)}\n```"


def test_anthropic_shape_without_id_and_nested_input():
    payload = {"type": "tool_use", "name": "book", "input": {"when": {"day": 3}, "seats": [1, 2]}}
    assert extract_tool_calls(fenced(payload, "tool_call")) == [
        ToolCall("book", {"when": {"day": 3}, "seats": [1, 2]})
    ]


def test_anthropic_shape_with_empty_input():
    payload = {"type": "tool_use", "id": "t1", "name": "now", "input": {}}
    assert extract_tool_calls(fenced(payload)) == [ToolCall("now", {}, "t1")]


def test_mixed_shapes_across_blocks_keep_order():
    text = "\n\nthen\n\n".join([
        fenced({"type": "tool_use", "id": "u1", "name": "read", "input": {"path": "a.txt"}}),
        fenced({"type": "function", "id": "c2",
                "function": {"name": "write", "arguments": json.dumps({"path": "b.txt"})}}),
        fenced({"name": "ls", "parameters": {"dir": "/"}}),
    ])
    assert extract_tool_calls(text) == [
        ToolCall("read", {"path": "a.txt"}, "u1"),
        ToolCall("write", {"path": "b.txt"}, "c2"),
        ToolCall("ls", {"dir": "/"}),
    ]


def test_list_mixing_shapes():
    payload = [
        {"type": "tool_use", "id": "u1", "name": "x", "input": {"n": 1}},
        {"type": "tool_use", "id": "u2", "name": "y", "input": {"n": 2}},
    ]
    assert [(c.name, c.arguments) for c in iter_tool_calls(fenced(payload))] == [
        ("x", {"n": 1}), ("y", {"n": 2}),
    ]


def test_openai_shape_with_dict_arguments_and_empty_string():
    payload = [
        {"type": "function", "function": {"name": "a", "arguments": {"k": "v"}}},
        {"type": "function", "function": {"name": "b", "arguments": ""}},
    ]
    assert extract_tool_calls(fenced(payload)) == [ToolCall("a", {"k": "v"}), ToolCall("b", {})]


def test_broken_json_block_skipped():
    text = "```json\n{\"name\": \"oops\",\n```\n" + fenced({"name": "ok", "arguments": {}})
    assert extract_tool_calls(text) == [ToolCall("ok", {})]


def test_other_language_block_before_call():
    text = "```python\nprint(1)\n```\nNow the call:\n" + fenced(
        {"type": "tool_use", "id": "u7", "name": "run", "input": {"cmd": "ls"}}
    )
    assert extract_tool_calls(text) == [ToolCall("run", {"cmd": "ls"}, "u7")]
