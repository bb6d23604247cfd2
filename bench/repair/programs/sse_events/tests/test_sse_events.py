import json

from sse_events import EventStreamParser, ServerEvent


def test_single_message():
    parser = EventStreamParser()
    assert parser.feed("data: hello\n\n") == [ServerEvent("message", "hello", None)]


def test_multiline_data_and_event_type():
    parser = EventStreamParser()
    events = parser.feed("event: delta\nid: 7\ndata: line one\ndata: line two\n\n")
    assert events == [ServerEvent("delta", "line one\nline two", "7")]


def test_event_split_across_reads():
    parser = EventStreamParser()
    assert parser.feed("data: par") == []
    assert parser.feed("tial\n") == []
    assert parser.feed("\n") == [ServerEvent("message", "partial", None)]


def test_comments_and_retry():
    parser = EventStreamParser()
    assert parser.feed(": keep-alive\nretry: 3000\n\n") == []
    assert parser.retry_ms == 3000


def test_json_payload():
    parser = EventStreamParser()
    payload = {"type": "content_block_delta", "delta": {"text": "Hi"}}
    [event] = parser.feed(f"event: content_block_delta\ndata: {json.dumps(payload)}\n\n")
    assert json.loads(event.data) == payload
