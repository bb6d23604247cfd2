from stream_accumulator import ToolCallAccumulator


def test_two_interleaved_calls():
    acc = ToolCallAccumulator()
    for delta in [
        {"index": 1, "id": "b", "name": "g", "arguments": '{"y":'},
        {"index": 0, "id": "a", "name": "f", "arguments": '{"x"'},
        {"index": 0, "arguments": ": 1}"},
        {"index": 1, "arguments": " 2}"},
    ]:
        acc.feed(delta)
    assert acc.finish() == [
        {"id": "a", "name": "f", "arguments": {"x": 1}},
        {"id": "b", "name": "g", "arguments": {"y": 2}},
    ]


def test_trailing_empty_delta():
    acc = ToolCallAccumulator()
    acc.feed({"index": 0, "id": "c", "name": "h", "arguments": '{"z": [1, 2]}'})
    acc.feed({"index": 0})
    acc.feed({"index": 0, "arguments": ""})
    assert acc.finish()[0]["arguments"] == {"z": [1, 2]}
