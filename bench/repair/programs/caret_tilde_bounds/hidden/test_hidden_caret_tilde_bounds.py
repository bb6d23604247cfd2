from caret_tilde_bounds import allows, caret, interval, tilde


def test_caret_all_zero_versions_bump_last_given_part():
    assert caret("0.0.0") == ((0, 0, 0), (0, 0, 1))
    assert caret("0.0") == ((0, 0, 0), (0, 1, 0))
    assert caret("0") == ((0, 0, 0), (1, 0, 0))
    assert interval("^v0.0.0") == ((0, 0, 0), (0, 0, 1))


def test_caret_first_nonzero_part():
    assert caret("0.1") == ((0, 1, 0), (0, 2, 0))
    assert caret("0.0.7") == ((0, 0, 7), (0, 0, 8))
    assert caret("3") == ((3, 0, 0), (4, 0, 0))
    assert caret("0.12.4") == ((0, 12, 4), (0, 13, 0))


def test_allows_with_zero_caret():
    assert allows("^0.0", "0.0.9")
    assert not allows("^0.0", "0.1.0")
    assert allows("^0.0.0", "0.0.0")
    assert not allows("^0.0.0", "0.0.1")
    assert not allows("^0.0.4", "0.0.5")


def test_tilde_more():
    assert tilde("0") == ((0, 0, 0), (1, 0, 0))
    assert tilde("0.0") == ((0, 0, 0), (0, 1, 0))
    assert tilde("2.9.9") == ((2, 9, 9), (2, 10, 0))


def test_range_tightens():
    assert interval(">=1.0.0 >=1.3 <3 <2.5.0") == ((1, 3, 0), (2, 5, 0))
    assert allows(">=1.3,<2.5.0", "2.4.99")
    assert not allows(">=1.3,<2.5.0", "1.2.9")
