import pytest

from infix_evaluator import evaluate, tokenize


def test_tokenize():
    assert tokenize(" 12+(3 * 45) ") == ["12", "+", "(", "3", "*", "45", ")"]


def test_precedence():
    assert evaluate("2 + 3 * 4") == 14
    assert evaluate("(2 + 3) * 4") == 20


def test_unary_minus():
    assert evaluate("-7 * 3") == -21


def test_subtraction():
    assert evaluate("10 - 4") == 6


def test_division_and_modulo():
    assert evaluate("17 / 5") == 3
    assert evaluate("17 % 5") == 2


def test_syntax_errors():
    with pytest.raises(SyntaxError):
        evaluate("1 +")
    with pytest.raises(SyntaxError):
        evaluate("(1 + 2")
    with pytest.raises(SyntaxError):
        evaluate("2 $ 3")
