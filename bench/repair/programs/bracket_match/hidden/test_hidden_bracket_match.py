from bracket_match import first_error, is_balanced


def test_braces():
    assert is_balanced("{}")
    assert is_balanced("{[()]}")
    assert not is_balanced("{]")
    assert not is_balanced("[}")
    assert not is_balanced("{")


def test_first_error_with_braces():
    assert first_error("{a: [1, 2}") == 9
    assert first_error("{}") == -1
    assert first_error("}") == 0
    assert first_error("x{y") == 1


def test_parens_and_square():
    assert is_balanced("")
    assert not is_balanced(")(")
    assert first_error("[(])") == 2
