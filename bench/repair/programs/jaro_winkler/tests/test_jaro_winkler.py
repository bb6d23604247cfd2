import pytest

from jaro_winkler import closest, jaro, jaro_winkler


def test_identical_strings():
    assert jaro_winkler("kitten", "kitten") == 1.0


def test_empty_strings():
    assert jaro("", "") == 1.0
    assert jaro("abc", "") == 0.0


def test_nothing_in_common():
    assert jaro("abc", "xyz") == 0.0


def test_martha():
    assert jaro("MARTHA", "MARHTA") == pytest.approx(0.9444, abs=1e-4)
    assert jaro_winkler("MARTHA", "MARHTA") == pytest.approx(0.9611, abs=1e-4)


def test_dwayne():
    assert jaro_winkler("DWAYNE", "DUANE") == pytest.approx(0.84, abs=1e-4)


def test_swapped_letters_in_a_short_word():
    assert jaro_winkler("form", "from") == pytest.approx(0.925)


def test_closest_command():
    assert closest("comit", ["commit", "checkout", "clone"]) == "commit"
    assert closest("zzz", ["commit", "checkout"]) is None
