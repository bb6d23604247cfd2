import random

from tab_stop_expand import column_of, expand, indent_width, unexpand_leading


def test_matches_str_expandtabs():
    rng = random.Random(2024)
    for _ in range(3000):
        text = "".join(rng.choice("ab \t\t\n\r") for _ in range(rng.randint(0, 24)))
        tabsize = rng.randint(1, 9)
        assert expand(text, tabsize) == text.expandtabs(tabsize), (text, tabsize)


def test_default_tabsize_and_zero():
    assert expand("ab\tcd\tef") == "ab      cd      ef"
    assert expand("x\ty\tz", 0) == "xyz"


def test_columns_after_several_tabs():
    line = "key\tvalue\t# note"
    assert column_of(line, line.index("#"), 4) == 12
    assert column_of(line, line.index("#"), 8) == 16
    assert column_of("abc\tdef\tg", 8, 3) == 12


def test_unexpand_keeps_indent_width():
    rng = random.Random(5)
    for _ in range(500):
        lead = "".join(rng.choice(" \t") for _ in range(rng.randint(0, 8)))
        tabsize = rng.randint(1, 8)
        line = lead + "x\ty"
        result = unexpand_leading(line, tabsize)
        assert indent_width(result, tabsize) == indent_width(line, tabsize)
        assert result.endswith("x\ty")
        assert expand(result, tabsize) == expand(line, tabsize)


def test_indent_width_mixed():
    assert indent_width("\t \tz", 4) == 8
    assert indent_width("   \tz", 4) == 4
    assert indent_width("z\t", 4) == 0
