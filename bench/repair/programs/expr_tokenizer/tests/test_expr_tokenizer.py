import pytest

from expr_tokenizer import Token, TokenizeError, tokenize


def kinds_and_texts(source):
    return [(t.kind, t.text) for t in tokenize(source)]


def test_simple_expression():
    assert kinds_and_texts("1 + 2*x") == [
        ("number", "1"), ("op", "+"), ("number", "2"), ("op", "*"), ("name", "x"),
    ]


def test_two_character_operators():
    assert [t.text for t in tokenize("a ** 2 // b != c")] == [
        "a", "**", "2", "//", "b", "!=", "c",
    ]


def test_decimal_numbers():
    assert kinds_and_texts("3.25 + .5") == [("number", "3.25"), ("op", "+"), ("number", ".5")]


def test_identifiers_with_underscores_and_digits():
    assert kinds_and_texts("total_cost = unit_price * qty2") == [
        ("name", "total_cost"), ("op", "="), ("name", "unit_price"), ("op", "*"),
        ("name", "qty2"),
    ]


def test_positions_on_first_line():
    assert [(t.text, t.column) for t in tokenize("ab + 12")] == [("ab", 1), ("+", 4), ("12", 6)]


def test_positions_across_lines():
    tokens = tokenize("x = 1\ny = x + 2")
    assert tokens[3] == Token("newline", "\n", 1, 6)
    assert [(t.text, t.line, t.column) for t in tokens[4:]] == [
        ("y", 2, 1), ("=", 2, 3), ("x", 2, 5), ("+", 2, 7), ("2", 2, 9),
    ]


def test_unexpected_character():
    with pytest.raises(TokenizeError) as error:
        tokenize("a + $b")
    assert (error.value.line, error.value.column) == (1, 5)
