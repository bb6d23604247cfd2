from sieve import is_prime, prime_count, primes_up_to


def _naive(n):
    return [k for k in range(2, n + 1) if all(k % d for d in range(2, int(k ** 0.5) + 1))]


def test_matches_trial_division():
    for n in range(0, 200):
        assert primes_up_to(n) == _naive(n)


def test_composite_limits():
    assert primes_up_to(10) == [2, 3, 5, 7]
    assert primes_up_to(25) == [2, 3, 5, 7, 11, 13, 17, 19, 23]
    assert not is_prime(49)
    assert not is_prime(100)


def test_prime_count_known_values():
    assert prime_count(100) == 25
    assert prime_count(1000) == 168
