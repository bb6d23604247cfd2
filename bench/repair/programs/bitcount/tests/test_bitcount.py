import pytest

from bitcount import hamming, popcount


def test_zero_has_no_bits():
    assert popcount(0) == 0


def test_negative_rejected():
    with pytest.raises(ValueError):
        popcount(-1)


def test_flag_mask():
    assert popcount(0b1011) == 3


def test_identical_masks_do_not_differ():
    assert hamming(0b1010, 0b1010) == 0
