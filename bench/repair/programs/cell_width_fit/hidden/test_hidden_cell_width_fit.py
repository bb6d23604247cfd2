import pytest

from cell_width_fit import display_width, pad, table_row, truncate


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        ("x", 4, " x  "),
        ("x", 2, "x "),
        ("abc", 4, "abc "),
        ("abc", 5, " abc "),
        ("abcd", 9, "  abcd   "),
        ("中", 5, " 中  "),
        ("中文字", 9, " 中文字  "),
        ("", 3, " " * 3),
    ],
)
def test_center_odd_space_on_the_right(text, width, expected):
    assert pad(text, width, "center") == expected


def test_center_after_truncation():
    assert pad("日本語テキスト", 8, "center") == "日本語… "
    assert pad("abcdefgh", 6, "center") == "abcde…"


def test_pad_always_has_exact_width():
    for text in ["", "a", "日", "e\u0301", "日本語テキスト", "mixed 日本 text"]:
        for width in range(1, 12):
            for align in ("left", "right", "center"):
                assert display_width(pad(text, width, align)) == width, (text, width, align)


def test_centered_row():
    assert table_row(["x", "3.5"], [4, 5]) == "x    |   3.5"
    assert pad("ok", 5, "center") + "|" == " ok  |"


def test_truncate_edges():
    assert truncate("日本語", 5) == "日本…"
    assert truncate("日本語", 4) == "日…"
    assert truncate("abc", 0) == ""
    assert truncate("abcdef", 4, "...") == "a..."
