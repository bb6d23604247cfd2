import pytest

from tool_frame_reader import FrameError, FrameReader, HEADER, encode_frame


def frame(payload):
    return HEADER.pack(len(payload)) + payload


def test_bad_frames_of_both_kinds_are_counted_and_skipped():
    data = (
        encode_frame({"n": 1})
        + frame(b"{not json")
        + frame("caf\u00e9".encode("latin-1"))
        + frame(b"\xff\xfe\x00")
        + encode_frame({"n": 2})
    )
    reader = FrameReader()
    assert reader.feed(data) == [{"n": 1}, {"n": 2}]
    assert reader.bad_frames == 3
    assert reader.frames == 5
    reader.close()


def test_byte_by_byte_feeding_with_invalid_utf8():
    data = encode_frame("a") + frame(b"\xc3(") + encode_frame({"b": [1]})
    reader = FrameReader()
    out = []
    for i in range(len(data)):
        out.extend(reader.feed(data[i:i + 1]))
    assert out == ["a", {"b": [1]}]
    assert reader.bad_frames == 1
    assert reader.pending() == 0


def test_unicode_payload_round_trip():
    msg = {"text": "h\u00e9llo \u2603"}
    assert FrameReader().feed(encode_frame(msg)) == [msg]


def test_oversized_frame_raises():
    reader = FrameReader(max_frame=10)
    with pytest.raises(FrameError):
        reader.feed(HEADER.pack(11) + b"x" * 11)


def test_length_is_big_endian():
    assert encode_frame(1)[:4] == b"\x00\x00\x00\x01"
