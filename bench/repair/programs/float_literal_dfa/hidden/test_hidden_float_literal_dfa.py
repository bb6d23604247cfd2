import pytest

from float_literal_dfa import classify, longest_literal, tokenize


@pytest.mark.parametrize("text", ["1E+10", "4e-0", "+2.5E-07", ".5e+1", "7.e-2", "-0e0", "9E9"])
def test_signed_exponents_are_floats(text):
    assert classify(text) == "float"


@pytest.mark.parametrize("text", ["1e-", "1e+", "2e--3", "e-3", "1e-3.5", "1e+-2", "-.e1"])
def test_bad_exponents_rejected(text):
    assert classify(text) is None


def test_ints_stay_ints():
    assert classify("+0") == "int"
    assert classify("000123") == "int"


def test_tokenize_subtraction_next_to_exponent():
    assert tokenize("x-2E+4-y") == [
        ("NAME", "x"), ("OP", "-"), ("FLOAT", "2E+4"), ("OP", "-"), ("NAME", "y"),
    ]


def test_tokenize_dangling_exponent_backs_off():
    assert tokenize("3e-x") == [("INT", "3"), ("NAME", "e"), ("OP", "-"), ("NAME", "x")]
    assert tokenize("5.e+") == [("FLOAT", "5."), ("NAME", "e"), ("OP", "+")]


def test_longest_literal_from_offset():
    assert longest_literal("ab12.5e-1cd", 2, "unsigned") == (9, "exp_digits")
    assert longest_literal("x+", 0) is None


def test_tokenize_names_and_floats():
    assert tokenize("f(a_1, .25e-2)") == [
        ("NAME", "f"), ("OP", "("), ("NAME", "a_1"), ("OP", ","),
        ("FLOAT", ".25e-2"), ("OP", ")"),
    ]
