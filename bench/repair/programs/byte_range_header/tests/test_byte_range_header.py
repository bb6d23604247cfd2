import pytest

from byte_range_header import RangeNotSatisfiable, parse_range_header, respond

DATA = bytes(range(100))


def test_explicit_range():
    assert parse_range_header("bytes=0-9", 100) == [(0, 9)]


def test_open_ended_and_suffix_ranges():
    assert parse_range_header("bytes=90-", 100) == [(90, 99)]
    assert parse_range_header("bytes=-5", 100) == [(95, 99)]


def test_several_ranges_keep_request_order():
    assert parse_range_header("bytes=50-59, 0-1", 100) == [(50, 59), (0, 1)]


def test_other_units_and_garbage_are_ignored():
    assert parse_range_header("items=0-5", 100) is None
    assert parse_range_header("bytes=9-3", 100) is None
    assert parse_range_header("bytes=abc", 100) is None


def test_range_past_the_end_is_unsatisfiable():
    with pytest.raises(RangeNotSatisfiable):
        parse_range_header("bytes=100-200", 100)


def test_partial_response():
    status, headers, parts = respond(DATA, "bytes=10-19")
    assert status == 206
    assert headers == {"Content-Length": "10", "Content-Range": "bytes 10-19/100"}
    assert parts == [DATA[10:20]]


def test_last_past_the_end_is_clamped():
    status, headers, parts = respond(DATA, "bytes=95-150")
    assert (status, headers["Content-Range"]) == (206, "bytes 95-99/100")
    assert parts == [DATA[95:]]
