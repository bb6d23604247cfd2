import random

from table_columns import Column, column_widths, fit, pad, render


def test_fit_lengths():
    for width in range(1, 12):
        text = "x" * 20
        shortened = fit(text, width)
        assert len(shortened) == width
        assert shortened.endswith("…")
        assert shortened[:-1] == text[: width - 1]


def test_fit_width_one_and_boundary():
    assert fit("abc", 1) == "…"
    assert fit("abcd", 3) == "ab…"
    assert fit("abc", 3) == "abc"


def test_center_odd_gap_puts_extra_space_after():
    assert pad("abc", 6, "center") == " abc  "


def test_widths_capped_and_titles_count():
    columns = [Column("identifier", max_width=4), Column("x", max_width=10)]
    assert column_widths(columns, [["a", "yy"]]) == [4, 2]


def test_render_all_lines_same_length_random():
    rng = random.Random(8)
    alphabet = "abcdefghij"
    for _ in range(100):
        ncols = rng.randint(1, 4)
        columns = [
            Column(
                rng.choice(["id", "name", "status"]),
                align=rng.choice(["left", "right", "center"]),
                max_width=rng.choice([None, 3, 5, 7]),
            )
            for _ in range(ncols)
        ]
        rows = [
            ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
             for _ in range(ncols)]
            for _ in range(rng.randint(0, 4))
        ]
        lines = render(columns, rows).splitlines()
        widths = column_widths(columns, rows)
        expected = sum(widths) + 3 * ncols + 1
        assert all(len(line) == expected for line in lines)
        for row, line in zip(rows, lines[3:-1]):
            cells = [part.strip() for part in line[1:-1].split("|")]
            for cell, width, text in zip(cells, widths, row):
                assert cell == (text if len(text) <= width else text[: width - 1] + "…")


def test_render_truncated_right_aligned_cell():
    table = render([Column("n", align="right", max_width=4)], [["123456"], ["7"]])
    assert table.splitlines()[3:5] == ["| 123… |", "|    7 |"]
