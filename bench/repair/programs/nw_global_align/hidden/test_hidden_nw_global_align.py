import random

from nw_global_align import align, identity


def _rescore(top, bottom, match=1, mismatch=-1, gap=-1):
    total = 0
    for x, y in zip(top, bottom):
        if x == "-" or y == "-":
            total += gap
        else:
            total += match if x == y else mismatch
    return total


def test_textbook_alignment():
    assert align("GATTACA", "GCATGCU") == (0, "G-ATTACA", "GCA-TGCU")


def test_empty_sides():
    assert align("", "ab") == (-2, "--", "ab")
    assert align("abc", "") == (-3, "abc", "---")
    assert align("", "") == (0, "", "")


def test_several_deletions():
    assert align("HELLO", "HLO") == (1, "HELLO", "H--LO")
    assert align("kitten", "sitting") == (1, "kitten-", "sitting")


def test_custom_costs():
    score, top, bottom = align("AAAB", "AB", match=2, mismatch=-3, gap=-1)
    assert score == 2
    assert top == "AAAB"
    assert bottom.replace("-", "") == "AB"
    assert _rescore(top, bottom, 2, -3, -1) == score


def test_alignment_rows_are_consistent_with_inputs():
    rng = random.Random(22)
    for _ in range(200):
        a = "".join(rng.choice("ACGT") for _ in range(rng.randint(0, 9)))
        b = "".join(rng.choice("ACGT") for _ in range(rng.randint(0, 9)))
        score, top, bottom = align(a, b)
        assert len(top) == len(bottom)
        assert top.replace("-", "") == a
        assert bottom.replace("-", "") == b
        assert not any(x == "-" and y == "-" for x, y in zip(top, bottom))
        assert _rescore(top, bottom) == score


def test_identity_after_alignment():
    _, top, bottom = align("ABCD", "ABD")
    assert identity(top, bottom) == 3 / 4
