import random

from z_function_search import border_lengths, find_all, prefix_counts, smallest_period, z_array


def brute_z(text):
    z = []
    for i in range(len(text)):
        k = 0
        while i + k < len(text) and text[k] == text[i + k]:
            k += 1
        z.append(k)
    return z


def test_z_array_against_brute_force():
    rng = random.Random(16)
    for _ in range(400):
        text = "".join(rng.choice("ab") for _ in range(rng.randint(0, 16)))
        assert z_array(text) == brute_z(text), text
    for _ in range(200):
        text = "".join(rng.choice("abc") for _ in range(rng.randint(0, 20)))
        assert z_array(text) == brute_z(text), text


def test_z_array_fixed_cases():
    assert z_array("aabaab") == [6, 1, 0, 3, 1, 0]
    assert z_array("abababab") == [8, 0, 6, 0, 4, 0, 2, 0]
    assert z_array("aaabaab") == [7, 2, 1, 0, 2, 1, 0]


def test_find_all_against_str_find():
    rng = random.Random(3)
    for _ in range(300):
        text = "".join(rng.choice("ab") for _ in range(rng.randint(0, 14)))
        pattern = "".join(rng.choice("ab") for _ in range(rng.randint(1, 4)))
        expected = [i for i in range(len(text)) if text.startswith(pattern, i)]
        assert find_all(pattern, text) == expected, (pattern, text)


def test_period_and_borders_against_brute_force():
    rng = random.Random(8)
    for _ in range(300):
        text = "".join(rng.choice("ab") for _ in range(rng.randint(1, 12)))
        n = len(text)
        period = next(p for p in range(1, n + 1) if all(text[i] == text[i + p] for i in range(n - p)))
        assert smallest_period(text) == period, text
        borders = [k for k in range(n - 1, 0, -1) if text[:k] == text[n - k:]]
        assert border_lengths(text) == borders, text


def test_prefix_counts_against_brute_force():
    rng = random.Random(21)
    for _ in range(200):
        text = "".join(rng.choice("ab") for _ in range(rng.randint(0, 10)))
        expected = [sum(text.startswith(text[:k], i) for i in range(len(text)))
                    for k in range(1, len(text) + 1)]
        assert prefix_counts(text) == expected, text
