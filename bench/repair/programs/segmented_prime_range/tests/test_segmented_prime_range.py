from segmented_prime_range import base_primes, count_between, primes_between


def test_base_primes():
    assert base_primes(30) == [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]


def test_window_in_the_middle():
    assert primes_between(10, 30) == [11, 13, 17, 19, 23, 29]


def test_window_from_one():
    assert primes_between(1, 20) == [2, 3, 5, 7, 11, 13, 17, 19]


def test_empty_window():
    assert primes_between(24, 28) == []
    assert primes_between(50, 40) == []


def test_count_in_a_century():
    assert count_between(100, 200) == 21
