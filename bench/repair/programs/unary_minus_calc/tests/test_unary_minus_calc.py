import pytest

from unary_minus_calc import evaluate, tokenize


def test_tokenize_binary_and_unary_minus():
    assert tokenize("3 - -4") == ["3", "-", "neg", "4"]


def test_tokenize_rejects_letters():
    with pytest.raises(ValueError):
        tokenize("12.5 * x")


def test_leading_minus():
    assert evaluate("-3 + 5") == 2


def test_times_negative():
    assert evaluate("2 * -3") == -6


def test_precedence():
    assert evaluate("1 + 2 * 3") == 7


def test_negated_group():
    assert evaluate("-(2 + 3) * 4") == -20


def test_division():
    assert evaluate("10 / 4 - 1") == 1.5


def test_unbalanced_parenthesis():
    with pytest.raises(ValueError):
        evaluate("1 + 2)")
