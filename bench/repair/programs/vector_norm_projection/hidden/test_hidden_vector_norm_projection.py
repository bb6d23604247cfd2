import math

import pytest

from vector_norm_projection import angle, dot, p_norm, project, reject


def test_angle_of_vector_with_itself():
    for v in ([1, 1, 2], [0.1, 0.7], [3, 1, 2]):
        assert angle(v, v) == pytest.approx(0.0, abs=1e-7)


def test_antiparallel_vectors_give_pi():
    assert angle([1, 1, 2], [-0.1, -0.1, -0.2]) == pytest.approx(math.pi)
    assert angle([1, 1, 4], [-2, -2, -8]) == pytest.approx(math.pi)


def test_parallel_scaled_vectors():
    assert angle([1, 1, 2], [10, 10, 20]) == pytest.approx(0.0, abs=1e-7)
    assert angle([5, 5], [1, 1]) == pytest.approx(0.0, abs=1e-7)


def test_general_angles():
    assert angle([1, 0, 0], [-1, 1, 0]) == pytest.approx(3 * math.pi / 4)
    assert angle([2, 0], [1, math.sqrt(3)]) == pytest.approx(math.pi / 3)


def test_angle_with_zero_vector_is_rejected():
    with pytest.raises(ValueError):
        angle([0, 0], [1, 0])


def test_max_norm_uses_absolute_values_and_empty():
    assert p_norm([-7, 2, 3], math.inf) == 7
    assert p_norm([], math.inf) == 0.0
    assert p_norm([1, 1, 1, 1], 3) == pytest.approx(4 ** (1 / 3))


def test_projection_decomposition():
    a, b = [3, -1, 2], [1, 2, 2]
    p, r = project(a, b), reject(a, b)
    assert p == pytest.approx([5 / 9, 10 / 9, 10 / 9])
    assert [x + y for x, y in zip(p, r)] == pytest.approx(a)
    assert dot(r, b) == pytest.approx(0.0, abs=1e-12)
    with pytest.raises(ValueError):
        project(a, [0, 0, 0])
    with pytest.raises(ValueError):
        dot([1, 2], [1])
