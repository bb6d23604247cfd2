from delta_lines import LineSplitter, iter_lines


def test_splitter_reusable_after_flush():
    splitter = LineSplitter()
    splitter.feed("first stream")
    assert splitter.flush() == "first stream"
    assert splitter.pending == ""
    assert splitter.feed("second\n") == ["second"]
    assert splitter.flush() is None


def test_flush_twice():
    splitter = LineSplitter()
    splitter.feed("tail")
    assert splitter.flush() == "tail"
    assert splitter.flush() is None


def test_line_count():
    splitter = LineSplitter()
    splitter.feed("a\nb\nc")
    splitter.flush()
    splitter.flush()
    assert splitter.lines_out == 3


def test_empty_stream_and_stream_ending_in_newline():
    assert list(iter_lines([])) == []
    assert list(iter_lines(["", ""])) == []
    assert list(iter_lines(["x\n", "y\n"])) == ["x", "y"]


def test_character_by_character_with_crlf():
    text = "alpha\r\nbeta\r\n\r\ngamma\r"
    assert list(iter_lines(text)) == ["alpha", "beta", "", "gamma"]


def test_trailing_blank_content_is_still_a_line():
    assert list(iter_lines(["a\n", "  "])) == ["a", "  "]
