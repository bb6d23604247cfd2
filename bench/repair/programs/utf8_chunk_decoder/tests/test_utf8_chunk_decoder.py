from utf8_chunk_decoder import Utf8Stream, decode_chunks


def test_ascii_passes_straight_through():
    stream = Utf8Stream()
    assert stream.feed(b"Hello, ") == "Hello, "
    assert stream.feed(b"world") == "world"
    assert stream.close() == ""


def test_split_character_is_held_back():
    data = "café".encode()
    stream = Utf8Stream()
    assert stream.feed(data[:4]) == "caf"
    assert stream.feed(data[4:]) == "é"


def test_emoji_in_single_byte_chunks():
    data = "ok 😀".encode()
    stream = Utf8Stream()
    pieces = [stream.feed(data[i:i + 1]) for i in range(len(data))]
    assert pieces == ["o", "k", " ", "", "", "", "😀"]


def test_invalid_byte_is_replaced():
    assert Utf8Stream().feed(b"a\xffb") == "a\ufffdb"


def test_stream_cut_off_mid_character():
    stream = Utf8Stream()
    assert stream.feed("日本".encode()[:5]) == "日"
    assert stream.close() == "\ufffd"


def test_decode_chunks_leaves_out_empty_pieces():
    data = "中文 text".encode()
    chunks = [data[:1], data[1:2], data[2:4], data[4:]]
    assert list(decode_chunks(chunks)) == ["中", "文 text"]
