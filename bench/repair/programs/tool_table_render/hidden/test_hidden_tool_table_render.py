from tool_table_render import render_table


def test_cell_exactly_at_width_is_kept():
    rows = [{"code": "abcdef"}, {"code": "abcdefg"}]
    assert render_table(rows, max_width=6) == "\n".join([
        "code",
        "------",
        "abcdef",
        "abcde…",
    ])


def test_header_exactly_at_width_is_kept():
    rows = [{"status": "ok", "id": 7}]
    assert render_table(rows, max_width=6) == "\n".join([
        "status | id",
        "-------+---",
        "ok     |  7",
    ])


def test_width_one():
    rows = [{"a": "xyz", "b": "q"}]
    assert render_table(rows, max_width=1) == "\n".join(["a | b", "--+--", "… | q"])


def test_selected_columns_none_bool_and_newline():
    rows = [{"name": "x\ny", "ok": True, "score": None}]
    assert render_table(rows, columns=["ok", "name", "score"]) == "\n".join([
        "ok   | name | score",
        "-----+------+------",
        "True | x y  |",
    ])


def test_single_hidden_row_footer():
    rows = [{"n": 1}, {"n": 22}]
    assert render_table(rows, max_rows=1) == "\n".join(["n", "-", "1", "... 1 more row"])
