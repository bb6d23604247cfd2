import random

from fuzzy_band_match import Speller, bounded_distance


def full_distance(a, b):
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1,
                             previous[j - 1] + (a[i - 1] != b[j - 1]))
        previous = current
    return previous[-1]


def test_limit_zero():
    assert bounded_distance("same", "same", 0) == 0
    assert bounded_distance("same", "sane", 0) is None
    assert bounded_distance("", "", 0) == 0


def test_distance_exactly_at_limit():
    assert bounded_distance("abc", "xyz", 3) == 3
    assert bounded_distance("abc", "xyz", 2) is None
    assert bounded_distance("", "abcd", 4) == 4


def test_random_pairs_against_full_table():
    rng = random.Random(2024)
    for _ in range(600):
        a = "".join(rng.choice("abc") for _ in range(rng.randint(0, 8)))
        b = "".join(rng.choice("abc") for _ in range(rng.randint(0, 8)))
        limit = rng.randint(0, 5)
        expected = full_distance(a, b)
        assert bounded_distance(a, b, limit) == (expected if expected <= limit else None), (a, b, limit)


def test_suggestions_respect_limit_and_count():
    speller = Speller(["cat", "car", "cart", "care", "scar", "dog"], limit=1)
    assert speller.suggestions("cat") == ["cat", "car", "cart"]
    assert speller.suggestions("cars", count=2) == ["car", "care"]
    assert speller.suggestions("zebra") == []


def test_correct_with_no_close_word():
    speller = Speller(["alpha", "beta"], limit=1)
    assert speller.correct("gamma") == "gamma"
    assert speller.correct("betta") == "beta"
