from segmented_prime_range import base_primes, count_between, primes_between


def naive(lo, hi):
    return [k for k in range(max(lo, 2), hi + 1) if all(k % d for d in range(2, int(k ** 0.5) + 1))]


def test_small_windows_containing_base_primes():
    assert primes_between(2, 2) == [2]
    assert primes_between(3, 7) == [3, 5, 7]
    assert primes_between(5, 5) == [5]
    assert primes_between(7, 11) == [7, 11]
    assert primes_between(2, 10) == [2, 3, 5, 7]
    assert primes_between(3, 30) == [3, 5, 7, 11, 13, 17, 19, 23, 29]


def test_below_two():
    assert primes_between(-10, 1) == []
    assert primes_between(0, 2) == [2]
    assert base_primes(1) == []


def test_many_windows_against_naive():
    for lo in range(0, 60, 7):
        for width in (0, 1, 5, 30, 90):
            assert primes_between(lo, lo + width) == naive(lo, lo + width), (lo, width)


def test_counts():
    assert count_between(1, 100) == 25
    assert count_between(1, 1000) == 168
    assert count_between(2, 49) == 15


def test_far_window():
    assert primes_between(1_000_000, 1_000_100) == naive(1_000_000, 1_000_100)
