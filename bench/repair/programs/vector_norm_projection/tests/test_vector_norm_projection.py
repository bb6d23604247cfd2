import math

import pytest

from vector_norm_projection import angle, distance, dot, normalized, p_norm, project, reject


def test_norms():
    v = [3, -4, 0]
    assert p_norm(v, 1) == 7
    assert p_norm(v) == 5
    assert p_norm(v, math.inf) == 4
    with pytest.raises(ValueError):
        p_norm(v, 0.5)


def test_normalized():
    assert normalized([0, 3, 4]) == pytest.approx([0, 0.6, 0.8])
    with pytest.raises(ValueError):
        normalized([0, 0])


def test_project_and_reject():
    a, b = [2, 3], [4, 0]
    assert project(a, b) == pytest.approx([2, 0])
    assert reject(a, b) == pytest.approx([0, 3])
    assert dot(reject([1, 2, 3], [1, 1, 0]), [1, 1, 0]) == pytest.approx(0)


def test_angle_between_axes():
    assert angle([1, 0], [0, 5]) == pytest.approx(math.pi / 2)
    assert angle([1, 0], [1, 1]) == pytest.approx(math.pi / 4)


def test_angle_of_parallel_vectors_is_zero():
    assert angle([1, 1, 1], [2, 2, 2]) == pytest.approx(0.0, abs=1e-7)


def test_distance():
    assert distance([1, 1], [4, 5]) == 5
    assert distance([1, 1], [4, 5], p=1) == 7
