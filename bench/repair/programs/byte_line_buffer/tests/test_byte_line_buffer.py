from byte_line_buffer import ByteLineBuffer


def test_complete_lines():
    buf = ByteLineBuffer()
    assert buf.feed(b"one\ntwo\n") == ["one", "two"]


def test_line_split_across_reads():
    buf = ByteLineBuffer()
    assert buf.feed(b"hel") == []
    assert buf.feed(b"lo\nwor") == ["hello"]
    assert buf.feed(b"ld\n") == ["world"]


def test_multibyte_character_split_across_reads():
    buf = ByteLineBuffer()
    data = "café ☕\n".encode()
    out = []
    for i in range(len(data)):
        out += buf.feed(data[i:i + 1])
    assert out == ["café ☕"]


def test_crlf_line_endings():
    buf = ByteLineBuffer()
    assert buf.feed(b"a\r\nb\r\n") == ["a", "b"]


def test_close_returns_unterminated_tail():
    buf = ByteLineBuffer()
    assert buf.feed(b"done\npartial") == ["done"]
    assert buf.close() == ["partial"]
    assert buf.close() == []


def test_invalid_utf8_does_not_raise():
    buf = ByteLineBuffer()
    assert buf.feed(b"bad \xff byte\n") == ["bad \ufffd byte"]
