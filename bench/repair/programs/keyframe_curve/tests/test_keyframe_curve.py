import pytest

from keyframe_curve import Curve


def test_interpolates_between_keyframes():
    curve = Curve([(0, 0.0), (10, 100.0)])
    assert curve(2.5) == pytest.approx(25.0)
    assert curve(10) == 100.0


def test_flat_outside_the_keyframes():
    curve = Curve([(1, 5.0), (3, 9.0)])
    assert curve(-4) == 5.0
    assert curve(99) == 9.0


def test_unsorted_keyframes():
    curve = Curve([(4, 40.0), (0, 0.0), (2, 10.0)])
    assert curve(1) == pytest.approx(5.0)
    assert curve(3) == pytest.approx(25.0)


def test_value_at_a_keyframe():
    curve = Curve([(0, 1.0), (5, 6.0), (10, 1.0)])
    assert curve(5) == pytest.approx(6.0)


def test_jump_takes_the_later_value():
    price = Curve([(0, 10.0), (12, 10.0), (12, 15.0), (24, 15.0)])
    assert price(11.9) == pytest.approx(10.0)
    assert price(12) == pytest.approx(15.0)


def test_sample():
    curve = Curve([(0, 0.0), (4, 8.0)])
    assert curve.sample(0, 4, 5) == pytest.approx([0, 2, 4, 6, 8])


def test_area():
    assert Curve([(0, 0.0), (2, 4.0), (4, 0.0)]).area() == pytest.approx(8.0)


def test_needs_a_keyframe():
    with pytest.raises(ValueError):
        Curve([])
