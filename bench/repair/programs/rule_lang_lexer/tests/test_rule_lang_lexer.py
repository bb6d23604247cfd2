import pytest

from rule_lang_lexer import tokenize


def pairs(src):
    return [(t.kind, t.text) for t in tokenize(src)]


def test_numbers_and_names():
    assert pairs("count + 1_000 * 2.5") == [
        ("name", "count"), ("op", "+"), ("num", "1_000"), ("op", "*"), ("num", "2.5"),
    ]


def test_two_character_operators():
    assert pairs("a<=b && c!=d") == [
        ("name", "a"), ("op", "<="), ("name", "b"), ("op", "&&"),
        ("name", "c"), ("op", "!="), ("name", "d"),
    ]


def test_string_literal():
    assert pairs('name == "bob"') == [("name", "name"), ("op", "=="), ("str", "bob")]


def test_positions():
    assert [t.pos for t in tokenize("x >= 10")] == [0, 2, 5]


def test_errors():
    with pytest.raises(SyntaxError):
        tokenize("a @ b")
    with pytest.raises(SyntaxError):
        tokenize('say("hi)')
