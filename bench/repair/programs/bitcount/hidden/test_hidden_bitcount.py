from bitcount import hamming, parity, popcount


def test_matches_bin_count():
    for n in list(range(0, 600)) + [2**40, 2**63 - 1, 12345678901234]:
        assert popcount(n) == bin(n).count("1")


def test_parity():
    assert parity(0b111) == 1
    assert parity(0b110) == 0


def test_hamming():
    assert hamming(0b1010, 0b0101) == 4
    assert hamming(255, 0) == 8
