import random

import pytest

from unary_minus_calc import evaluate, to_postfix, tokenize


def _random_expression(rng, depth=0):
    parts = [_random_term(rng, depth)]
    for _ in range(rng.randint(0, 3)):
        parts.append(rng.choice(["+", "-", "*"]))
        parts.append(_random_term(rng, depth))
    return " ".join(parts)


def _random_term(rng, depth):
    prefix = "-" * rng.choice([0, 0, 1, 2])
    if depth < 2 and rng.random() < 0.3:
        return prefix + "(" + _random_expression(rng, depth + 1) + ")"
    return prefix + str(rng.randint(0, 12))


def test_random_expressions_match_python():
    rng = random.Random(42)
    for _ in range(300):
        text = _random_expression(rng)
        assert evaluate(text) == pytest.approx(eval(text)), text


def test_mixed_precedence_chains():
    assert evaluate("2 + 3 * 4 - 6 / 2") == 11
    assert evaluate("1 - 2 * -3 + 4") == 11
    assert evaluate("8 - 2 * 3 * 1 + 1") == 3
    assert evaluate("5 * 2 + -3 * 2") == 4


def test_postfix_order():
    assert to_postfix(tokenize("1 + 2 * 3")) == ["1", "2", "3", "*", "+"]
    assert to_postfix(tokenize("-2 * 3")) == ["2", "neg", "3", "*"]
    assert to_postfix(tokenize("4 - 1 * -2")) == ["4", "1", "2", "neg", "*", "-"]


def test_double_negation_and_decimals():
    assert evaluate("--2.5") == 2.5
    assert evaluate("-(-(1.5 + 0.5))") == 2
    assert evaluate("0.5 * -(4 - 6) / 2") == 0.5


def test_left_associative():
    assert evaluate("20 / 5 / 2") == 2
    assert evaluate("10 - 3 - 2") == 5


def test_unbalanced_open_parenthesis():
    with pytest.raises(ValueError):
        evaluate("(1 + 2")
