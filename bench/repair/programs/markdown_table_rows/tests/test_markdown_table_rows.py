from markdown_table_rows import column, parse_table, split_row

REPLY = """Here are the candidates I found:

| name | stars | url |
|------|------:|-----|
| ripgrep | 45000 | https://github.com/BurntSushi/ripgrep |
| fd | 33000 | https://github.com/sharkdp/fd |

Let me know if you want more."""


def test_parse_table():
    assert parse_table(REPLY) == [
        {"name": "ripgrep", "stars": "45000", "url": "https://github.com/BurntSushi/ripgrep"},
        {"name": "fd", "stars": "33000", "url": "https://github.com/sharkdp/fd"},
    ]


def test_column():
    assert column(REPLY, "name") == ["ripgrep", "fd"]


def test_no_table():
    assert parse_table("No results | sorry.") == []
    assert parse_table("") == []


def test_split_row():
    assert split_row("| a | b |") == ["a", "b"]
    assert split_row("a | b") == ["a", "b"]
    assert split_row(r"| x \| y | z |") == ["x | y", "z"]


def test_short_and_long_rows():
    table = "a | b\n--- | ---\n1 |\n2 | 3 | 4"
    assert parse_table(table) == [{"a": "1", "b": ""}, {"a": "2", "b": "3"}]
