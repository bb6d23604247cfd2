from align_on_delimiter import align, align_text


def test_comparison_in_value():
    assert align(["ok = a == b", "flag = x != y"]) == ["ok   = a == b", "flag = x != y"]


def test_first_occurrence_with_colons():
    assert align(["url: http://example.org", "timeout: 30"], ":") == [
        "url     : http://example.org",
        "timeout : 30",
    ]


def test_multi_character_delimiter():
    assert align(["a => b => c", "long => d"], "=>") == ["a    => b => c", "long => d"]
    assert align(["n := 1", "total := n + 1"], ":=") == ["n     := 1", "total := n + 1"]


def test_indentation_is_kept_and_counted():
    assert align(["    a = 1", "    bcd = 2"]) == ["    a   = 1", "    bcd = 2"]


def test_empty_value_has_no_trailing_space():
    assert align(["key =", "k = v"]) == ["key =", "k   = v"]


def test_delimiter_at_start():
    assert align(["= x", "ab = y"]) == ["   = x", "ab = y"]


def test_text_with_equals_in_values():
    text = "a = b = c\nlonger = 1\n\nsolo\nx=y=z"
    assert align_text(text) == "a      = b = c\nlonger = 1\n\nsolo\nx = y=z"
