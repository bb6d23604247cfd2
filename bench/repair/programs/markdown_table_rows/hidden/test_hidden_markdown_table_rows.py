from markdown_table_rows import column, parse_table, split_row


def test_header_only_table_has_no_rows():
    assert parse_table("| a | b |\n|---|---|") == []
    assert parse_table("| a | b |\n|---|---|\n\n| 1 | 2 |") == []


def test_alignment_delimiters():
    table = "| left | center | right |\n|:-----|:------:|------:|\n| 1 | 2 | 3 |"
    assert parse_table(table) == [{"left": "1", "center": "2", "right": "3"}]


def test_first_table_only():
    reply = "| a |\n|---|\n| 1 |\n| 2 |\ntext\n| b |\n|---|\n| 3 |"
    assert parse_table(reply) == [{"a": "1"}, {"a": "2"}]
    assert column(reply, "a") == ["1", "2"]


def test_delimiter_must_match_header_width():
    reply = "a | b | c\n---|---\n1 | 2 | 3\n\n| x | y |\n| - | - |\n| 5 | 6 |"
    assert parse_table(reply) == [{"x": "5", "y": "6"}]


def test_pipe_in_prose_before_table():
    reply = "Use `a | b` to pipe.\nSummary:\n\n| k | v |\n| --- | --- |\n| x | 1 |\n| y | 2 |"
    assert parse_table(reply) == [{"k": "x", "v": "1"}, {"k": "y", "v": "2"}]


def test_escaped_pipes_and_empty_cells():
    reply = "| cmd | note |\n|---|---|\n| `ls \\| wc` | |\n| | empty cmd |"
    assert parse_table(reply) == [{"cmd": "`ls | wc`", "note": ""}, {"cmd": "", "note": "empty cmd"}]
    assert split_row("| a \\|") == ["a |"]


def test_table_at_end_without_trailing_text():
    assert column("| n |\n|--|\n| 7 |\n| 8 |", "n") == ["7", "8"]


def test_dash_placeholders_in_the_body_are_data():
    reply = "| name | score |\n|---|---|\n| alice | 3 |\n| - | - |\n| bob | 5 |"
    assert column(reply, "name") == ["alice", "-", "bob"]
    assert parse_table(reply)[1] == {"name": "-", "score": "-"}
