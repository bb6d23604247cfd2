import math

import pytest

from scan_bisect_roots import bisect_root, find_roots


def test_square_root_of_two():
    assert bisect_root(lambda x: x * x - 2, 0, 2) == pytest.approx(math.sqrt(2))


def test_endpoints_order_does_not_matter():
    assert bisect_root(lambda x: x ** 3 - 8, 5, -1) == pytest.approx(2)


def test_unbracketed_interval_is_rejected():
    with pytest.raises(ValueError):
        bisect_root(lambda x: x * x + 1, -1, 1)


def test_scan_finds_cosine_roots():
    roots = find_roots(math.cos, 0, 10, steps=50)
    expected = [math.pi / 2, 3 * math.pi / 2, 5 * math.pi / 2]
    assert roots == pytest.approx(expected)


def test_scan_on_a_polynomial_with_integer_roots():
    roots = find_roots(lambda x: (x + 3) * (x - 1) * (x - 2), -4, 4, steps=8)
    assert roots == pytest.approx([-3, 1, 2])
