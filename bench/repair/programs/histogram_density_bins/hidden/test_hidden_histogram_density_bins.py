import pytest

from histogram_density_bins import Histogram


def test_density_with_narrow_bins():
    h = Histogram(0, 1, 10).extend([0.05, 0.15, 0.17, 0.95])
    assert h.density() == pytest.approx([2.5, 5.0, 0, 0, 0, 0, 0, 0, 0, 2.5])


def test_density_with_wide_bins_ignores_out_of_range():
    h = Histogram(100, 200, 2).extend([90, 120, 130, 170, 250])
    assert h.density() == pytest.approx([2 / 150, 1 / 150])


def test_empty_density():
    assert Histogram(0, 5, 5).density() == [0.0] * 5


def test_mode_bin_ties_pick_lowest():
    h = Histogram(-2, 2, 4).extend([-1.5, 1.5, 0.2])
    assert h.mode_bin() == (-2, -1)


def test_top_edge_and_bottom_edge():
    h = Histogram(-5, 5, 2).extend([-5, 5, 0, -0.01])
    assert h.counts == [2, 2]
    assert (h.underflow, h.overflow) == (0, 0)


def test_bad_bin_count():
    with pytest.raises(ValueError):
        Histogram(0, 1, 0)
