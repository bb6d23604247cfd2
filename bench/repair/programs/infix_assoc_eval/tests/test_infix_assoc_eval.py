import pytest

from infix_assoc_eval import evaluate, tokenize


def test_tokenize():
    assert tokenize("3 + 4.5*(2)") == [3, "+", 4.5, "*", "(", 2, ")"]


def test_precedence():
    assert evaluate("1 + 2 * 3") == 7
    assert evaluate("2 * 3 + 1") == 7


def test_parentheses():
    assert evaluate("(1 + 2) * 3") == 9


def test_subtraction_chain():
    assert evaluate("10 - 4 - 3") == 3


def test_power_is_right_associative():
    assert evaluate("2 ^ 3 ^ 2") == 512


def test_unbalanced_parentheses():
    with pytest.raises(ValueError):
        evaluate("(1 + 2")
    with pytest.raises(ValueError):
        evaluate("1 + 2)")
