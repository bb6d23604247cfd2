from byte_line_buffer import ByteLineBuffer


def test_invalid_bytes_in_several_lines():
    buf = ByteLineBuffer()
    assert buf.feed(b"ok\n\xc3(\n\xe2\x28\xa1\n") == ["ok", "\ufffd(", "\ufffd(\ufffd"]


def test_truncated_character_before_newline():
    buf = ByteLineBuffer()
    assert buf.feed(b"cut \xe2\x82\nnext\n") == ["cut \ufffd", "next"]


def test_invalid_bytes_in_unterminated_tail():
    buf = ByteLineBuffer()
    assert buf.feed(b"x\n\xfe\xfftail") == ["x"]
    assert buf.close() == ["\ufffd\ufffdtail"]


def test_runaway_line_split_into_pieces():
    buf = ByteLineBuffer(max_line=4)
    assert buf.feed(b"abcdefghij") == ["abcd", "efgh"]
    assert buf.feed(b"\n") == ["ij"]


def test_runaway_piece_cutting_a_character():
    buf = ByteLineBuffer(max_line=2)
    assert buf.feed("aé€".encode()) == ["a\ufffd", "\ufffd\ufffd", "\ufffd\ufffd"]


def test_lines_emitted_counter():
    buf = ByteLineBuffer()
    buf.feed(b"1\n2\n3")
    buf.feed(b"\xff\n")
    buf.close()
    assert buf.lines_emitted == 3
    buf.feed(b"tail")
    buf.close()
    assert buf.lines_emitted == 4


def test_other_encoding():
    buf = ByteLineBuffer(encoding="latin-1")
    assert buf.feed(b"caf\xe9\n") == ["café"]


def test_empty_lines_kept():
    buf = ByteLineBuffer()
    assert buf.feed(b"\n\r\nx\n") == ["", "", "x"]
