import random

from utf8_chunk_decoder import Utf8Stream, decode_chunks

POOL = [b"a", b"\n", "\u00e9".encode(), "\u4e2d".encode(), "\U0001f600".encode(),
        b"\x80", b"\xc3", b"\xe4\xb8", b"\xf0\x9f", b"\xf0\x9f\x98", b"\xff"]


def _chunks(rng, data):
    cuts = sorted(rng.sample(range(len(data) + 1), min(len(data) + 1, rng.randint(0, 6))))
    return [data[a:b] for a, b in zip([0, *cuts], [*cuts, len(data)])]


def test_any_chunking_matches_whole_decode():
    rng = random.Random(99)
    for _ in range(2000):
        data = b"".join(rng.choice(POOL) for _ in range(rng.randint(0, 9)))
        chunks = _chunks(rng, data)
        assert "".join(decode_chunks(chunks)) == data.decode("utf-8", "replace"), chunks


def test_truncated_streams():
    for text in ["é", "中", "😀", "ab中", "x😀y😀"]:
        data = text.encode()
        for end in range(len(data) + 1):
            cut = data[:end]
            expected = cut.decode("utf-8", "replace")
            assert "".join(decode_chunks([cut])) == expected
            assert "".join(decode_chunks([cut[:1], cut[1:]])) == expected


def test_close_of_partial_four_byte_character():
    stream = Utf8Stream()
    assert stream.feed(b"hi \xf0\x9f\x98") == "hi "
    assert stream.close() == "\ufffd"
    assert stream.close() == ""


def test_stream_can_be_reused_after_close():
    stream = Utf8Stream()
    stream.feed(b"\xe4")
    assert stream.close() == "\ufffd"
    assert stream.feed("\u00e9".encode()) == "\u00e9"
    assert stream.close() == ""


def test_decode_chunks_ending_mid_character():
    assert list(decode_chunks([b"ok", b"\xe4\xb8"])) == ["ok", "\ufffd"]
    assert list(decode_chunks([b"\xc3"])) == ["\ufffd"]
    assert list(decode_chunks([])) == []
