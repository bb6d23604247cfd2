import random

from least_rotation import canonical, is_rotation, least_rotation, necklace_groups


def brute(text):
    if not text:
        return 0
    rotations = [text[i:] + text[:i] for i in range(len(text))]
    return rotations.index(min(rotations))


def test_against_brute_force_two_letters():
    rng = random.Random(4)
    for _ in range(500):
        text = "".join(rng.choice("ab") for _ in range(rng.randint(0, 12)))
        assert least_rotation(text) == brute(text), text


def test_against_brute_force_three_letters():
    rng = random.Random(9)
    for _ in range(500):
        text = "".join(rng.choice("abc") for _ in range(rng.randint(1, 10)))
        assert least_rotation(text) == brute(text), text


def test_fixed_cases():
    assert least_rotation("cbab") == 2
    assert least_rotation("bbaab") == 2
    assert least_rotation("dcba") == 3
    assert least_rotation("aaaa") == 0
    assert least_rotation("abaabaaab") == 5


def test_canonical_of_every_rotation_is_the_same():
    text = "bcabcaab"
    forms = {canonical(text[i:] + text[:i]) for i in range(len(text))}
    assert forms == {"aabbcabc"}


def test_is_rotation_more():
    assert is_rotation("", "")
    assert is_rotation("cbab", "abcb")
    assert not is_rotation("aab", "abb")


def test_groups_of_necklaces():
    words = ["cbab", "abcb", "bcba", "babc", "aab", "aba", "baa", "abb"]
    assert necklace_groups(words) == [["cbab", "abcb", "bcba", "babc"], ["aab", "aba", "baa"], ["abb"]]
