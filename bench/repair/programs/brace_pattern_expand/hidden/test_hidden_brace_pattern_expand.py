from brace_pattern_expand import expand, expand_all


def test_prefix_and_suffix_around_range():
    assert expand("img_{1..3}.png") == ["img_1.png", "img_2.png", "img_3.png"]


def test_literal_group_before_real_one():
    assert expand("{x}-{1..2}") == ["{x}-1", "{x}-2"]
    assert expand("a{b}c{d,e}") == ["a{b}cd", "a{b}ce"]


def test_nested_with_inner_prefix():
    assert expand("a{b{1,2},c}d") == ["ab1d", "ab2d", "acd"]


def test_empty_alternatives():
    assert expand("file{,.bak}") == ["file", "file.bak"]


def test_negative_and_single_ranges():
    assert expand("n{-1..1}") == ["n-1", "n0", "n1"]
    assert expand("v{7..7}") == ["v7"]
    assert expand("{a..c}") == ["{a..c}"]


def test_three_groups_in_order():
    assert expand("p{1,2}q{a,b}r") == ["p1qar", "p1qbr", "p2qar", "p2qbr"]


def test_expand_all_with_prefixes():
    assert expand_all(["src/{a,b}.py", "src/{b,c}.py", "README"]) == [
        "src/a.py", "src/b.py", "src/c.py", "README",
    ]


def test_unbalanced_after_prefix():
    assert expand("pre}{a,b") == ["pre}{a,b"]
    assert expand("q{a,b}}") == ["qa}", "qb}"]
