import pytest

from text_table_layout import render_table


def test_basic_table():
    lines = render_table(["name", "qty"], [["apple", 3], ["kiwi", 12]])
    assert lines == [
        "name  | qty",
        "------+----",
        "apple |   3",
        "kiwi  |  12",
    ]


def test_header_wider_than_cells():
    lines = render_table(["identifier"], [["a"], ["bb"]])
    assert lines == ["identifier", "----------", "a", "bb"]


def test_none_renders_empty():
    lines = render_table(["k", "v"], [["x", None]])
    assert lines[2] == "x |"


def test_long_cells_are_truncated():
    lines = render_table(["tool", "args"], [["search", "a very long query string"]], max_width=10)
    assert lines[2] == "search | a very lo…"
    assert all(len(line) <= 19 for line in lines)


def test_ragged_row_rejected():
    with pytest.raises(ValueError):
        render_table(["a", "b"], [["only one"]])
