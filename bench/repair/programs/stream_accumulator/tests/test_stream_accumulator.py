from stream_accumulator import ToolCallAccumulator


def test_no_deltas():
    assert ToolCallAccumulator().finish() == []


def test_call_without_arguments():
    acc = ToolCallAccumulator()
    acc.feed({"index": 0, "id": "call_1", "name": "list_files"})
    assert acc.finish() == [{"id": "call_1", "name": "list_files", "arguments": {}}]


def test_arguments_in_one_piece():
    acc = ToolCallAccumulator()
    acc.feed({"index": 0, "id": "call_1", "name": "search", "arguments": '{"q": "cats"}'})
    assert acc.finish()[0]["arguments"] == {"q": "cats"}


def test_arguments_streamed_in_pieces():
    acc = ToolCallAccumulator()
    for delta in [
        {"index": 0, "id": "call_7", "name": "read_file"},
        {"index": 0, "arguments": '{"pa'},
        {"index": 0, "arguments": 'th": "notes'},
        {"index": 0, "arguments": '.md"}'},
    ]:
        acc.feed(delta)
    assert acc.finish() == [{"id": "call_7", "name": "read_file", "arguments": {"path": "notes.md"}}]
