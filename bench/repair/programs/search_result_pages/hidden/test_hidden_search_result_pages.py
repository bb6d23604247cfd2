import pytest

from search_result_pages import PAGE_SIZE, dispatch, parse_cursor


def backend_of(count):
    def backend(query):
        return [{"title": f"t{n}", "url": f"u{n}"} for n in range(1, count + 1)]
    return backend


@pytest.mark.parametrize("cursor", ["offset:-3", "offset:abc", "offset:", "next", "3"])
def test_bad_cursors_become_errors(cursor):
    result = dispatch(backend_of(10), "search", {"query": "q", "cursor": cursor})
    assert set(result) == {"error"}
    assert "cursor" in result["error"]


def test_non_numeric_rank_becomes_error():
    result = dispatch(backend_of(5), "open_result", {"query": "q", "rank": "second"})
    assert set(result) == {"error"}


def test_missing_rank_becomes_error():
    result = dispatch(backend_of(5), "open_result", {"query": "q"})
    assert "rank" in result["error"]


def test_rank_out_of_range():
    result = dispatch(backend_of(2), "open_result", {"query": "q", "rank": 3})
    assert "error" in result


def test_parse_cursor_still_raises_for_direct_callers():
    assert parse_cursor("offset:12") == 12
    with pytest.raises(ValueError):
        parse_cursor("offset:x")


def test_exact_multiple_of_page_size_has_no_trailing_cursor():
    backend = backend_of(2 * PAGE_SIZE)
    first = dispatch(backend, "search", {"query": "q"})
    second = dispatch(backend, "search", {"query": "q", "cursor": first["next_cursor"]})
    assert [hit["rank"] for hit in second["results"]] == list(range(PAGE_SIZE + 1, 2 * PAGE_SIZE + 1))
    assert "next_cursor" not in second


def test_cursor_past_the_end_gives_empty_page():
    result = dispatch(backend_of(4), "search", {"query": "q", "cursor": "offset:30"})
    assert result == {"results": [], "total": 4}


def test_timeout_in_open_result():
    def backend(query):
        raise TimeoutError

    assert "timed out" in dispatch(backend, "open_result", {"query": "q", "rank": 1})["error"]
