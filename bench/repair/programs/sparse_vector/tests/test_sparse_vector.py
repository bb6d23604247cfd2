import pytest

from sparse_vector import SparseVector


def test_from_tokens_counts():
    vector = SparseVector.from_tokens([7, 3, 7, 7])
    assert vector[7] == 3
    assert vector[3] == 1
    assert vector[5] == 0.0
    assert len(vector) == 2


def test_dot_product():
    a = SparseVector({0: 1.0, 2: 3.0, 9: 2.0})
    b = SparseVector({2: 4.0, 9: -1.0, 11: 5.0})
    assert a.dot(b) == pytest.approx(10.0)


def test_addition_drops_cancelled_entries():
    total = SparseVector({1: 2.0, 4: 1.0}) + SparseVector({1: -2.0, 6: 3.0})
    assert total == SparseVector({4: 1.0, 6: 3.0})
    assert len(total) == 2


def test_norm():
    assert SparseVector({0: 3.0, 5: 4.0}).norm() == pytest.approx(5.0)


def test_cosine_of_parallel_vectors():
    a = SparseVector({1: 1.0, 2: 2.0})
    assert a.cosine(a.scale(3)) == pytest.approx(1.0)


def test_cosine_with_empty_vector():
    assert SparseVector({1: 1.0}).cosine(SparseVector()) == 0.0
