import pytest

from histogram_density_bins import Histogram


def test_counts_and_edges():
    h = Histogram(0, 10, 5).extend([0, 1, 2.5, 3, 9.9, 10])
    assert h.counts == [2, 2, 0, 0, 2]
    assert h.edges() == [0, 2, 4, 6, 8, 10]


def test_out_of_range_values():
    h = Histogram(0, 1, 4).extend([-0.1, 0.3, 1.0, 1.2, 7])
    assert (h.underflow, h.overflow) == (1, 2)
    assert h.counts == [0, 1, 0, 1]


def test_density_with_unit_bins():
    h = Histogram(0, 4, 4).extend([0.5, 1.5, 1.7, 3.2])
    assert h.density() == pytest.approx([0.25, 0.5, 0.0, 0.25])


def test_density_area_is_one():
    h = Histogram(-1, 1, 4).extend([-0.9, -0.2, 0.1, 0.3, 0.6, 0.9])
    area = sum(d * h.width for d in h.density())
    assert area == pytest.approx(1.0)


def test_mode_bin_and_validation():
    h = Histogram(0, 3, 3).extend([0.5, 1.5, 1.6, 2.5])
    assert h.mode_bin() == (1, 2)
    with pytest.raises(ValueError):
        Histogram(1, 1, 3)
