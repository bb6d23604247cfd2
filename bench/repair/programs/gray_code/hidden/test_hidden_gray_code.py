from gray_code import flipped_bit, from_gray, gray_sequence, gray_strings, to_gray, walk


def _one_bit_apart(a, b):
    diff = a ^ b
    return diff != 0 and diff & (diff - 1) == 0


def test_flipped_bit_matches_the_codes():
    for i in range(2000):
        assert to_gray(i) ^ to_gray(i + 1) == 1 << flipped_bit(i), i


def test_flipped_bit_at_powers_of_two():
    for k in range(1, 40):
        assert flipped_bit((1 << k) - 1) == k
        assert flipped_bit(1 << k) == 0


def test_walk_from_other_starts():
    for bits in range(1, 7):
        for start in range(1 << bits):
            path = walk(bits, start)
            assert path == [code ^ start for code in gray_sequence(bits)]
            assert sorted(path) == list(range(1 << bits))
            assert all(_one_bit_apart(a, b) for a, b in zip(path, path[1:]))


def test_small_widths():
    assert walk(0) == [0]
    assert walk(1, 1) == [1, 0]
    assert gray_strings(0) == [""]
    assert gray_strings(1) == ["0", "1"]
    assert gray_sequence(2) == [0, 1, 3, 2]


def test_large_values_round_trip():
    for n in (2**31 - 1, 2**40 + 12345, 10**18, 2**64 - 1):
        assert from_gray(to_gray(n)) == n
        assert to_gray(from_gray(n)) == n
