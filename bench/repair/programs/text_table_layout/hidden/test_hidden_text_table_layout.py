from text_table_layout import render_table


def test_truncation_width_exact():
    lines = render_table(["c"], [["abcdefgh"], ["abcd"], ["abcde"]], max_width=5)
    assert lines == ["c", "-----", "abcd…", "abcd", "abcde"]


def test_truncated_header():
    lines = render_table(["description", "n"], [["x", 1]], max_width=4)
    assert lines[0] == "des… | n"
    assert lines[1] == "-----+--"
    assert lines[2] == "x    | 1"


def test_truncated_number_is_right_aligned():
    lines = render_table(["id", "amount"], [[1, 123456789], [22, 5]], max_width=6)
    assert lines[2] == " 1 | 12345…"
    assert lines[3] == "22 |      5"


def test_no_max_width_keeps_everything():
    text = "x" * 50
    assert render_table(["t"], [[text]])[2] == text


def test_bools_left_aligned_floats_right():
    lines = render_table(["flag", "score"], [[True, 0.5], [False, 10.25]])
    assert lines[2:] == ["True  |   0.5", "False | 10.25"]
