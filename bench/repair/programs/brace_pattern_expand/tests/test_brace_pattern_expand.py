from brace_pattern_expand import expand, expand_all


def test_alternatives_with_prefix():
    assert expand("report.{txt,md}") == ["report.txt", "report.md"]


def test_numeric_ranges():
    assert expand("{1..4}") == ["1", "2", "3", "4"]
    assert expand("{5..3}") == ["5", "4", "3"]


def test_nested_groups():
    assert expand("x{a,{b,c}}y") == ["xay", "xby", "xcy"]


def test_two_groups_multiply():
    assert expand("{a,b}{c,d}") == ["ac", "ad", "bc", "bd"]


def test_literal_braces_kept():
    assert expand("{solo}") == ["{solo}"]
    assert expand("a{b") == ["a{b"]
    assert expand("plain") == ["plain"]


def test_expand_all_drops_duplicates():
    assert expand_all(["{a,b}", "{b,c}"]) == ["a", "b", "c"]
