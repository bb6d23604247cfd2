from search_result_pages import dispatch


def fake_backend(query):
    return [{"title": f"{query} {n}", "url": f"https://example.org/{n}", "snippet": f"s{n}"}
            for n in range(1, 8)]


def test_first_page():
    result = dispatch(fake_backend, "search", {"query": "python"})
    assert [hit["rank"] for hit in result["results"]] == [1, 2, 3]
    assert result["total"] == 7
    assert result["next_cursor"] == "offset:3"


def test_follow_cursor_to_last_page():
    cursor = dispatch(fake_backend, "search", {"query": "python"})["next_cursor"]
    second = dispatch(fake_backend, "search", {"query": "python", "cursor": cursor})
    assert [hit["title"] for hit in second["results"]] == ["python 4", "python 5", "python 6"]
    last = dispatch(fake_backend, "search", {"query": "python", "cursor": second["next_cursor"]})
    assert [hit["rank"] for hit in last["results"]] == [7]
    assert "next_cursor" not in last


def test_open_result():
    result = dispatch(fake_backend, "open_result", {"query": "python", "rank": 2})
    assert result == {"url": "https://example.org/2", "snippet": "s2"}


def test_unknown_tool():
    assert "error" in dispatch(fake_backend, "browse", {})


def test_missing_query_is_reported_to_the_model():
    result = dispatch(fake_backend, "search", {"cursor": "offset:3"})
    assert "query" in result["error"]


def test_made_up_cursor_is_reported_to_the_model():
    result = dispatch(fake_backend, "search", {"query": "python", "cursor": "page 2"})
    assert "cursor" in result["error"]


def test_backend_timeout_is_reported():
    def slow_backend(query):
        raise TimeoutError

    assert "timed out" in dispatch(slow_backend, "search", {"query": "x"})["error"]
