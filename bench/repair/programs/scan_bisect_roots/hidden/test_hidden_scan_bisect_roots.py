import math

import pytest

from scan_bisect_roots import bisect_root, find_roots


def test_root_at_an_endpoint():
    assert bisect_root(lambda x: x - 3, 3, 7) == 3
    assert bisect_root(lambda x: x - 7, 3, 7) == 7


def test_decreasing_function():
    assert bisect_root(lambda x: 5 - x * x, 0, 4) == pytest.approx(math.sqrt(5))


def test_scan_with_roots_on_grid_points():
    roots = find_roots(lambda x: x * x - 4, -5, 5, steps=10)
    assert roots == pytest.approx([-2, 2])


def test_scan_starting_on_a_root():
    roots = find_roots(lambda x: x * (x - 2.5), 0, 4, steps=4)
    assert roots == pytest.approx([0, 2.5])


def test_scan_mixed_grid_and_bracketed_roots():
    roots = find_roots(lambda x: (x - 1) * (x - 2.2), 0, 3, steps=3)
    assert roots == pytest.approx([1, 2.2])
    assert len(roots) == 2


def test_scan_no_roots():
    assert find_roots(lambda x: x * x + 1, -3, 3) == []


def test_scan_sine():
    roots = find_roots(math.sin, 1, 10, steps=30)
    assert roots == pytest.approx([math.pi, 2 * math.pi, 3 * math.pi])
