import json

from sse_events import EventStreamParser, ServerEvent


def test_values_containing_colons():
    parser = EventStreamParser()
    raw = "event: tool:start\nid: run:42:3\ndata: at 12:30:05 UTC\n\n"
    assert parser.feed(raw) == [ServerEvent("tool:start", "at 12:30:05 UTC", "run:42:3")]
    assert parser.last_event_id == "run:42:3"


def test_url_in_data():
    parser = EventStreamParser()
    [event] = parser.feed("data: https://example.com:8443/a?b=c\n\n")
    assert event.data == "https://example.com:8443/a?b=c"


def test_json_stream_byte_by_byte_with_crlf():
    chunks = [{"choices": [{"delta": {"content": piece}}]} for piece in ("a:", "b", ": c")]
    raw = "".join(f"data: {json.dumps(c)}\r\n\r\n" for c in chunks) + "data: [DONE]\r\n\r\n"
    parser = EventStreamParser()
    events = []
    for char in raw:
        events += parser.feed(char)
    assert [e.data for e in events][-1] == "[DONE]"
    assert [json.loads(e.data)["choices"][0]["delta"]["content"] for e in events[:-1]] == [
        "a:", "b", ": c"]


def test_only_one_leading_space_removed():
    parser = EventStreamParser()
    [event] = parser.feed("data:  two spaces: kept\ndata:no space\n\n")
    assert event.data == " two spaces: kept\nno space"


def test_field_without_colon_and_empty_data():
    parser = EventStreamParser()
    assert parser.feed("data\n\n") == [ServerEvent("message", "", None)]


def test_id_persists_and_retry_ignores_non_digits():
    parser = EventStreamParser()
    first = parser.feed("id: a:1\ndata: x\n\nretry: soon\ndata: y\n\n")
    assert [e.id for e in first] == ["a:1", "a:1"]
    assert parser.retry_ms is None
