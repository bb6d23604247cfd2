from tool_delta_replay import ToolCallStream


def chunk(*deltas):
    return {"id": "chatcmpl-9", "object": "chat.completion.chunk",
            "choices": [{"index": 0, "delta": {"tool_calls": list(deltas)}}]}


def start(index, call_id, name):
    return {"index": index, "id": call_id, "type": "function",
            "function": {"name": name, "arguments": ""}}


def args(index, text):
    return {"index": index, "function": {"arguments": text}}


def test_single_call_assembled():
    stream = ToolCallStream()
    stream.feed(1, chunk(start(0, "call_a", "get_weather")))
    stream.feed(2, chunk(args(0, '{"city": ')))
    stream.feed(3, chunk(args(0, '"Oslo"}')))
    assert stream.calls() == [{"id": "call_a", "name": "get_weather",
                               "arguments": {"city": "Oslo"}}]


def test_replayed_events_skipped():
    stream = ToolCallStream()
    assert stream.feed(1, chunk(start(0, "call_a", "search")))
    assert stream.feed(2, chunk(args(0, '{"q": "ra')))
    assert not stream.feed(2, chunk(args(0, '{"q": "ra')))
    assert stream.feed(3, chunk(args(0, 'in"}')))
    assert [c["arguments"] for c in stream.calls()] == [{"q": "rain"}]


def test_duplicate_call_dropped():
    stream = ToolCallStream()
    stream.feed(1, chunk(start(0, "call_a", "search"), start(1, "call_b", "search")))
    stream.feed(2, chunk(args(0, '{"q": "x", "n": 3}'), args(1, '{"n": 3, "q": "x"}')))
    assert [c["name"] for c in stream.calls()] == ["search"]


def test_content_chunks_ignored():
    stream = ToolCallStream()
    stream.feed(1, {"id": "chatcmpl-9", "choices": [{"index": 0, "delta": {"content": "Hi"}}]})
    assert stream.calls() == []
