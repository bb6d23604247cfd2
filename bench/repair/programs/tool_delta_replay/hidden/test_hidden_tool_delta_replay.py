from tool_delta_replay import ToolCallStream


def chunk(*deltas, chunk_id="chatcmpl-77"):
    return {"id": chunk_id, "object": "chat.completion.chunk",
            "choices": [{"index": 0, "delta": {"tool_calls": list(deltas)}}]}


def test_two_calls_keep_their_own_ids():
    stream = ToolCallStream()
    stream.feed(10, chunk({"index": 0, "id": "call_1", "function": {"name": "read_file"}}))
    stream.feed(11, chunk({"index": 0, "function": {"arguments": '{"path": "a.txt"}'}}))
    stream.feed(12, chunk({"index": 1, "id": "call_2", "function": {"name": "read_file"}}))
    stream.feed(13, chunk({"index": 1, "function": {"arguments": '{"path": "b.txt"}'}}))
    assert [(c["id"], c["arguments"]["path"]) for c in stream.calls()] == [
        ("call_1", "a.txt"), ("call_2", "b.txt")]


def test_id_survives_later_chunks_without_id():
    stream = ToolCallStream()
    stream.feed(0, chunk({"index": 0, "id": "call_x", "function": {"name": "ls", "arguments": ""}},
                         chunk_id="resp-1"))
    stream.feed(1, chunk({"index": 0, "id": None, "function": {"arguments": "{}"}},
                         chunk_id="resp-1"))
    assert stream.calls() == [{"id": "call_x", "name": "ls", "arguments": {}}]


def test_replay_of_whole_stream_changes_nothing():
    events = [
        (1, chunk({"index": 0, "id": "call_q", "function": {"name": "sql", "arguments": ""}})),
        (2, chunk({"index": 0, "function": {"arguments": '{"query": "select 1"}'}})),
    ]
    stream = ToolCallStream()
    for event_id, event in events + events:
        stream.feed(event_id, event)
    assert stream.calls() == [{"id": "call_q", "name": "sql", "arguments": {"query": "select 1"}}]


def test_same_name_different_arguments_both_kept():
    stream = ToolCallStream()
    stream.feed(1, chunk({"index": 0, "id": "c0", "function": {"name": "f", "arguments": '{"n": 1}'}},
                         {"index": 1, "id": "c1", "function": {"name": "f", "arguments": '{"n": 2}'}},
                         {"index": 2, "id": "c2", "function": {"name": "f", "arguments": '{"n": 1}'}}))
    assert [c["id"] for c in stream.calls()] == ["c0", "c1"]


def test_calls_ordered_by_index():
    stream = ToolCallStream()
    stream.feed(1, chunk({"index": 1, "id": "late", "function": {"name": "b", "arguments": "{}"}}))
    stream.feed(2, chunk({"index": 0, "id": "early", "function": {"name": "a", "arguments": "{}"}}))
    assert [c["id"] for c in stream.calls()] == ["early", "late"]
