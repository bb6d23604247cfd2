from utf8_boundary_cut import StreamDecoder, safe_cut


def test_ascii_is_never_held_back():
    assert safe_cut(b"hello") == 5


def test_complete_multibyte_text():
    data = "naïve €".encode()
    assert safe_cut(data) == len(data)


def test_unfinished_character_at_end():
    assert safe_cut(b"price: \xe2\x82") == 7


def test_decoder_across_reads():
    dec = StreamDecoder()
    data = "größer als €10".encode()
    text = dec.feed(data[:4]) + dec.feed(data[4:13]) + dec.feed(data[13:]) + dec.close()
    assert text == "größer als €10"


def test_decoder_byte_at_a_time():
    dec = StreamDecoder()
    out = [dec.feed(bytes([b])) for b in "ok 🙂".encode()]
    assert "".join(out) + dec.close() == "ok 🙂"
    assert out[-1] == "🙂"
