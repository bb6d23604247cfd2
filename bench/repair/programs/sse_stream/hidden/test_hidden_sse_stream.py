import json

from sse_stream import StreamAssembler


def raw_event(choice, newline="\n"):
    return f"data:{json.dumps({'choices': [choice]})}{newline}{newline}"


def test_byte_by_byte_with_crlf():
    stream = StreamAssembler()
    raw = (raw_event({"delta": {"role": "assistant"}}, "\r\n")
           + raw_event({"delta": {"content": "Hi"}}, "\r\n")
           + raw_event({"delta": {}, "finish_reason": "tool_calls"}, "\r\n")
           + "data: [DONE]\r\n\r\n")
    for char in raw:
        stream.feed(char)
    assert stream.text == "Hi"
    assert stream.finish_reason == "tool_calls"
    assert stream.done


def test_finish_reason_none_until_the_end():
    stream = StreamAssembler()
    stream.feed(raw_event({"delta": {"content": "a"}, "finish_reason": None}))
    assert stream.finish_reason is None
    stream.feed(raw_event({"delta": {}, "finish_reason": "content_filter"}))
    assert stream.finish_reason == "content_filter"
    assert stream.text == "a"


def test_other_fields_ignored():
    stream = StreamAssembler()
    stream.feed("event: message\nid: 7\n" + raw_event({"delta": {"content": "z"}}))
    assert stream.parts == ["z"]
