import pytest

from keyframe_curve import Curve


def test_jump_at_the_first_keyframe():
    curve = Curve([(0, 0.0), (0, 5.0), (10, 15.0)])
    assert curve(-1) == 0.0
    assert curve(0) == pytest.approx(5.0)
    assert curve(4) == pytest.approx(9.0)


def test_three_keyframes_at_one_time():
    curve = Curve([(0, 0.0), (5, 1.0), (5, 2.0), (5, 3.0), (10, 4.0)])
    assert curve(5) == pytest.approx(3.0)
    assert curve(4) == pytest.approx(0.8)
    assert curve(7.5) == pytest.approx(3.5)


def test_several_jumps_in_a_rate_schedule():
    rate = Curve([(0, 1.0), (8, 1.0), (8, 2.0), (18, 2.0), (18, 0.5), (24, 0.5)])
    assert [rate(t) for t in (0, 7, 8, 12, 18, 20, 24)] == pytest.approx(
        [1.0, 1.0, 2.0, 2.0, 0.5, 0.5, 0.5])


def test_jump_then_ramp():
    curve = Curve([(0, 0.0), (2, 2.0), (2, -2.0), (6, 2.0)])
    assert curve(2) == pytest.approx(-2.0)
    assert curve(1) == pytest.approx(1.0)
    assert curve(4) == pytest.approx(0.0)


def test_unsorted_jump_keeps_given_order():
    curve = Curve([(10, 7.0), (5, 1.0), (0, 0.0), (5, 4.0)])
    assert curve(5) == pytest.approx(4.0)
    assert curve(7.5) == pytest.approx(5.5)


def test_sample_across_a_jump():
    curve = Curve([(0, 0.0), (1, 0.0), (1, 10.0), (2, 10.0)])
    assert curve.sample(0, 2, 5) == pytest.approx([0, 0, 10, 10, 10])
    assert curve.sample(1, 1, 1) == pytest.approx([10.0])


def test_single_keyframe_is_constant():
    curve = Curve([(3, 2.5)])
    assert [curve(t) for t in (-1, 3, 8)] == [2.5, 2.5, 2.5]
    assert curve.area() == 0


def test_area_ignores_zero_width_jumps():
    assert Curve([(0, 1.0), (8, 1.0), (8, 2.0), (10, 2.0)]).area() == pytest.approx(12.0)


def test_interior_keyframes_hit_exactly():
    curve = Curve([(0, 0.0), (1, 3.0), (2, -1.0), (3, 7.0)])
    assert [curve(t) for t in (0, 1, 2, 3)] == pytest.approx([0, 3, -1, 7])
    assert curve(1.5) == pytest.approx(1.0)
