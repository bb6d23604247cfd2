from sieve import is_prime, prime_count, primes_up_to


def test_small_limits():
    assert primes_up_to(1) == []
    assert primes_up_to(2) == [2]


def test_primes_below_fifteen():
    assert primes_up_to(13) == [2, 3, 5, 7, 11, 13]


def test_prime_count_up_to_thirty():
    assert prime_count(30) == 10


def test_is_prime():
    assert is_prime(29)
    assert not is_prime(1)
