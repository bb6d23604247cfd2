import json

import pytest

from tool_call_replay import (
    RecordedCall,
    RecordedToolError,
    ReplayMismatch,
    ToolReplayer,
    parse_recording,
)


def jsonl(*entries):
    return "".join(json.dumps(entry) + "\n" for entry in entries)


def test_replays_results_in_order():
    replayer = ToolReplayer.from_jsonl(jsonl(
        {"tool": "search", "arguments": {"q": "rust"}, "result": ["a", "b"]},
        {"tool": "open", "arguments": {"url": "a"}, "result": "page"},
    ))
    assert replayer.call("search", {"q": "rust"}) == ["a", "b"]
    assert replayer.call("open", {"url": "a"}) == "page"
    replayer.finish()


def test_different_arguments_raise():
    replayer = ToolReplayer([RecordedCall("search", {"q": "rust"}, [])])
    with pytest.raises(ReplayMismatch):
        replayer.call("search", {"q": "go"})


def test_extra_call_raises():
    replayer = ToolReplayer([RecordedCall("clock", {}, "12:00")])
    replayer.call("clock", {})
    with pytest.raises(ReplayMismatch):
        replayer.call("clock", {})


def test_recorded_error_is_raised_again():
    replayer = ToolReplayer([RecordedCall("fetch", {"id": 1}, error="timeout")])
    with pytest.raises(RecordedToolError, match="timeout"):
        replayer.call("fetch", {"id": 1})


def test_finish_reports_unused_calls():
    replayer = ToolReplayer.from_jsonl(jsonl({"tool": "a"}, {"tool": "b"}))
    replayer.call("a", {})
    with pytest.raises(ReplayMismatch):
        replayer.finish()


def test_empty_recording():
    replayer = ToolReplayer.from_jsonl("")
    assert replayer.remaining == 0
    replayer.finish()


def test_bad_line_reports_its_number():
    with pytest.raises(ValueError, match="line 2"):
        parse_recording('{"tool": "a"}\nnot json')
