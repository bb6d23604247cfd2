from utf8_boundary_cut import StreamDecoder, safe_cut


def test_lone_lead_bytes():
    assert safe_cut(b"\xc3") == 0
    assert safe_cut(b"\xe2") == 0
    assert safe_cut(b"\xf0") == 0


def test_short_unfinished_sequences():
    assert safe_cut(b"\xe2\x82") == 0
    assert safe_cut(b"\xf0\x9f") == 0
    assert safe_cut(b"\xf0\x9f\x99") == 0


def test_short_complete_sequences():
    assert safe_cut("é".encode()) == 2
    assert safe_cut("€".encode()) == 3
    assert safe_cut(b"a") == 1
    assert safe_cut(b"") == 0


def test_four_byte_char_unfinished_after_text():
    assert safe_cut(b"hi \xf0\x9f\x99") == 3
    assert safe_cut("hi 🙂".encode()) == 7


def test_invalid_bytes_not_carried():
    assert safe_cut(b"ab\xff") == 3
    assert safe_cut(b"\x80\x80\x80\x80") == 4


def test_every_split_point():
    text = "A€😀ß\n"
    data = text.encode()
    for i in range(len(data) + 1):
        dec = StreamDecoder()
        assert dec.feed(data[:i]) + dec.feed(data[i:]) + dec.close() == text


def test_each_emoji_byte_at_a_time():
    dec = StreamDecoder()
    out = [dec.feed(bytes([b])) for b in "😀".encode()]
    assert out == ["", "", "", "😀"]


def test_close_flushes_dangling_bytes():
    dec = StreamDecoder()
    assert dec.feed(b"x\xe2\x82") == "x"
    assert dec.close() == "\ufffd"
    assert dec.close() == ""
