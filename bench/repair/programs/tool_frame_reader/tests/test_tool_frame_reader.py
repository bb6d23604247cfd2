import pytest

from tool_frame_reader import FrameError, FrameReader, HEADER, encode_frame


def test_single_frame():
    reader = FrameReader()
    assert reader.feed(encode_frame({"type": "result", "ok": True})) == [
        {"type": "result", "ok": True}
    ]
    assert reader.pending() == 0


def test_frame_split_across_chunks():
    data = encode_frame({"text": "partial output"})
    reader = FrameReader()
    assert reader.feed(data[:2]) == []
    assert reader.feed(data[2:9]) == []
    assert reader.feed(data[9:]) == [{"text": "partial output"}]


def test_binary_garbage_frame_is_skipped():
    png = b"\x89PNG\r\n\x1a\n"
    data = HEADER.pack(len(png)) + png + encode_frame({"after": 1})
    reader = FrameReader()
    assert reader.feed(data) == [{"after": 1}]
    assert reader.bad_frames == 1


def test_close_inside_frame_raises():
    reader = FrameReader()
    reader.feed(encode_frame([1, 2, 3])[:-1])
    with pytest.raises(FrameError):
        reader.close()
