from bracket_match import first_error, is_balanced


def test_plain_text_is_balanced():
    assert is_balanced("no brackets here")


def test_nested_parentheses_and_lists():
    assert is_balanced("f(a[0], (b + c))")
    assert not is_balanced("f(a[0)]")


def test_json_like_snippet():
    assert is_balanced('{"tools": [{"name": "search"}]}')


def test_first_error_position():
    assert first_error("(a]") == 2
    assert first_error("((x)") == 0
