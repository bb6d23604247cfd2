import json

from sse_stream import StreamAssembler


def event(content=None, finish_reason=None):
    delta = {} if content is None else {"content": content}
    chunk = {"choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}]}
    return f"data: {json.dumps(chunk)}\n\n"


def test_content_pieces():
    stream = StreamAssembler()
    assert stream.feed(event("Hel") + event("lo")) == ["Hel", "lo"]
    assert stream.text == "Hello"


def test_event_split_across_network_reads():
    stream = StreamAssembler()
    raw = event("abc")
    assert stream.feed(raw[:10]) == []
    assert stream.feed(raw[10:]) == ["abc"]


def test_done_marker():
    stream = StreamAssembler()
    stream.feed(event("x") + "data: [DONE]\n\n")
    assert stream.done


def test_keepalive_comments_ignored():
    stream = StreamAssembler()
    stream.feed(": ping\n\n" + event("ok"))
    assert stream.text == "ok"


def test_finish_reason_recorded():
    stream = StreamAssembler()
    stream.feed(event("The end") + event(finish_reason="stop"))
    assert stream.finish_reason == "stop"


def test_truncated_by_length():
    stream = StreamAssembler()
    stream.feed(event("Once upon", finish_reason="length"))
    assert (stream.text, stream.finish_reason) == ("Once upon", "length")
