import random

import pytest

from popcount_table import BitCounter


def test_count_matches_bin_for_all_chunk_sizes():
    rng = random.Random(17)
    for chunk_bits in (1, 3, 4, 8, 16):
        counter = BitCounter(chunk_bits)
        for _ in range(200):
            value = rng.getrandbits(rng.randint(0, 90))
            assert counter.count(value) == bin(value).count("1")


def test_bad_chunk_size():
    with pytest.raises(ValueError):
        BitCounter(0)
    with pytest.raises(ValueError):
        BitCounter(17)


def test_column_counts_random():
    rng = random.Random(23)
    counter = BitCounter(4)
    for _ in range(100):
        values = [rng.getrandbits(10) for _ in range(rng.randint(0, 12))]
        width = rng.randint(1, 12)
        expected = [sum((v >> bit) & 1 for v in values) for bit in range(width)]
        assert counter.column_counts(values, width) == expected


def test_column_counts_of_a_generator_and_ignores_high_bits():
    counter = BitCounter()
    assert counter.column_counts((v for v in [0b1111, 0b0110, 0b1000]), width=2) == [1, 2]
    assert counter.column_counts([], width=4) == [0, 0, 0, 0]


def test_totals_and_hamming():
    counter = BitCounter(5)
    assert counter.total([]) == 0
    assert counter.total([0xFF, 0xFF00, 1 << 40]) == 17
    assert counter.total([0xFF, 0xFF00], mask=0x0FF0) == 8
    assert counter.hamming(1 << 70, 0) == 1
    assert counter.parity(0) == 0
    assert counter.parity(0b1001_0000_0000_0001) == 1
