from cell_width_fit import display_width, pad, table_row, truncate


def test_wide_characters_take_two_columns():
    assert display_width("abc") == 3
    assert display_width("日本語") == 6
    assert display_width("ｆｕｌｌ") == 8


def test_combining_marks_take_none():
    assert display_width("e\u0301te\u0301") == 3


def test_truncate():
    assert truncate("short", 10) == "short"
    assert truncate("exactly", 7) == "exactly"
    assert truncate("a longer sentence", 8) == "a longe…"
    assert truncate("日本語テキスト", 7) == "日本語…"


def test_pad_left_and_right():
    assert pad("日本", 6) == "日本  "
    assert pad("42", 5, "right") == "   42"


def test_center():
    assert pad("ab", 6, "center") == "  ab  "
    assert pad("日本", 7, "center") == " 日本  "


def test_table_row():
    assert table_row(["名前", "12", "ok"], [6, 4, 3]) == "名前   |   12 | ok "
