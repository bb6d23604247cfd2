import pytest

from caret_tilde_bounds import allows, interval


def test_caret_examples_from_npm_docs():
    assert interval("^1.2.3") == ((1, 2, 3), (2, 0, 0))
    assert interval("^0.2.3") == ((0, 2, 3), (0, 3, 0))
    assert interval("^0.0.3") == ((0, 0, 3), (0, 0, 4))
    assert interval("^1.2") == ((1, 2, 0), (2, 0, 0))
    assert interval("^0.0") == ((0, 0, 0), (0, 1, 0))


def test_tilde_examples_from_npm_docs():
    assert interval("~1.2.3") == ((1, 2, 3), (1, 3, 0))
    assert interval("~1.2") == ((1, 2, 0), (1, 3, 0))
    assert interval("~1") == ((1, 0, 0), (2, 0, 0))
    assert interval("~0.2.3") == ((0, 2, 3), (0, 3, 0))


def test_explicit_range():
    assert interval(">=1.2, <2") == ((1, 2, 0), (2, 0, 0))
    assert interval(">=1.0.0") == ((1, 0, 0), None)


def test_allows():
    assert allows("^1.2.3", "1.9.0")
    assert not allows("^1.2.3", "2.0.0")
    assert not allows("~1.2.3", "1.2.2")
    assert allows(">=1.0.0 <1.5.0", "1.4.9")


def test_bad_constraints():
    with pytest.raises(ValueError):
        interval("^1.x")
    with pytest.raises(ValueError):
        interval("<=2.0.0")
