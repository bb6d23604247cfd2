from align_on_delimiter import align, align_text


def test_assignments_line_up():
    assert align(["x = 1", "long_name = 2", "y=3"]) == [
        "x         = 1",
        "long_name = 2",
        "y         = 3",
    ]


def test_lines_without_delimiter_are_untouched():
    assert align(["a = 1", "# comment", "bb = 2"]) == ["a  = 1", "# comment", "bb = 2"]


def test_block_without_delimiter():
    assert align(["just", "text"]) == ["just", "text"]
    assert align([]) == []


def test_values_may_contain_the_delimiter():
    assert align(["retries = 3", "query = a=1&b=2"]) == [
        "retries = 3",
        "query   = a=1&b=2",
    ]


def test_other_delimiter():
    assert align(["name: bob", "age:  42"], ":") == ["name : bob", "age  : 42"]


def test_paragraphs_are_aligned_separately():
    text = "a = 1\nbbb = 2\n\ncc = 3\nd = 4\n"
    assert align_text(text) == "a   = 1\nbbb = 2\n\ncc = 3\nd  = 4\n"
