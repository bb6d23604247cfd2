from sse_field_decoder import Event, SSEDecoder


def test_value_without_space_after_colon():
    dec = SSEDecoder()
    assert dec.feed("data:no-space\n\n") == [Event(data="no-space")]


def test_only_one_leading_space_is_removed():
    dec = SSEDecoder()
    assert dec.feed("data:   indented\n\n") == [Event(data="  indented")]
    assert dec.feed("data:    \n\n") == [Event(data="   ")]


def test_leading_spaces_kept_on_every_data_line():
    dec = SSEDecoder()
    events = dec.feed("data: def f():\ndata:     return 1\n\n")
    assert events == [Event(data="def f():\n    return 1")]


def test_event_name_spaces():
    dec = SSEDecoder()
    assert dec.feed("event:  spaced\ndata: x\n\n") == [Event(" spaced", "x", None)]


def test_crlf_and_id_persists():
    dec = SSEDecoder()
    events = dec.feed("id: 41\r\ndata: a\r\n\r\ndata: b\r\n\r\n")
    assert events == [Event(data="a", id="41"), Event(data="b", id="41")]


def test_event_name_resets_after_dispatch():
    dec = SSEDecoder()
    events = dec.feed("event: tool\ndata: 1\n\ndata: 2\n\n")
    assert [e.event for e in events] == ["tool", "message"]


def test_retry_field():
    dec = SSEDecoder()
    dec.feed("retry: 2500\n\nretry: soon\n\n")
    assert dec.retry == 2500


def test_empty_data_field_dispatches_empty_event():
    dec = SSEDecoder()
    assert dec.feed("data\n\n") == [Event(data="")]
    assert dec.feed("data:\n\n") == [Event(data="")]


def test_byte_at_a_time():
    dec = SSEDecoder()
    out = []
    for ch in "event: x\ndata:  y\n\n":
        out += dec.feed(ch)
    assert out == [Event("x", " y", None)]
