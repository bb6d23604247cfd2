from ndjson_stream import NdjsonAssembler


def test_events_in_one_chunk():
    stream = NdjsonAssembler()
    events = stream.feed('{"type": "start"}\n{"type": "progress", "pct": 50}\n')
    assert [e.data for e in events] == [{"type": "start"}, {"type": "progress", "pct": 50}]


def test_line_split_across_chunks():
    stream = NdjsonAssembler()
    assert stream.feed('{"type": "sta') == []
    assert [e.data for e in stream.feed('rt"}\n')] == [{"type": "start"}]


def test_crlf_and_keepalive_lines():
    stream = NdjsonAssembler()
    events = stream.feed('{"n": 1}\r\n\r\n{"n": 2}\r\n')
    assert [e.data for e in events] == [{"n": 1}, {"n": 2}]
    assert stream.errors == []


def test_event_offsets():
    stream = NdjsonAssembler()
    events = stream.feed('{"n": 1}\n{"n": 2}\n{"n": 3}\n')
    assert [e.offset for e in events] == [0, 9, 18]


def test_malformed_line_is_reported_and_skipped():
    stream = NdjsonAssembler()
    events = stream.feed('{oops\n{"n": 2}\n')
    assert [e.data for e in events] == [{"n": 2}]
    assert [offset for offset, _ in stream.errors] == [0]


def test_close_flushes_a_last_line_without_newline():
    stream = NdjsonAssembler()
    stream.feed('{"done": true}')
    assert [e.data for e in stream.close()] == [{"done": True}]
    assert stream.close() == []


def test_resume_offset_points_at_the_incomplete_line():
    stream = NdjsonAssembler()
    stream.feed('{"a": 1}\n{"b": 2}\n{"c"')
    assert stream.resume_offset() == 18
