import pytest

from float_literal_dfa import classify, tokenize


def test_plain_literals():
    assert classify("42") == "int"
    assert classify("-7") == "int"
    assert classify("3.14") == "float"
    assert classify(".5") == "float"
    assert classify("1.") == "float"


def test_exponent_literals():
    assert classify("6e23") == "float"
    assert classify("1.5e-3") == "float"


def test_malformed_literals():
    for text in ["", "e5", "1e", ".", "1..2", "--1", "1.2.3", "12a"]:
        assert classify(text) is None, text


def test_tokenize_expression():
    assert tokenize("total = 2.5 * (qty + 10)") == [
        ("NAME", "total"), ("OP", "="), ("FLOAT", "2.5"), ("OP", "*"),
        ("OP", "("), ("NAME", "qty"), ("OP", "+"), ("INT", "10"), ("OP", ")"),
    ]


def test_tokenize_scientific_notation():
    assert tokenize("rate = 1e-3 * n") == [
        ("NAME", "rate"), ("OP", "="), ("FLOAT", "1e-3"), ("OP", "*"), ("NAME", "n"),
    ]


def test_unexpected_character():
    with pytest.raises(SyntaxError):
        tokenize("a $ b")
