from transcript_line_diff import diff_lines, render, similarity


def test_identical_versions():
    lines = ["user: hi", "assistant: hello"]
    assert diff_lines(lines, lines) == [(" ", "user: hi"), (" ", "assistant: hello")]


def test_changed_line():
    old = ["user: hi", "assistant: hello", "user: bye"]
    new = ["user: hi", "assistant: hey there", "user: bye"]
    assert diff_lines(old, new) == [
        (" ", "user: hi"),
        ("-", "assistant: hello"),
        ("+", "assistant: hey there"),
        (" ", "user: bye"),
    ]


def test_removed_line():
    old = ["user: hi", "assistant: (thinking...)", "assistant: hello"]
    new = ["user: hi", "assistant: hello"]
    assert diff_lines(old, new) == [
        (" ", "user: hi"),
        ("-", "assistant: (thinking...)"),
        (" ", "assistant: hello"),
    ]


def test_appended_lines():
    assert diff_lines(["a"], ["a", "b", "c"]) == [(" ", "a"), ("+", "b"), ("+", "c")]


def test_render():
    assert render([(" ", "a"), ("-", "b"), ("+", "c")]) == " a\n-b\n+c"


def test_similarity():
    assert similarity([], []) == 1.0
    assert similarity(["a", "b"], ["a", "b"]) == 1.0
    assert similarity(["a", "b"], ["c"]) == 0.0
    assert similarity(["a", "b", "c"], ["a", "c"]) == 0.8
