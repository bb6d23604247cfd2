import random

import pytest

from infix_evaluator import evaluate


def test_subtraction_is_left_associative():
    assert evaluate("20 - 5 - 3") == 12
    assert evaluate("1 - 2 + 3") == 2


def test_subtraction_inside_parentheses():
    assert evaluate("2 * (9 - 4)") == 10
    assert evaluate("100 - (30 - 5) * 2") == 50


def test_subtracting_negative():
    assert evaluate("3 - -2") == 5
    assert evaluate("-3 - 2") == -5


def test_mixed_with_division():
    assert evaluate("50 - 21 / 4 - 1") == 44


def test_extra_token_rejected():
    with pytest.raises(SyntaxError):
        evaluate("1 2")


def _random_expression(rng, depth):
    if depth == 0 or rng.random() < 0.3:
        return str(rng.randint(0, 30))
    left = _random_expression(rng, depth - 1)
    right = _random_expression(rng, depth - 1)
    operator = rng.choice("+-*-")
    return f"({left} {operator} {right})" if rng.random() < 0.5 else f"{left} {operator} {right}"


def test_random_against_python():
    rng = random.Random(7)
    for _ in range(300):
        text = _random_expression(rng, 4)
        assert evaluate(text) == eval(text), text
