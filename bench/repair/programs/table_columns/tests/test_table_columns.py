from table_columns import Column, column_widths, fit, pad, render


def test_widths_follow_longest_cell():
    columns = [Column("name"), Column("n")]
    assert column_widths(columns, [["ab", "1234"], ["abcdef", "1"]]) == [6, 4]


def test_pad_alignments():
    assert pad("ab", 5) == "ab   "
    assert pad("ab", 5, "right") == "   ab"
    assert pad("ab", 6, "center") == "  ab  "


def test_fit_leaves_short_text_alone():
    assert fit("short", 10) == "short"
    assert fit("exact", 5) == "exact"


def test_fit_truncates_long_text():
    assert fit("a very long description", 10) == "a very lo…"


def test_render_simple_table():
    table = render([Column("tool"), Column("calls", align="right")],
                   [["search", "12"], ["read_file", "3"]])
    assert table.splitlines() == [
        "+-----------+-------+",
        "| tool      | calls |",
        "+-----------+-------+",
        "| search    |    12 |",
        "| read_file |     3 |",
        "+-----------+-------+",
    ]


def test_render_with_max_width():
    table = render([Column("path", max_width=8), Column("ok")],
                   [["src/agent/loop.py", "yes"]])
    lines = table.splitlines()
    assert lines[3] == "| src/age… | yes |"
    assert len({len(line) for line in lines}) == 1
