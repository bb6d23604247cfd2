import json

from tool_result_format import ToolResult, to_message, truncate


def test_text_output_is_trimmed():
    message = to_message(ToolResult("call_1", "  3 files changed\n"))
    assert message == {"role": "tool", "tool_call_id": "call_1", "content": "3 files changed"}


def test_dict_rendered_as_sorted_json():
    message = to_message(ToolResult("call_2", {"status": 200, "body": "ok"}))
    assert message["content"] == '{\n  "body": "ok",\n  "status": 200\n}'


def test_private_fields_not_sent_to_the_model():
    result = ToolResult("call_3", {"rows": 2, "_elapsed_ms": 41})
    assert json.loads(to_message(result)["content"]) == {"rows": 2}


def test_tool_result_left_as_it_was():
    result = ToolResult("call_4", {"path": "a.txt", "_raw": b"\x00\x01"})
    to_message(result)
    assert result.content == {"path": "a.txt", "_raw": b"\x00\x01"}


def test_errors_are_marked():
    message = to_message(ToolResult("call_5", "file not found", is_error=True))
    assert message["content"] == "Error: file not found"


def test_long_output_keeps_head_and_tail():
    text = "a" * 50 + "b" * 50
    assert truncate(text, 20) == "a" * 10 + "\n[... 80 characters omitted ...]\n" + "b" * 10
    assert truncate("short", 20) == "short"
