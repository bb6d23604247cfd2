from gray_code import flipped_bit, from_gray, gray_sequence, gray_strings, to_gray, walk


def test_first_codes():
    assert [to_gray(n) for n in range(8)] == [0, 1, 3, 2, 6, 7, 5, 4]


def test_decoding_inverts_encoding():
    for n in range(300):
        assert from_gray(to_gray(n)) == n


def test_three_bit_strings():
    assert gray_strings(3) == ["000", "001", "011", "010", "110", "111", "101", "100"]


def test_ruler_sequence():
    assert [flipped_bit(i) for i in range(8)] == [0, 1, 0, 2, 0, 1, 0, 3]


def test_walk_from_zero_is_the_gray_sequence():
    assert walk(4) == gray_sequence(4)
