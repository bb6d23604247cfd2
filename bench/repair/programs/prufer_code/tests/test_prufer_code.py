import pytest

from prufer_code import decode, encode

#       0
#      / \
#     1   2
#    / \
#   3   4
TREE = [(0, 1), (0, 2), (1, 3), (1, 4)]


def test_encode_small_tree():
    assert encode(5, TREE) == [0, 1, 1]


def test_decode_small_tree():
    assert sorted(decode([0, 1, 1])) == sorted(TREE)


def test_star_and_path():
    assert decode([0, 0, 0]) == [(0, 1), (0, 2), (0, 3), (0, 4)]
    assert sorted(decode([1, 2, 3])) == [(0, 1), (1, 2), (2, 3), (3, 4)]


def test_round_trip():
    edges = [(2, 5), (5, 0), (0, 3), (3, 1), (3, 4), (6, 5)]
    assert sorted(decode(encode(7, edges))) == sorted(tuple(sorted(e)) for e in edges)


def test_not_a_tree_is_rejected():
    with pytest.raises(ValueError):
        encode(4, [(0, 1), (1, 2)])
    with pytest.raises(ValueError):
        decode([7])
