import pytest

from quote_aware_brackets import first_error, is_balanced, max_depth


def test_balanced_code():
    assert first_error("f(a[0], {'k': (1, 2)})") is None
    assert is_balanced("")


def test_brackets_inside_strings_are_ignored():
    assert first_error("print('(', \"]\")") is None


def test_mismatched_closer():
    assert first_error("(]") == 1


def test_stray_closer():
    assert first_error("x = 1)") == 5


def test_unterminated_string():
    assert first_error('name = "abc') == 7


def test_max_depth():
    assert max_depth("a(b[c{d}])") == 3
    with pytest.raises(ValueError):
        max_depth("(()")
