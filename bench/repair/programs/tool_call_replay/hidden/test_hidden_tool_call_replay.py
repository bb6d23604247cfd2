import json

import pytest

from tool_call_replay import RecordedCall, ReplayMismatch, ToolReplayer, parse_recording


def test_blank_lines_between_entries():
    text = '{"tool": "a", "result": 1}\n\n{"tool": "b", "result": 2}\n\n\n'
    assert [c.tool for c in parse_recording(text)] == ["a", "b"]


def test_whitespace_only_lines_and_crlf():
    text = '{"tool": "a"}\r\n   \r\n\t\n{"tool": "b", "arguments": {"x": 1}}\r\n'
    calls = parse_recording(text)
    assert calls == [RecordedCall("a"), RecordedCall("b", {"x": 1})]


def test_only_blank_lines():
    assert parse_recording("\n\n  \n") == []
    assert ToolReplayer.from_jsonl("\n").remaining == 0


def test_line_numbers_count_blank_lines():
    with pytest.raises(ValueError, match="line 4"):
        parse_recording('{"tool": "a"}\n\n{"tool": "b"}\n{oops}\n')


def test_null_arguments_match_empty_call():
    replayer = ToolReplayer.from_jsonl('{"tool": "now", "arguments": null, "result": "t"}\n')
    assert replayer.call("now", {}) == "t"
    replayer.finish()


def test_full_run_with_trailing_newline():
    entries = [{"tool": "step", "arguments": {"n": n}, "result": n * n} for n in range(5)]
    replayer = ToolReplayer.from_jsonl("\n".join(json.dumps(e) for e in entries) + "\n")
    assert replayer.remaining == 5
    assert [replayer.call("step", {"n": n}) for n in range(5)] == [0, 1, 4, 9, 16]
    replayer.finish()


def test_out_of_order_call_is_a_mismatch():
    replayer = ToolReplayer.from_jsonl('{"tool": "a"}\n{"tool": "b"}\n')
    with pytest.raises(ReplayMismatch):
        replayer.call("b", {})
    assert replayer.remaining == 2
