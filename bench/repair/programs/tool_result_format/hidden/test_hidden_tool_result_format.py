import json

from tool_result_format import ToolResult, to_message


def test_same_result_sent_twice():
    shared = {"answer": 42, "_trace": ["step1"], "_cost": 0.01}
    first = to_message(ToolResult("a", shared))
    second = to_message(ToolResult("b", shared))
    assert first["content"] == second["content"]
    assert json.loads(first["content"]) == {"answer": 42}
    assert shared == {"answer": 42, "_trace": ["step1"], "_cost": 0.01}


def test_caller_keeps_using_its_dict():
    content = {"items": [1, 2], "_source": "cache"}
    to_message(ToolResult("c", content))
    content["items"].append(3)
    assert content["_source"] == "cache"
    assert sorted(content) == ["_source", "items"]


def test_only_private_fields():
    content = {"_a": 1}
    assert to_message(ToolResult("d", content))["content"] == "{}"
    assert content == {"_a": 1}


def test_list_and_binary_and_other_types():
    assert json.loads(to_message(ToolResult("e", [3, "x"]))["content"]) == [3, "x"]
    assert to_message(ToolResult("f", b"\x89PNG"))["content"] == "<4 bytes of binary output>"
    assert to_message(ToolResult("g", 3.5))["content"] == "3.5"


def test_error_with_dict_and_limit():
    content = {"error": "x" * 100, "_status": 500}
    message = to_message(ToolResult("h", content, is_error=True), limit=40)
    assert message["content"].startswith("Error: {\n  \"error\": \"xxxx")
    assert "characters omitted" in message["content"]
    assert content["_status"] == 500
