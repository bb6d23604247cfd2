import math

import pytest

from sparse_vector import SparseVector


def test_norm_various():
    assert SparseVector({3: -2.0}).norm() == pytest.approx(2.0)
    assert SparseVector({0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}).norm() == pytest.approx(2.0)
    assert SparseVector({0: 0.5}).norm() == pytest.approx(0.5)
    assert SparseVector().norm() == 0.0


def test_normalized_has_unit_length():
    unit = SparseVector({2: 6.0, 8: 8.0}).normalized()
    assert unit[2] == pytest.approx(0.6)
    assert unit[8] == pytest.approx(0.8)
    assert unit.norm() == pytest.approx(1.0)
    assert SparseVector().normalized() == SparseVector()


def test_cosine_known_angle():
    a = SparseVector({0: 1.0})
    b = SparseVector({0: 1.0, 1: 1.0})
    assert a.cosine(b) == pytest.approx(1 / math.sqrt(2))
    assert b.cosine(a) == pytest.approx(1 / math.sqrt(2))


def test_cosine_orthogonal_and_opposite():
    a = SparseVector({1: 2.0, 5: 1.0})
    assert a.cosine(SparseVector({2: 7.0})) == 0.0
    assert a.cosine(a.scale(-0.5)) == pytest.approx(-1.0)


def test_cosine_of_token_bags():
    a = SparseVector.from_tokens([1, 1, 2, 3])
    b = SparseVector.from_tokens([1, 2, 2, 4])
    # a = {1: 2, 2: 1, 3: 1}, b = {1: 1, 2: 2, 4: 1}: dot 4, norms sqrt(6) each
    assert a.cosine(b) == pytest.approx(4 / 6)


def test_cosine_is_scale_invariant():
    a = SparseVector({0: 1.0, 3: 2.0, 7: -1.0})
    b = SparseVector({0: 2.0, 3: 1.0, 9: 4.0})
    assert a.scale(10).cosine(b) == pytest.approx(a.cosine(b))
    assert a.cosine(b.scale(0.1)) == pytest.approx(a.cosine(b))


def test_scale_by_zero_and_equality():
    assert SparseVector({1: 4.0}).scale(0) == SparseVector()
    assert SparseVector({1: 0.0, 2: 1.0}) == SparseVector({2: 1.0})
    assert SparseVector({2: 1.0}) != {2: 1.0}


def test_rejects_non_finite_entries():
    with pytest.raises(ValueError):
        SparseVector({1: float("nan")})
    with pytest.raises(ValueError):
        SparseVector({1: 1.0}).scale(float("inf"))
