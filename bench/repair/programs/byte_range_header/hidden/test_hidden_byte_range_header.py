import pytest

from byte_range_header import RangeNotSatisfiable, parse_range_header, respond

DATA = b"abcdefghijklmnopqrstuvwxyz"


def test_clamped_ranges():
    assert parse_range_header("bytes=0-1000", 26) == [(0, 25)]
    assert parse_range_header("bytes=25-26", 26) == [(25, 25)]
    assert parse_range_header("bytes=20-25", 26) == [(20, 25)]
    assert parse_range_header("bytes=3-30, 0-0", 26) == [(3, 25), (0, 0)]


def test_suffix_longer_than_resource():
    assert parse_range_header("bytes=-100", 26) == [(0, 25)]


def test_whole_resource_by_range():
    status, headers, parts = respond(DATA, "bytes=0-")
    assert status == 206
    assert headers["Content-Range"] == "bytes 0-25/26"
    assert parts == [DATA]


def test_clamped_content_range_header():
    status, headers, parts = respond(DATA, "bytes=24-99")
    assert headers == {"Content-Length": "2", "Content-Range": "bytes 24-25/26"}
    assert parts == [b"yz"]


def test_multiple_ranges_have_no_single_content_range():
    status, headers, parts = respond(DATA, "bytes=0-2,-2")
    assert status == 206
    assert parts == [b"abc", b"yz"]
    assert headers == {"Content-Length": "5"}


def test_unsatisfiable_cases():
    for header in ["bytes=26-", "bytes=-0", "bytes=30-40, 27-"]:
        with pytest.raises(RangeNotSatisfiable):
            parse_range_header(header, 26)
    assert respond(DATA, "bytes=26-30") == (416, {"Content-Range": "bytes */26"}, [])
    with pytest.raises(RangeNotSatisfiable):
        parse_range_header("bytes=-5", 0)


def test_unsatisfiable_part_is_dropped():
    assert parse_range_header("bytes=40-50, 1-2", 26) == [(1, 2)]


def test_no_header_or_bad_header_sends_everything():
    assert respond(DATA, None) == (200, {"Content-Length": "26"}, [DATA])
    assert respond(DATA, "bytes=1-2-3")[0] == 200
    assert respond(DATA, "bytes=")[0] == 200
