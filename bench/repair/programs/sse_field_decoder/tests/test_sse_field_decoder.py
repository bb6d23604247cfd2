from sse_field_decoder import Event, SSEDecoder


def test_single_event():
    dec = SSEDecoder()
    assert dec.feed("data: hello\n\n") == [Event("message", "hello", None)]


def test_event_split_across_chunks():
    dec = SSEDecoder()
    assert dec.feed("data: hel") == []
    assert dec.feed("lo\n") == []
    assert dec.feed("\n") == [Event(data="hello")]


def test_multiline_data_is_joined_with_newlines():
    dec = SSEDecoder()
    assert dec.feed("data: first\ndata: second\n\n") == [Event(data="first\nsecond")]


def test_named_event_with_id():
    dec = SSEDecoder()
    events = dec.feed("event: delta\nid: 7\ndata: {}\n\n")
    assert events == [Event("delta", "{}", "7")]


def test_comments_are_ignored():
    dec = SSEDecoder()
    assert dec.feed(": keep-alive\n\n: ping\n\n") == []


def test_token_stream_keeps_token_spacing():
    dec = SSEDecoder()
    events = dec.feed("data: Hello\n\ndata:  world\n\ndata: !\n\n")
    assert "".join(e.data for e in events) == "Hello world!"
