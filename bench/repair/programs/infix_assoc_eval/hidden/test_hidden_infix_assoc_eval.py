import pytest

from infix_assoc_eval import evaluate, to_rpn, tokenize


def test_left_associative_chains():
    assert evaluate("100 / 10 / 5") == 2
    assert evaluate("8 - 2 + 1") == 7
    assert evaluate("20 % 7 * 2") == 12
    assert evaluate("2 * 9 / 3 * 2") == 12


def test_rpn_order():
    assert to_rpn(tokenize("1 - 2 - 3")) == [1, 2, "-", 3, "-"]
    assert to_rpn(tokenize("2 ^ 3 ^ 2")) == [2, 3, 2, "^", "^"]
    assert to_rpn(tokenize("1 + 2 * 3 - 4")) == [1, 2, 3, "*", "+", 4, "-"]


def test_right_associative_power_and_mix():
    assert evaluate("2 ^ 2 ^ 3") == 256
    assert evaluate("2 * 3 ^ 2") == 18
    assert evaluate("(2 ^ 3) ^ 2") == 64


def test_floats_and_nesting():
    assert evaluate("1.5 * (4 - 2 - 1)") == 1.5
    assert evaluate("((7))") == 7


def test_malformed():
    with pytest.raises(ValueError):
        evaluate("1 +")
    with pytest.raises(ValueError):
        evaluate("1 2")
    with pytest.raises(ValueError):
        evaluate("1 & 2")
