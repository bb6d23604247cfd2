from rolling_hash_matcher import find_all, first_repeat, poly_hash


def test_poly_hash_is_deterministic():
    assert poly_hash("abc") == poly_hash("abc")
    assert poly_hash("abc") != poly_hash("acb")


def test_find_single_character():
    assert find_all("banana", "a") == [1, 3, 5]


def test_find_word():
    assert find_all("abracadabra", "abra") == [0, 7]


def test_find_nothing():
    assert find_all("abracadabra", "zz") == []


def test_first_repeat():
    assert first_repeat("abcdbcx", 2) == "bc"
    assert first_repeat("abcdef", 2) is None
