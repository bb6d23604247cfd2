import random

import pytest

from bracket_kinds import BracketError, first_error, is_balanced

PAIRS = "()[]{}<>"


def _random_balanced(rng, depth=0):
    parts = []
    for _ in range(rng.randint(0, 3)):
        if depth < 4 and rng.random() < 0.6:
            index = rng.randrange(4) * 2
            parts.append(PAIRS[index] + _random_balanced(rng, depth + 1) + PAIRS[index + 1])
        else:
            parts.append(rng.choice("xy "))
    return "".join(parts)


def test_random_balanced_texts():
    rng = random.Random(5)
    for _ in range(200):
        text = _random_balanced(rng)
        assert first_error(text, PAIRS) is None, text


def test_every_kind_mismatch():
    assert first_error("[x}") == BracketError("mismatch", 2, "}")
    assert first_error("{x)") == BracketError("mismatch", 2, ")")
    assert first_error("[(])") == BracketError("mismatch", 2, "]")
    assert first_error("<a)", PAIRS) == BracketError("mismatch", 2, ")")


def test_unexpected_square_and_curly():
    assert first_error("ok]") == BracketError("unexpected", 2, "]")
    assert first_error("}") == BracketError("unexpected", 0, "}")


def test_unclosed_reports_innermost_opener():
    assert first_error("{[(x)") == BracketError("unclosed", 1, "[")
    assert first_error("a{", PAIRS) == BracketError("unclosed", 1, "{")


def test_four_kinds():
    assert is_balanced("<{[()]}>", PAIRS)
    assert not is_balanced("<{[(])}>", PAIRS)


def test_quotes_hide_all_kinds():
    assert is_balanced("x = '{[' + \"]}\"")
    assert first_error("'(' ]") == BracketError("unexpected", 4, "]")


def test_default_pairs_do_not_treat_angles_as_brackets():
    assert is_balanced("a < b and {c > d}")


def test_odd_pairs_rejected():
    with pytest.raises(ValueError):
        first_error("()", "()[")
