from delta_lines import LineSplitter, iter_lines


def test_lines_complete_across_deltas():
    splitter = LineSplitter()
    assert splitter.feed("Hel") == []
    assert splitter.feed("lo\nWor") == ["Hello"]
    assert splitter.feed("ld\n") == ["World"]
    assert splitter.pending == ""


def test_several_lines_in_one_delta():
    splitter = LineSplitter()
    assert splitter.feed("a\nb\n\nc") == ["a", "b", ""]
    assert splitter.pending == "c"


def test_crlf_split_between_deltas():
    splitter = LineSplitter()
    assert splitter.feed("first\r") == []
    assert splitter.feed("\nsecond\r\n") == ["first", "second"]


def test_flush_returns_unterminated_last_line():
    splitter = LineSplitter()
    splitter.feed("done\npartial answer")
    assert splitter.flush() == "partial answer"


def test_flush_with_nothing_pending():
    splitter = LineSplitter()
    splitter.feed("complete line\n")
    assert splitter.flush() is None


def test_iter_lines():
    deltas = ["# Plan\n1. re", "ad the file\n2. ", "fix the bug"]
    assert list(iter_lines(deltas)) == ["# Plan", "1. read the file", "2. fix the bug"]
