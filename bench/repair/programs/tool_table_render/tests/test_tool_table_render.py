from tool_table_render import render_table

ROWS = [
    {"item": "apple", "quantity": 3, "price": 0.5},
    {"item": "watermelon", "quantity": 12, "price": 3.25},
]


def test_basic_table():
    assert render_table(ROWS) == "\n".join([
        "item       | quantity | price",
        "-----------+----------+------",
        "apple      |        3 |  0.50",
        "watermelon |       12 |  3.25",
    ])


def test_no_rows():
    assert render_table([]) == "(no rows)"


def test_clips_long_cells():
    rows = [{"item": "dragonfruit", "quantity": 1}]
    assert render_table(rows, max_width=8) == "\n".join([
        "item     | quantity",
        "---------+---------",
        "dragonf… |        1",
    ])


def test_footer_counts_hidden_rows():
    rows = [{"n": i} for i in range(5)]
    text = render_table(rows, max_rows=2)
    assert text.splitlines()[-1] == "... 3 more rows"
